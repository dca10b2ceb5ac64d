import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface RunningJongodb {
  uri: string;
  stop(): Promise<void>;
}

/** Path of the jongodb native launcher shipped by the pinned npm package. */
export function jongodbBinary(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@jongodb/memory-server-bin-linux-x64-gnu/package.json');
  return path.join(path.dirname(pkg), 'bin', 'jongodb');
}

/**
 * Starts the jongodb engine (an in-memory, partial MongoDB wire-protocol server) on loopback.
 * It prints `JONGODB_URI=...` once it listens; we wait for that line.
 */
export function startJongodb(opts: { port?: number; timeoutMs?: number } = {}): Promise<RunningJongodb> {
  const child: ChildProcess = spawn(jongodbBinary(), ['--host=127.0.0.1', `--port=${opts.port ?? 0}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`jongodb did not start within ${opts.timeoutMs ?? 15000} ms: ${out.slice(-500)}`));
    }, opts.timeoutMs ?? 15000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /JONGODB_URI=(\S+)/.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      child.stderr?.resume();
      resolve({ uri: match[1].replace(/\/[^/]*$/, '/'), stop: () => stopChild(child) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`jongodb exited with code ${code}: ${out.slice(-500)}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
