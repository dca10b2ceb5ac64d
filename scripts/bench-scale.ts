/**
 * Scale-out bench: how much load one Rembuk instance and two instances (sharing one Redis and one
 * database, as behind a sticky load balancer) carry at the same acknowledgement p99.
 *
 *   npm run bench:scale -- [--participants 500] [--rates 200,400,800,1200] [--seconds 10] [--p99 200] [--json]
 *
 * For each setup (one instance, then two) a fresh session, then a ladder of offered rates: each
 * step is a bench:realtime load run (participant i and its session's moderator on instance
 * i mod n, so half the traffic crosses instances through Redis). A step passes when every
 * submission is acknowledged and ack p99 stays under --p99 ms; the ladder stops at the first step
 * that fails. Capacity = the highest passing rate. Redis: REDIS_URL or redis://127.0.0.1:6379
 * (keys under a prefix of this run, deleted afterwards). The machine's cores are shared by the
 * servers, the database and the load process: the report shows the load average.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { createClient } from 'redis';
import { prepareLiveSession } from './bench/setup.js';
import { stopChild } from './bench/procs.js';
import type { AckedSubmission } from './bench/protocol.js';
import { verifyDurability } from './bench/checks.js';
import { errorsOf, ms, table } from './bench/realtime-report.js';
import { buildServer, log, onCleanup, runBench, runLoad, startDatabase, startRembuk, withDbName } from './bench/targets.js';

function readOptions() {
  const { values } = parseArgs({
    options: {
      participants: { type: 'string', default: '500' },
      rates: { type: 'string', default: '200,400,800,1200' },
      seconds: { type: 'string', default: '10' },
      p99: { type: 'string', default: '200' },
      json: { type: 'boolean', default: false },
    },
  });
  const positive = (name: string, v: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got '${v}'`);
    return n;
  };
  return {
    participants: Math.round(positive('participants', values.participants)),
    rates: values.rates.split(',').map((r) => positive('rates', r)),
    seconds: positive('seconds', values.seconds),
    p99: positive('p99', values.p99),
    json: values.json,
  };
}

interface Step {
  instances: number;
  rate: number;
  acked: number;
  planned: number;
  errors: number;
  p50: number;
  p99: number;
  modP99: number;
  ackedPerSecond: number;
  passed: boolean;
  /** why the step could not be measured (e.g. the load process could not keep its sockets) */
  failure?: string;
}

/** A latency, or '-' for a step that could not be measured. */
const shown = (v: number) => (Number.isNaN(v) ? '-' : ms(v));

async function main(): Promise<number> {
  const opts = readOptions();
  const loadBefore = loadavg()[0]!;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `rembuk-bench-${randomBytes(4).toString('hex')}:`;
  const redis = createClient({ url: redisUrl, socket: { reconnectStrategy: false } });
  await redis.connect();
  onCleanup('Redis keys', async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(keys);
    await redis.close();
  });

  const db = await startDatabase();
  const uri = withDbName(db.baseUri, `bench_scale_${Date.now()}`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rembuk-bench-data-'));
  onCleanup('data dir', async () => rmSync(dataDir, { recursive: true, force: true }));
  await buildServer();
  await mongoose.connect(uri, { autoIndex: false, autoCreate: false, serverSelectionTimeoutMS: 10_000 });
  onCleanup('bench database', async () => {
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
  });

  const shared = { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix, SESSION_SECRET: randomBytes(32).toString('base64url') };
  const steps: Step[] = [];
  const acks: AckedSubmission[] = [];
  const sessionIds: string[] = [];
  for (const instances of [1, 2]) {
    const servers = [];
    for (let i = 0; i < instances; i++) servers.push(await startRembuk(uri, dataDir, shared));
    const live = await prepareLiveSession(servers[0]!.url);
    sessionIds.push(live.sessionId);
    for (const rate of opts.rates) {
      // At a rate the machine cannot carry the load process itself may fail (its sockets time
      // out): that step failed, and the ladder stops there with the steps measured so far.
      const run = await runLoad(
        {
          label: `${instances} instance(s) at ${rate}/s`,
          urls: servers.map((s) => s.url),
          sessions: [{ code: live.code, sessionId: live.sessionId, cookie: live.cookie }],
          participants: opts.participants,
          rate,
          seconds: opts.seconds,
          ackTimeoutMs: 10_000,
          stragglerMs: 10_000,
          joinConcurrency: 25,
          runTag: `s${instances}-${rate}-${randomBytes(2).toString('hex')}`,
        },
        servers[0]!.child,
      ).catch((err: unknown) => ({ failure: err instanceof Error ? err.message : String(err) }));
      if ('failure' in run) {
        steps.push({ instances, rate, acked: 0, planned: rate * opts.seconds, errors: 0, passed: false, p50: NaN, p99: NaN, modP99: NaN, ackedPerSecond: 0, failure: run.failure });
        log(`${instances} instance(s), ${rate}/s: FAIL, ${run.failure}`);
        break;
      }
      const { result } = run;
      acks.push(...result.acks);
      const errors = errorsOf(result);
      const passed = errors === 0 && result.ackLatency.p99 < opts.p99;
      steps.push({
        instances, rate, acked: result.acked, planned: result.planned, errors, passed,
        p50: result.ackLatency.p50, p99: result.ackLatency.p99, modP99: result.moderatorLatency.p99, ackedPerSecond: result.throughput,
      });
      log(`${instances} instance(s), ${rate}/s: ack p99 ${ms(result.ackLatency.p99)} ms, ${errors} errors -> ${passed ? 'pass' : 'FAIL'}`);
      if (!passed) break;
    }
    for (const s of servers) await stopChild(s.child);
  }
  const durability = await verifyDurability(sessionIds, acks);
  const capacity = (n: number) => Math.max(0, ...steps.filter((s) => s.instances === n && s.passed).map((s) => s.rate));
  const machine = { cpus: cpus().length, loadavg1mBefore: loadBefore, loadavg1mAfter: loadavg()[0]! };
  if (opts.json) {
    console.log(JSON.stringify({ opts, steps, capacity: { one: capacity(1), two: capacity(2) }, durability, machine, database: db.engine }));
  } else {
    console.log(
      [
        `Scale bench: ${opts.participants} participants in one session, ${opts.seconds} s per step, pass = every submission acked and ack p99 < ${opts.p99} ms; ` +
          `database ${db.engine}, Redis ${redisUrl}; latencies in ms`,
        '',
        table([
          ['instances', 'offered/s', 'acked/s', 'acked', 'errors', 'ack p50', 'ack p99', 'mod p99', 'result'],
          ...steps.map((s) => [String(s.instances), String(s.rate), s.ackedPerSecond.toFixed(0), `${s.acked}/${s.planned}`, String(s.errors), shown(s.p50), shown(s.p99), shown(s.modP99), s.passed ? 'pass' : s.failure ? 'FAIL: load process failed' : 'FAIL']),
        ]),
        '',
        `Capacity at ack p99 < ${opts.p99} ms: one instance ${capacity(1)}/s, two instances ${capacity(2)}/s ` +
          `(${capacity(1) ? (capacity(2) / capacity(1)).toFixed(2) : 'n/a'}x; the ladder's top rate caps a setup that never failed)`,
        `Durability over every step: ${durability.stored} stored for ${durability.acked} acked; lost ${durability.lost}, duplicated ${durability.duplicated} -> ${durability.ok ? 'OK' : 'FAIL'}`,
        `Machine: ${machine.cpus} CPUs shared by the servers, FerretDB, PostgreSQL, Redis and the load process; 1-min load average ${machine.loadavg1mBefore.toFixed(2)} before, ${machine.loadavg1mAfter.toFixed(2)} after`,
      ].join('\n'),
    );
  }
  return durability.ok ? 0 : 1;
}

runBench(main);
