/**
 * Realtime benchmark: how fast a participant's suggestion is acknowledged and reaches the
 * moderator's screen under load, against a bare Socket.IO server doing the same relay.
 *
 *   npm run bench:realtime -- [--participants 500] [--rate 50] [--seconds 30] [--json]
 *
 * 1. FerretDB via scripts/ferretdb.sh (fresh PostgreSQL database, own port and state dir),
 *    unless MONGODB_URI is set, in which case that server is used (database bench_<ts>).
 * 2. The real server, built (scripts/build.mjs) and started as `node dist/server/index.js`.
 * 3. Staff account, forum and live session set up as staff would (HTTP forms, moderator socket).
 * 4. Load from a separate process (scripts/bench/realtime-load.ts): N participant sockets, one
 *    moderator socket, open-loop submissions at R/s for D s; latencies on one clock.
 * 5. Durability from MongoDB: every acknowledged clientId stored exactly once.
 * 6. The same load against scripts/bench/bare-server.ts; a table with Rembuk/bare ratios.
 *
 * Progress goes to stderr, the report to stdout (--json: one JSON object). Exit code 1 when a
 * suggestion was lost or duplicated, or the run failed; every child process is stopped on exit.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { Suggestion } from '../server/suggestions/suggestion.model.js';
import { createSuggestionsService } from '../server/suggestions/suggestions.service.js';
import { createAuditService } from '../server/audit/audit.service.js';
import { createParticipantsService } from '../server/participants/participants.service.js';
import { DomainBus } from '../server/shared/bus.js';
import { prepareLiveSession } from './bench/setup.js';
import type { CommandTotals } from '../server/db/command-profile.js';
import {
  cpuMsOf,
  freePort,
  killAllChildrenNow,
  memoryOf,
  runCommand,
  startChild,
  stopChild,
  waitForHealthy,
  type Child,
} from './bench/procs.js';
import { percentiles, type AckedSubmission, type FromBare, type FromLoad, type LoadConfig, type LoadResult, type Percentiles } from './bench/protocol.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACK_TIMEOUT_MS = 10_000;
const STRAGGLER_MS = 10_000;
const JOIN_CONCURRENCY = 25;

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

// ---------------------------------------------------------------------------------------------
// options

function readOptions() {
  const { values } = parseArgs({
    options: {
      participants: { type: 'string', default: '500' },
      rate: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '30' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run bench:realtime -- [--participants 500] [--rate 50] [--seconds 30] [--json]');
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
    json: values.json,
  };
  if (opts.rate / opts.participants > 10) {
    log(`warning: ${(opts.rate / opts.participants).toFixed(1)} submits/s per socket exceeds the server's 10/s per-socket limit; expect rate_limited errors`);
  }
  return opts;
}
type Options = ReturnType<typeof readOptions>;

// ---------------------------------------------------------------------------------------------
// cleanup: everything started registers how to undo it; runs once, in reverse order

const cleanups: { name: string; fn: () => Promise<void> }[] = [];
let cleaning: Promise<void> | undefined;
let interrupted = false;

function onCleanup(name: string, fn: () => Promise<void>): void {
  cleanups.push({ name, fn });
}

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const { name, fn } of cleanups.reverse()) {
      try {
        await fn();
      } catch (err) {
        log(`cleanup of ${name} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  })();
  return cleaning;
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping everything`);
    void cleanup().finally(() => process.exit(code));
  });
}
process.on('exit', killAllChildrenNow);

// ---------------------------------------------------------------------------------------------
// database

function withDbName(uri: string, db: string): string {
  const m = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(uri.trim());
  if (!m) throw new Error(`cannot parse MONGODB_URI '${uri}'`);
  return `${m[1]}/${db}${m[2] ?? ''}`;
}

interface Database {
  baseUri: string;
  engine: string;
  /** FerretDB's pid when this run started it, for CPU figures. */
  ferretPid?: number;
}

async function startDatabase(): Promise<Database> {
  if (process.env.MONGODB_URI) {
    log('using MONGODB_URI from the environment');
    return { baseUri: process.env.MONGODB_URI, engine: 'MONGODB_URI' };
  }
  const port = await freePort();
  const runDir = mkdtempSync(path.join(tmpdir(), 'rembuk-bench-ferretdb-'));
  const env = { ...process.env, FERRETDB_PORT: String(port), FERRETDB_RUN_DIR: runDir };
  onCleanup('FerretDB', async () => {
    log('stopping FerretDB');
    await runCommand('ferretdb', 'bash', ['scripts/ferretdb.sh', 'stop'], { env, cwd: ROOT });
    rmSync(runDir, { recursive: true, force: true });
  });
  log(`starting FerretDB on 127.0.0.1:${port}`);
  const { code, stdout } = await runCommand('ferretdb', 'bash', ['scripts/ferretdb.sh', 'start', '--fresh'], { env, cwd: ROOT });
  const last = stdout.trim().split('\n').pop() ?? '';
  const m = /^MONGODB_URI=(\S+)$/.exec(last);
  if (code !== 0 || !m) throw new Error(`scripts/ferretdb.sh start failed (exit ${code}); last stdout line: '${last}'`);
  let ferretPid: number | undefined;
  try {
    ferretPid = Number(readFileSync(path.join(runDir, `ferretdb-${port}.pid`), 'utf8').trim()) || undefined;
  } catch {
    ferretPid = undefined;
  }
  return { baseUri: m[1]!, engine: 'FerretDB 1.24.2 (fresh)', ferretPid };
}

interface Durability {
  acked: number;
  stored: number;
  lost: number;
  duplicated: number;
  /** Acks whose suggestion id is not the stored document's id. */
  idMismatch: number;
  /** Stored documents no ok ack vouched for (e.g. the ack timed out after the write): allowed. */
  storedWithoutAck: number;
  ok: boolean;
}

async function verifyDurability(sessionId: string, acks: AckedSubmission[]): Promise<Durability> {
  const docs = await Suggestion.find({ sessionId: new mongoose.Types.ObjectId(sessionId) })
    .select({ _id: 1, participantId: 1, clientId: 1 })
    .lean();
  const byClientId = new Map<string, { id: string; participantId: string }[]>();
  for (const d of docs) {
    const list = byClientId.get(d.clientId) ?? [];
    list.push({ id: String(d._id), participantId: String(d.participantId) });
    byClientId.set(d.clientId, list);
  }
  let duplicated = 0;
  for (const list of byClientId.values()) duplicated += list.length - 1;
  let lost = 0;
  let idMismatch = 0;
  const ackedIds = new Set<string>();
  for (const a of acks) {
    ackedIds.add(a.clientId);
    const stored = byClientId.get(a.clientId)?.filter((d) => d.participantId === a.participantId) ?? [];
    if (stored.length === 0) lost++;
    else if (!stored.some((d) => d.id === a.suggestionId)) idMismatch++;
  }
  const storedWithoutAck = [...byClientId.keys()].filter((c) => !ackedIds.has(c)).length;
  return { acked: acks.length, stored: docs.length, lost, duplicated, idMismatch, storedWithoutAck, ok: lost === 0 && duplicated === 0 && idMismatch === 0 };
}

/**
 * Times the queries behind one `session:stats` refresh (the broadcaster runs one per session at
 * most every 300 ms while suggestions arrive) on the idle database after the run: median of 5.
 */
async function probeStatsQueries(sessionId: string): Promise<{ ms: number; suggestions: number }> {
  const bus = new DomainBus();
  const suggestions = createSuggestionsService({ bus, audit: createAuditService() });
  const participants = createParticipantsService({ bus });
  const times: number[] = [];
  let stored = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const [, counts] = await Promise.all([participants.count(sessionId), suggestions.countByStatus(new mongoose.Types.ObjectId(sessionId))]);
    times.push(performance.now() - t0);
    stored = Object.entries(counts).reduce((n, [status, c]) => n + (status === 'withdrawn' ? 0 : c), 0);
  }
  return { ms: percentiles(times).p50, suggestions: stored };
}

// ---------------------------------------------------------------------------------------------
// servers and load

interface ServerStats {
  peakRssMiB?: number;
  /** Server CPU during the load run, as % of one core. */
  cpuPercent?: number;
  cpuMs?: number;
}

interface RembukServer {
  child: Child;
  url: string;
  logCounts: { warn: number; error: number };
  firstErrors: string[];
  /** The server's database time by command (DB_PROFILE), logged when it stops. */
  dbProfile: CommandTotals[];
  /** How the server was started, and why the built server was not used if it was not. */
  command: string;
  fallbackReason?: string;
}

async function startRembuk(uri: string, dataDir: string): Promise<RembukServer> {
  log('building the server (node scripts/build.mjs)');
  const build = await runCommand('build', process.execPath, ['scripts/build.mjs'], { env: process.env, cwd: ROOT });
  if (build.code !== 0) throw new Error(`node scripts/build.mjs failed (exit ${build.code})`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logCounts = { warn: 0, error: 0 };
  const firstErrors: string[] = [];
  const dbProfile: CommandTotals[] = [];
  const countLogLine = (line: string) => {
    let level: number;
    let msg = line;
    try {
      const rec = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string }; event?: string; dbProfile?: CommandTotals[] };
      if (rec.dbProfile) {
        dbProfile.push(...rec.dbProfile);
        return;
      }
      level = rec.level ?? 0;
      msg = [rec.msg, rec.event, rec.err?.message].filter(Boolean).join(': ');
    } catch {
      level = 50; // not pino JSON: a crash or a console.error
    }
    if (level >= 50) {
      logCounts.error++;
      if (firstErrors.length < 5) firstErrors.push(msg.slice(0, 300));
    } else if (level >= 40) logCounts.warn++;
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    MONGODB_URI: uri,
    LOG_LEVEL: 'warn',
    DB_PROFILE: '1',
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    DATA_DIR: dataDir,
    SUBMIT_LIMIT_PER_MINUTE: '10000',
    SUBMIT_IP_LIMIT_PER_MINUTE: '1000000',
    // Every simulated phone joins from this one address.
    JOIN_IP_LIMIT_PER_MINUTE: '1000000',
  };
  const launch = async (args: string[]) => {
    const child = startChild('rembuk', process.execPath, args, { env, cwd: ROOT, onLine: countLogLine });
    onCleanup('Rembuk server', () => stopChild(child));
    log(`starting Rembuk (node ${args.join(' ')}, pid ${child.pid}) on ${url}`);
    await waitForHealthy(`${url}/healthz`, child, 60_000);
    return child;
  };
  let child: Child;
  let command = 'node dist/server/index.js';
  let fallbackReason: string | undefined;
  try {
    child = await launch(['dist/server/index.js']);
  } catch (err) {
    // The built server can fail where the sources run (e.g. an esbuild target that drops syntax).
    const why = err instanceof Error ? err.message : String(err);
    log(`WARNING: the built server did not start; falling back to tsx. Reason:\n${why}`);
    logCounts.warn = logCounts.error = 0;
    firstErrors.length = 0;
    fallbackReason = /^\w*Error\b.*$/m.exec(why)?.[0] ?? why.split('\n')[0];
    command = 'node --import tsx server/index.ts';
    child = await launch(['--import', 'tsx', 'server/index.ts']);
  }
  return { child, url, logCounts, firstErrors, dbProfile, command, fallbackReason };
}

async function startBare(): Promise<{ child: Child; url: string }> {
  const child = startChild('bare', process.execPath, ['--import', 'tsx', 'scripts/bench/bare-server.ts'], {
    env: { ...process.env, PORT: '0' },
    cwd: ROOT,
    ipc: true,
    echoStderr: true,
  });
  onCleanup('bare Socket.IO server', () => stopChild(child));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bare server did not start:\n${child.tail.join('\n')}`)), 30_000);
    child.proc.on('message', (m: FromBare) => {
      if (m.type !== 'listening') return;
      clearTimeout(timer);
      resolve(m.port);
    });
    void child.exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`bare server exited during startup:\n${child.tail.join('\n')}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealthy(`${url}/healthz`, child, 10_000);
  log(`bare Socket.IO server (pid ${child.pid}) on ${url}`);
  return { child, url };
}

async function runLoad(config: LoadConfig, server: Child): Promise<{ result: LoadResult; server: ServerStats }> {
  const cpuBefore = cpuMsOf(server.pid);
  const started = Date.now();
  const child = startChild('load', process.execPath, ['--import', 'tsx', 'scripts/bench/realtime-load.ts'], {
    env: process.env,
    cwd: ROOT,
    ipc: true,
    echoStderr: true,
  });
  onCleanup('load process', () => stopChild(child, 2000));
  const watchdogMs = 300_000 + 2 * config.seconds * 1000 + config.participants * 100;
  const result = await new Promise<LoadResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`load process gave no result within ${watchdogMs} ms`)), watchdogMs);
    child.proc.on('message', (m: FromLoad) => {
      if (m.type === 'progress') log(m.message);
      else if (m.type === 'error') {
        clearTimeout(timer);
        reject(new Error(`load process failed: ${m.message}`));
      } else {
        clearTimeout(timer);
        resolve(m.result);
      }
    });
    void child.exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`load process exited (${signal ?? code}) without a result:\n${child.tail.join('\n')}`));
    });
    child.proc.send({ type: 'run', config });
  });
  await child.exited;
  const wallMs = Date.now() - started;
  const cpuAfter = cpuMsOf(server.pid);
  const mem = memoryOf(server.pid);
  const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  return {
    result,
    server: { peakRssMiB: mem?.peakRssMiB, cpuMs, cpuPercent: cpuMs !== undefined ? (100 * cpuMs) / wallMs : undefined },
  };
}

// ---------------------------------------------------------------------------------------------
// report

interface TargetReport {
  result: Omit<LoadResult, 'acks'>;
  server: ServerStats;
  durability?: Durability;
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
const errorsOf = (r: Omit<LoadResult, 'acks'>) => sum(r.ackErrors) + r.ackTimeouts;
const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);

function ratios(a: Omit<LoadResult, 'acks'>, b: Omit<LoadResult, 'acks'>) {
  const of = (x: Percentiles, y: Percentiles) => ({ p50: ratio(x.p50, y.p50), p95: ratio(x.p95, y.p95), p99: ratio(x.p99, y.p99) });
  return { ack: of(a.ackLatency, b.ackLatency), moderator: of(a.moderatorLatency, b.moderatorLatency) };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

function printReport(opts: Options, db: Database, rembuk: TargetReport, bare: TargetReport, rembukLog: RembukServer): void {
  const r = ratios(rembuk.result, bare.result);
  const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)}x` : 'n/a');
  const row = (name: string, t: TargetReport) => [
    name,
    ms(t.result.ackLatency.p50),
    ms(t.result.ackLatency.p95),
    ms(t.result.ackLatency.p99),
    ms(t.result.moderatorLatency.p50),
    ms(t.result.moderatorLatency.p95),
    ms(t.result.moderatorLatency.p99),
    t.result.throughput.toFixed(1),
    String(errorsOf(t.result)),
    t.durability ? String(t.durability.lost) : 'n/a',
    t.durability ? String(t.durability.duplicated) : 'n/a',
  ];
  const out: string[] = [];
  out.push(
    `Realtime bench: ${opts.participants} participants, ${opts.rate} suggestions/s for ${opts.seconds} s ` +
      `(${rembuk.result.planned} submissions per target), pre-moderation on, database ${db.engine}; latencies in ms`,
    '',
    table([
      ['target', 'ack p50', 'ack p95', 'ack p99', 'mod p50', 'mod p95', 'mod p99', 'acks/s', 'errors', 'lost', 'dup'],
      row('Rembuk', rembuk),
      row('bare Socket.IO', bare),
      ['Rembuk/bare', x(r.ack.p50), x(r.ack.p95), x(r.ack.p99), x(r.moderator.p50), x(r.moderator.p95), x(r.moderator.p99), '', '', '', ''],
    ]),
    '',
  );
  for (const [name, t] of [['Rembuk', rembuk], ['bare Socket.IO', bare]] as const) {
    const res = t.result;
    const errs = Object.entries(res.ackErrors).map(([k, v]) => `${k} ${v}`);
    const joinErrs = Object.entries(res.joinErrors).map(([k, v]) => `${k} ${v}`);
    out.push(
      `${name}:`,
      `  joined ${res.joined}/${opts.participants} in ${(res.joinPhaseMs / 1000).toFixed(1)} s (join p50 ${ms(res.joinLatency.p50)}, p95 ${ms(res.joinLatency.p95)} ms)` +
        (joinErrs.length ? `; join errors: ${joinErrs.join(', ')}` : ''),
      `  sent ${res.sent}/${res.planned}, acked ok ${res.acked}, error acks ${sum(res.ackErrors)}${errs.length ? ` (${errs.join(', ')})` : ''}, timeouts ${res.ackTimeouts}` +
        (res.unexpectedDuplicates ? `, unexpected duplicate:true acks ${res.unexpectedDuplicates}` : ''),
      `  moderator saw ${res.moderatorSaw}/${res.acked} acked (missed ${res.moderatorMissed}, unmatched upserts ${res.moderatorUnmatched}, mod:upsert events ${res.moderatorEvents})`,
      `  max: ack ${ms(res.ackLatency.max)} ms, moderator ${ms(res.moderatorLatency.max)} ms; mean: ack ${ms(res.ackLatency.mean)} ms, moderator ${ms(res.moderatorLatency.mean)} ms`,
      `  ack p50/p95 ms by 5-s window of send time: ${res.timeline.map((w) => `${w.fromSecond}s ${ms(w.ackP50)}/${ms(w.ackP95)}`).join(', ')}`,
      `  server: peak RSS ${t.server.peakRssMiB?.toFixed(0) ?? '?'} MiB, CPU ${t.server.cpuPercent?.toFixed(0) ?? '?'}% of one core over the load run; ` +
        `load generator: CPU ${(res.loadCpuMs / 1000).toFixed(1)} s, max send lag ${ms(res.generatorLagMaxMs)} ms, disconnects ${res.disconnects}`,
    );
  }
  const d = rembuk.durability!;
  out.push(
    `Rembuk server: ${rembukLog.command}${rembukLog.fallbackReason ? ` (the built dist/ server failed to start: ${rembukLog.fallbackReason})` : ''}`,
    `Rembuk server log (LOG_LEVEL=warn): ${rembukLog.logCounts.warn} warn, ${rembukLog.logCounts.error} error lines` +
      (rembukLog.firstErrors.length ? `; first: ${rembukLog.firstErrors.join(' | ')}` : ''),
    `Durability (MongoDB, after server stop): ${d.stored} stored for ${d.acked} acked; lost ${d.lost}, duplicated ${d.duplicated}, ` +
      `ack id mismatches ${d.idMismatch}, stored without ok ack ${d.storedWithoutAck} -> ${d.ok ? 'OK' : 'FAIL'}`,
  );
  if (!d.ok) out.push('', '!!!!! FAIL: acknowledged suggestions were lost or duplicated !!!!!');
  console.log(out.join('\n'));
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

  const rembuk = await startRembuk(uri, dataDir);
  await mongoose.connect(uri, { autoIndex: false, autoCreate: false, serverSelectionTimeoutMS: 10_000 });
  let keepDb = false;
  onCleanup('bench database', async () => {
    if (!keepDb) await mongoose.connection.dropDatabase().catch(() => undefined);
    else log(`kept database ${dbName} for inspection`);
    await mongoose.disconnect();
  });
  const live = await prepareLiveSession(rembuk.url);
  log(`live session ${live.sessionId} (code ${live.code}) in database ${dbName}`);

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
  const rembukRun = await runLoad(
    { ...base, label: 'Rembuk', url: rembuk.url, code: live.code, sessionId: live.sessionId, moderatorCookie: live.cookie, runTag: `r${runTag}` },
    rembuk.child,
  );
  const ferretCpuAfter = db.ferretPid ? cpuMsOf(db.ferretPid) : undefined;
  log('stopping Rembuk before checking the database');
  await stopChild(rembuk.child);
  const durability = await verifyDurability(live.sessionId, rembukRun.result.acks);
  const statsProbe = await probeStatsQueries(live.sessionId);
  keepDb = !durability.ok && db.engine === 'MONGODB_URI';

  const bare = await startBare();
  const bareRun = await runLoad(
    { ...base, label: 'bare Socket.IO', url: bare.url, code: 'BENCH1', sessionId: '0'.repeat(24), runTag: `b${runTag}` },
    bare.child,
  );
  await stopChild(bare.child);

  // Other work on the machine skews the figures: show how busy it was.
  const machine = { cpus: cpus().length, loadavg1mBefore: loadBefore, loadavg1mAfter: loadavg()[0]! };
  const strip = ({ acks: _acks, ...rest }: LoadResult) => rest;
  const rembukReport: TargetReport = { result: strip(rembukRun.result), server: rembukRun.server, durability };
  const bareReport: TargetReport = { result: strip(bareRun.result), server: bareRun.server };
  if (opts.json) {
    const r = ratios(rembukReport.result, bareReport.result);
    console.log(
      JSON.stringify({
        params: { ...base, database: db.engine },
        machine,
        ratios: r,
        rembuk: {
          ...rembukReport,
          errors: errorsOf(rembukReport.result),
          serverCommand: rembuk.command,
          builtServerFailure: rembuk.fallbackReason,
          serverLog: { ...rembuk.logCounts, firstErrors: rembuk.firstErrors },
          statsQueriesMs: statsProbe.ms,
          dbProfile: rembuk.dbProfile,
          ferretdbCpuMs: ferretCpuBefore !== undefined && ferretCpuAfter !== undefined ? ferretCpuAfter - ferretCpuBefore : undefined,
        },
        bare: { ...bareReport, errors: errorsOf(bareReport.result) },
        ok: durability.ok,
      }),
    );
  } else {
    printReport(opts, db, rembukReport, bareReport, rembuk);
    console.log(`Machine: ${machine.cpus} CPUs, 1-min load average ${machine.loadavg1mBefore.toFixed(2)} before, ${machine.loadavg1mAfter.toFixed(2)} after`);
    console.log(
      `DB probe: the queries behind one session:stats refresh take ${ms(statsProbe.ms)} ms on the idle database with ${statsProbe.suggestions} suggestions stored (median of 5)`,
    );
    const top = rembuk.dbProfile.slice(0, 8).map((c) => `${c.command} ${c.n}x ${(c.totalMs / 1000).toFixed(1)} s (max ${ms(c.maxMs)} ms)`);
    if (top.length) console.log(`Database time by command over the server's life (driver-measured, overlapping): ${top.join('; ')}`);
    if (ferretCpuBefore !== undefined && ferretCpuAfter !== undefined) {
      console.log(`FerretDB CPU during the Rembuk run: ${((ferretCpuAfter - ferretCpuBefore) / 1000).toFixed(1)} s (PostgreSQL not counted)`);
    }
  }
  return durability.ok ? 0 : 1;
}

main().then(
  async (code) => {
    await cleanup();
    process.exit(code);
  },
  async (err: unknown) => {
    if (!interrupted) console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    await cleanup();
    process.exit(interrupted ? 130 : 1);
  },
);
