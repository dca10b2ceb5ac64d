/**
 * What the realtime benches (scripts/bench-realtime.ts, scripts/bench-scale.ts) start and stop:
 * FerretDB, Rembuk server processes, the bare Socket.IO relay and the load process, each
 * registered for cleanup (run once, in reverse order, also on SIGINT/SIGTERM).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandTotals } from '../../server/db/command-profile.js';
import { cpuMsOf, freePort, killAllChildrenNow, memoryOf, runCommand, startChild, stopChild, waitForHealthy, type Child } from './procs.js';
import type { FromBare, FromLoad, LoadConfig, LoadResult } from './protocol.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs a bench's main, then everything's cleanup; exits with main's code (1 on an error, 130 when interrupted). */
export function runBench(main: () => Promise<number>): void {
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
}

export const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

// ---------------------------------------------------------------------------------------------
// cleanup: everything started registers how to undo it; runs once, in reverse order

const cleanups: { name: string; fn: () => Promise<void> }[] = [];
let cleaning: Promise<void> | undefined;
let interrupted = false;

export function onCleanup(name: string, fn: () => Promise<void>): void {
  cleanups.push({ name, fn });
}

export function cleanup(): Promise<void> {
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

export function withDbName(uri: string, db: string): string {
  const m = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(uri.trim());
  if (!m) throw new Error(`cannot parse MONGODB_URI '${uri}'`);
  return `${m[1]}/${db}${m[2] ?? ''}`;
}

export interface Database {
  baseUri: string;
  engine: string;
  /** FerretDB's pid when this run started it, for CPU figures. */
  ferretPid?: number;
}

export async function startDatabase(): Promise<Database> {
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

// ---------------------------------------------------------------------------------------------
// servers and load

export interface ServerStats {
  peakRssMiB?: number;
  /** Server CPU during the load run, as % of one core. */
  cpuPercent?: number;
  cpuMs?: number;
}

export interface RembukServer {
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

/** Builds the server once (dist/), as `npm start` does. */
export async function buildServer(): Promise<void> {
  log('building the server (node scripts/build.mjs)');
  const build = await runCommand('build', process.execPath, ['scripts/build.mjs'], { env: process.env, cwd: ROOT });
  if (build.code !== 0) throw new Error(`node scripts/build.mjs failed (exit ${build.code})`);
}

/**
 * A Rembuk server process on `uri` (built first with buildServer()). `extra` env: e.g. REDIS_URL
 * and SESSION_SECRET shared by several instances.
 */
export async function startRembuk(uri: string, dataDir: string, extra: NodeJS.ProcessEnv = {}): Promise<RembukServer> {
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
    ...extra,
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
    // BENCH_SERVER_PROFILE=<dir>: the server writes a V8 CPU profile there when it stops.
    const profile = process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`] : [];
    child = await launch([...profile, 'dist/server/index.js']);
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

export async function startBare(): Promise<{ child: Child; url: string }> {
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

export async function runLoad(config: LoadConfig, server: Child): Promise<{ result: LoadResult; server: ServerStats }> {
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
