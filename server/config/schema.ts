import proxyaddr from 'proxy-addr';
import { z } from 'zod';

/** proxy-addr is what Express and the handshake use; it decides what an address list may hold. */
const compiles = (list: string[]) => {
  try {
    proxyaddr.compile(list);
    return list.length > 0;
  } catch {
    return false;
  }
};

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Which proxies in front of the app are trusted for X-Forwarded-For/-Proto: `false` (none), a hop
 * count (`1` = one load balancer), or a comma-separated list of addresses/subnets
 * (`loopback, 10.0.0.0/8`). `true` is refused on purpose: trusting every hop lets any client choose
 * its own address and so escape the per-address limits.
 */
const trustProxy = z
  .string()
  .trim()
  .refine((v) => v !== 'true' && v !== 'yes', { message: 'true trusts every hop; give a hop count or proxy addresses' })
  .transform((v): false | number | string[] => {
    if (v === 'false' || v === 'no' || v === '0') return false;
    if (/^\d+$/.test(v)) return Number(v);
    return v.split(',').map((a) => a.trim()).filter(Boolean);
  })
  .refine((v) => v === false || typeof v === 'number' || compiles(v), {
    message: 'must be false, a hop count, or a list of addresses/subnets (e.g. loopback, 10.0.0.0/8)',
  });

/**
 * Every environment variable Rembuk reads. `.env.example` mirrors this object key for key
 * (test/config.test.ts checks it), so add a line there whenever you add one here.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.url({ message: 'must be a URL such as https://rembuk.example.org' }).optional(),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
      .optional(),
    /** Scale-out: instances sharing this Redis share Socket.IO rooms, rate limits and session work. Unset: one instance, all in memory. */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
    REDIS_KEY_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, 'letters, digits and : . _ - only').default('rembuk:'),
    EMBEDDED_DB: z.enum(['auto', 'mongod', 'jongodb']).default('auto'),
    DATA_DIR: z.string().min(1).default('./data'),
    DB_CONNECT_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 90).default(12),
    COOKIE_SECURE: bool.default(false),
    TRUST_PROXY: trustProxy.default(false),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().positive().max(24 * 60).default(15),
    SCRYPT_COST: z.coerce.number().int().min(10).max(20).default(17),
    JOIN_IP_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
    SUBMIT_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
    SUBMIT_IP_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    LIVE_THEMES_DEBOUNCE_MS: z.coerce.number().int().min(100).max(600_000).default(8000),
    BODY_LIMIT_KB: z.coerce.number().int().min(1).max(10_240).default(100),
    DEFAULT_LANG: z.enum(['id', 'en']).default('id'),
    /** Benchmarks: log the database time by command and collection at shutdown (db/command-profile.ts). */
    DB_PROFILE: bool.default(false),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && !c.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required when NODE_ENV=production' });
    }
  });

export type Config = z.infer<typeof configSchema>;
