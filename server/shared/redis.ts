import { randomBytes } from 'node:crypto';
import { createClient, type RedisClientType } from 'redis';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { StoreFactory } from './rate-limiter.js';
import type { CounterStore } from '../sessions/session-counters.js';
import type { SessionVersions } from '../sessions/session-versions.js';

/**
 * Scale-out wiring, used only when `REDIS_URL` is set: one Redis client (the Socket.IO adapter
 * duplicates it for its blocking reads), shared rate-limit counters and per-session leases. Every
 * key, stream and channel starts with `REDIS_KEY_PREFIX`, so deployments (or test runs) can share
 * one Redis. Without `REDIS_URL` none of this is built and everything stays in memory.
 */


/** A node-redis client as `createClient({ url })` makes it (no modules or scripts of its own). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- node-redis's own type for a client without modules
export type RedisClient = RedisClientType<{}, {}, {}, 3, {}>;

/** 'off': not configured; 'up'/'down': the client's connection right now. */
export type RedisState = 'off' | 'up' | 'down';

/** Who holds a piece of per-session work: one instance at a time. */
export interface Lease {
  /** Takes or renews the lease on `key` for this instance; false while another instance holds it (or Redis is down). */
  hold(key: string): Promise<boolean>;
}

export interface Redis {
  /** The Socket.IO adapter factory sharing rooms, broadcasts and recovered sessions. */
  adapter: ReturnType<typeof createAdapter>;
  /** Rate-limit counters named `name`, in Redis; during an outage each instance counts in memory (insurance). */
  limiterStore(name: string): StoreFactory;
  lease(name: string, ttlMs: number): Lease;
  /** Session counters every instance adds to and reads (sessions/session-counters.ts). */
  counters(ttlMs: number): CounterStore;
  /** Session versions every instance bumps and reads (sessions/session-versions.ts). */
  versions: SessionVersions;
  /** Calls `listener` each time the connection is back after being lost (Redis may have restarted empty). */
  onReconnect(listener: () => void): void;
  state(): RedisState;
  close(): Promise<void>;
}

const BOOT_ATTEMPTS = 8;

// Takes the lease if free, renews it if ours; never takes it from another holder before it expires.
const HOLD_SCRIPT = `
local v = redis.call('GET', KEYS[1])
if v == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if v then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

// Adds to a hash's fields only if the hash is there: counters nobody counted yet stay absent.
const ADD_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
for i = 1, #ARGV, 2 do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) end
return 1`;

/** Connects to `REDIS_URL` (a few tries at boot, then a clear error; after boot it reconnects for ever). */
export async function connectRedis(config: Pick<Config, 'REDIS_URL' | 'REDIS_KEY_PREFIX'>, logger: Logger): Promise<Redis | undefined> {
  if (!config.REDIS_URL) return undefined;
  const log = logger.child({ part: 'redis' });
  const prefix = config.REDIS_KEY_PREFIX;
  let booted = false;
  const client = createClient({
    url: config.REDIS_URL,
    socket: {
      reconnectStrategy: (retries, cause) =>
        !booted && retries >= BOOT_ATTEMPTS ? new Error(`Redis at REDIS_URL cannot be reached: ${cause.message}`) : Math.min(100 * 2 ** retries, 3000),
    },
  });
  let lastError = '';
  client.on('error', (err: Error) => {
    // One line per kind of failure, not one per reconnect attempt.
    if (err.message !== lastError) log.warn({ err: err.message }, 'redis connection problem');
    lastError = err.message;
  });
  client.on('ready', () => {
    if (booted) log.info('redis connection restored');
    lastError = '';
  });
  await client.connect();
  booted = true;

  const instance = randomBytes(8).toString('hex');
  return {
    adapter: createAdapter(client, {
      streamName: `${prefix}socket.io`,
      channelPrefix: `${prefix}socket.io`,
      sessionKeyPrefix: `${prefix}sio:session:`,
    }),
    limiterStore: (name) => (opts) =>
      new RateLimiterRedis({
        ...opts,
        keyPrefix: `${prefix}rl:${name}`,
        storeClient: client,
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(opts),
      }),
    lease: (name, ttlMs) => ({
      async hold(key) {
        if (!client.isReady) return false;
        const held = await client.eval(HOLD_SCRIPT, { keys: [`${prefix}lease:${name}:${key}`], arguments: [instance, String(ttlMs)] });
        return held === 1;
      },
    }),
    counters: (ttlMs) => redisCounterStore(client, `${prefix}counters:`, ttlMs),
    versions: redisSessionVersions(client, `${prefix}session-version:`),
    onReconnect: (listener) => void client.on('ready', listener), // after boot, 'ready' means reconnected
    state: () => (client.isReady ? 'up' : 'down'),
    close: async () => {
      if (client.isOpen) await client.close();
    },
  };
}

/** Session counters in Redis hashes named `keyPrefix` + session id, each expiring `ttlMs` after it was counted. */
export function redisCounterStore(client: RedisClient, keyPrefix: string, ttlMs: number): CounterStore {
  const key = (sid: string) => `${keyPrefix}${sid}`;
  return {
    async add(sid, delta) {
      if (client.isReady) await client.eval(ADD_SCRIPT, { keys: [key(sid)], arguments: Object.entries(delta).flatMap(([k, n]) => [k, String(n)]) });
    },
    async get(sid) {
      if (!client.isReady) return null;
      const h = await client.hGetAll(key(sid));
      return Object.keys(h).length ? Object.fromEntries(Object.entries(h).map(([k, v]) => [k, Number(v)])) : null;
    },
    async set(sid, counts) {
      if (!client.isReady) return;
      const fields = Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, String(n)]));
      await client.multi().del(key(sid)).hSet(key(sid), fields).pExpire(key(sid), ttlMs).exec();
    },
    async drop(sid) {
      if (client.isReady) await client.del(key(sid));
    },
  };
}

/**
 * Session versions in Redis counters named `keyPrefix` + session id. A version read after a
 * reconnect never equals one read before it (Redis may have restarted empty and counted again);
 * a bump that reaches Redis late (queued in an outage) is covered by the copies' maximum age.
 */
export function redisSessionVersions(client: RedisClient, keyPrefix: string): SessionVersions {
  let connection = 0;
  client.on('ready', () => connection++);
  return {
    async get(sid) {
      if (!client.isReady) return null;
      const v = await client.get(`${keyPrefix}${sid}`).catch(() => undefined);
      return v === undefined ? null : `${connection}:${v ?? 0}`;
    },
    async bump(sid) {
      const sent = client.incr(`${keyPrefix}${sid}`).catch(() => undefined);
      // While the connection is down the client queues the bump and sends it on reconnect; the change does not wait.
      if (client.isReady) await sent;
    },
  };
}

/** The lease when there is one instance: always ours. */
export const localLease: Lease = { hold: () => Promise.resolve(true) };
