/** Child processes for the realtime bench: start, watch, stop, and read their /proc figures. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

export interface Child {
  name: string;
  proc: ChildProcess;
  pid: number;
  /** Last lines of stdout+stderr, for error messages. */
  tail: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
}

const children = new Set<Child>();

/** Last-resort kill of every child still running (synchronous, for process 'exit'). */
export function killAllChildrenNow(): void {
  for (const c of children) if (c.alive()) c.proc.kill('SIGKILL');
}

export function startChild(
  name: string,
  command: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; cwd?: string; ipc?: boolean; onLine?: (line: string, stream: 'stdout' | 'stderr') => void; echoStderr?: boolean },
): Child {
  const proc = spawn(command, args, {
    env: opts.env,
    cwd: opts.cwd,
    stdio: ['ignore', 'pipe', 'pipe', ...(opts.ipc ? (['ipc'] as const) : [])],
  });
  if (proc.pid === undefined) throw new Error(`could not start ${name} (${command})`);
  const tail: string[] = [];
  let running = true;
  const child: Child = {
    name,
    proc,
    pid: proc.pid,
    tail,
    alive: () => running,
    exited: new Promise((resolve) => {
      proc.once('exit', (code, signal) => {
        running = false;
        children.delete(child);
        resolve({ code, signal });
      });
    }),
  };
  children.add(child);
  const follow = (stream: NodeJS.ReadableStream | null, kind: 'stdout' | 'stderr') => {
    if (!stream) return;
    createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (kind === 'stderr' && opts.echoStderr) process.stderr.write(`  [${name}] ${line}\n`);
      opts.onLine?.(line, kind);
    });
  };
  follow(proc.stdout, 'stdout');
  follow(proc.stderr, 'stderr');
  return child;
}

/** SIGTERM, then SIGKILL after `graceMs`. Resolves once the process is gone. */
export async function stopChild(child: Child, graceMs = 8000): Promise<void> {
  if (!child.alive()) return;
  child.proc.kill('SIGTERM');
  const timer = setTimeout(() => child.alive() && child.proc.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

/** Runs a command to completion; stderr is echoed (prefixed), stdout returned. */
export function runCommand(
  name: string,
  command: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; cwd?: string },
): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, { env: opts.env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    createInterface({ input: proc.stderr }).on('line', (line) => process.stderr.write(`  [${name}] ${line}\n`));
    proc.once('error', reject);
    proc.once('close', (code) => resolve({ code, stdout }));
  });
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200; fails early if the child exits. */
export async function waitForHealthy(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (!child.alive()) throw new Error(`${child.name} exited during startup:\n${child.tail.join('\n')}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${child.name} not healthy at ${url} after ${timeoutMs} ms (${last}):\n${child.tail.join('\n')}`);
}

/** VmHWM (peak RSS) and VmRSS in MiB from /proc, or undefined when unavailable. */
export function memoryOf(pid: number): { peakRssMiB: number; rssMiB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const peak = kb('VmHWM');
    const rss = kb('VmRSS');
    if (Number.isNaN(peak)) return undefined;
    return { peakRssMiB: peak / 1024, rssMiB: rss / 1024 };
  } catch {
    return undefined;
  }
}

let clockTicks: number | undefined;

/** CPU time (user+system) a process has used so far, in ms, or undefined. */
export function cpuMsOf(pid: number): number | undefined {
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return undefined;
  }
}

/** CPU time (ms) used so far by every running process whose command name is `name` (e.g. the PostgreSQL backends). */
export function cpuMsOfCommand(name: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) total += cpuMsOf(Number(entry)) ?? 0;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}
