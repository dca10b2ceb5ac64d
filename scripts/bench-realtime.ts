/**
 * Realtime benchmark: how fast a participant's suggestion is acknowledged and reaches the
 * moderator's screen under load, against a bare Socket.IO server doing the same relay.
 *
 *   npm run bench:realtime -- [--participants 500] [--rate 50] [--seconds 30] [--sessions 1] [--feed] [--json]
 *
 * 1. FerretDB via scripts/ferretdb.sh (fresh PostgreSQL database, own port and state dir),
 *    unless MONGODB_URI is set, in which case that server is used (database bench_<ts>).
 * 2. The real server, built (scripts/build.mjs) and started as `node dist/server/index.js`.
 * 3. Staff account, forum and S live sessions set up as staff would (HTTP forms, moderator socket).
 * 4. Load from a separate process (scripts/bench/realtime-load.ts): N participant sockets spread
 *    over the sessions, one moderator socket per session, open-loop submissions at R/s for D s;
 *    latencies on one clock.
 * 5. From MongoDB, the server stopped: every acknowledged clientId stored exactly once; the last
 *    session:stats each console got equal to a full count; the driver's own one-by-one insert rate
 *    into the same database with 1, 16 and 64 writers (the floor: one writer's latency is what a
 *    durable ack cannot beat; many writers' rate is the throughput floor), run alone.
 * 6. The same load against scripts/bench/bare-server.ts; a table with Rembuk/bare ratios.
 *
 * Progress goes to stderr, the report to stdout (--json: one JSON object). Exit code 1 when a
 * suggestion was lost or duplicated, or the run failed; every child process is stopped on exit.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { prepareLiveSession, signInStaff } from './bench/setup.js';
import { cpuMsOf, cpuMsOfCommand, stopChild } from './bench/procs.js';
import type { BenchSession, LoadResult } from './bench/protocol.js';
import { checkCounters, driverFloor, verifyDurability } from './bench/checks.js';
import { errorsOf, printChecks, printReport, ratios, type TargetReport } from './bench/realtime-report.js';
import { buildServer, log, onCleanup, runBench, runLoad, startBare, startDatabase, startRembuk, withDbName } from './bench/targets.js';

const ACK_TIMEOUT_MS = 10_000;
const STRAGGLER_MS = 10_000;
const JOIN_CONCURRENCY = 25;

// ---------------------------------------------------------------------------------------------
// options

function readOptions() {
  const { values } = parseArgs({
    options: {
      participants: { type: 'string', default: '500' },
      rate: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '30' },
      sessions: { type: 'string', default: '1' },
      feed: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run bench:realtime -- [--participants 500] [--rate 50] [--seconds 30] [--sessions 1] [--feed] [--json]');
    console.log('  --feed: no pre-moderation and the feed shown: every suggestion also goes to every phone of its session');
    process.exit(0);
  }
  const num = (name: string, v: string, integer: boolean) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
      console.error(`--${name} must be a positive ${integer ? 'integer' : 'number'}, got '${v}'`);
      process.exit(2);
    }
    return n;
  };
  const opts = {
    participants: num('participants', values.participants, true),
    rate: num('rate', values.rate, false),
    seconds: num('seconds', values.seconds, false),
    sessions: num('sessions', values.sessions, true),
    feed: values.feed,
    json: values.json,
  };
  if (opts.rate / opts.participants > 10) {
    log(`warning: ${(opts.rate / opts.participants).toFixed(1)} submits/s per socket exceeds the server's 10/s per-socket limit; expect rate_limited errors`);
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// main

async function main(): Promise<number> {
  const opts = readOptions();
  const loadBefore = loadavg()[0]!;
  const db = await startDatabase();
  const dbName = `bench_${Date.now()}`;
  const uri = withDbName(db.baseUri, dbName);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rembuk-bench-data-'));
  onCleanup('data dir', async () => rmSync(dataDir, { recursive: true, force: true }));

  await buildServer();
  const rembuk = await startRembuk(uri, dataDir);
  await mongoose.connect(uri, { autoIndex: false, autoCreate: false, serverSelectionTimeoutMS: 10_000 });
  let keepDb = false;
  onCleanup('bench database', async () => {
    if (!keepDb) await mongoose.connection.dropDatabase().catch(() => undefined);
    else log(`kept database ${dbName} for inspection`);
    await mongoose.disconnect();
  });
  const sessions: BenchSession[] = [];
  const staff = await signInStaff(rembuk.url);
  for (let k = 0; k < opts.sessions; k++) {
    const live = await prepareLiveSession(rembuk.url, staff, { feed: opts.feed });
    sessions.push({ code: live.code, sessionId: live.sessionId, cookie: live.cookie });
  }
  log(`${sessions.length} live session(s) in database ${dbName}`);

  const runTag = randomBytes(3).toString('hex');
  const base = {
    participants: opts.participants,
    rate: opts.rate,
    seconds: opts.seconds,
    ackTimeoutMs: ACK_TIMEOUT_MS,
    stragglerMs: STRAGGLER_MS,
    joinConcurrency: JOIN_CONCURRENCY,
  };
  const ferretCpuBefore = db.ferretPid ? cpuMsOf(db.ferretPid) : undefined;
  const postgresCpuBefore = cpuMsOfCommand('postgres');
  const rembukRun = await runLoad({ ...base, label: 'Rembuk', urls: [rembuk.url], sessions, runTag: `r${runTag}` }, rembuk.child);
  const ferretCpuAfter = db.ferretPid ? cpuMsOf(db.ferretPid) : undefined;
  const postgresCpuMs = cpuMsOfCommand('postgres') - postgresCpuBefore;
  log('stopping Rembuk before checking the database');
  await stopChild(rembuk.child);
  const durability = await verifyDurability(sessions.map((s) => s.sessionId), rembukRun.result.acks);
  const counters = await checkCounters(rembukRun.result.lastStats);
  keepDb = !durability.ok && db.engine === 'MONGODB_URI';
  log('driver floor: insertOne with 1, 16 and 64 writers');
  const floors = [await driverFloor(1, 1000), await driverFloor(16, 4000), await driverFloor(64, 4000)];

  const bare = await startBare();
  const bareSessions = sessions.map((_, k) => ({ code: `S${k}`, sessionId: `S${k}` }));
  const bareRun = await runLoad({ ...base, label: 'bare Socket.IO', urls: [bare.url], sessions: bareSessions, runTag: `b${runTag}` }, bare.child);
  await stopChild(bare.child);

  // Other work on the machine skews the figures: show how busy it was.
  const machine = { cpus: cpus().length, loadavg1mBefore: loadBefore, loadavg1mAfter: loadavg()[0]! };
  const strip = ({ acks: _acks, ...rest }: LoadResult) => rest;
  const rembukReport: TargetReport = { result: strip(rembukRun.result), server: rembukRun.server, durability };
  const bareReport: TargetReport = { result: strip(bareRun.result), server: bareRun.server };
  const ferretdbCpuMs = ferretCpuBefore !== undefined && ferretCpuAfter !== undefined ? ferretCpuAfter - ferretCpuBefore : undefined;
  if (opts.json) {
    console.log(
      JSON.stringify({
        params: { ...base, sessions: opts.sessions, database: db.engine },
        machine,
        ratios: ratios(rembukReport.result, bareReport.result),
        rembuk: {
          ...rembukReport,
          errors: errorsOf(rembukReport.result),
          serverCommand: rembuk.command,
          builtServerFailure: rembuk.fallbackReason,
          serverLog: { ...rembuk.logCounts, firstErrors: rembuk.firstErrors },
          dbProfile: rembuk.dbProfile,
          ferretdbCpuMs,
          postgresCpuMs,
        },
        counters,
        driverFloor: floors,
        bare: { ...bareReport, errors: errorsOf(bareReport.result) },
        ok: durability.ok && counters.mismatches.length === 0,
      }),
    );
  } else {
    printReport({ ...opts, database: db.engine }, rembukReport, bareReport, rembuk);
    printChecks(rembukReport, { floors, counters, machine, ferretdbCpuMs, postgresCpuMs }, rembuk);
  }
  return durability.ok ? 0 : 1;
}

runBench(main);
