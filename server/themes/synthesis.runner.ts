import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type Transferable } from 'node:worker_threads';
import type { SynthesisInput, SynthesisOptions, SynthesisResult } from '../synthesis/types.js';
import { OFFLOAD_MIN_ITEMS, WORDS_OFFLOAD_MIN_ITEMS } from '../synthesis/offload.js';

/**
 * V8 settings of the synthesis worker. A 64 MB semi-space (young generation = 3 semi-spaces)
 * cuts scavenges of the analysis's short-lived strings and arrays: GC was ~0.9 s of 4.8 s at 100k
 * suggestions with the default 16 MB (about 0.4 s less wall time). The bench child runs with the
 * same (--max-semi-space-size=SYNTHESIS_SEMI_SPACE_MB).
 */
export const SYNTHESIS_SEMI_SPACE_MB = 64;
export const SYNTHESIS_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 3 * SYNTHESIS_SEMI_SPACE_MB };

/** The ESM entry of tsx's register API, read from its package exports (only needed from sources). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: string | { default: string } }> };
  const entry = pkg.exports['./esm/api']!.import;
  return pathToFileURL(path.join(path.dirname(pkgPath), typeof entry === 'string' ? entry : entry.default)).href;
}

/**
 * A worker on the synthesis worker entry (or `url`, an entry answering the same roles). From
 * sources (tests, `npm run dev`) the entry is TypeScript loaded through tsx; from dist/ it is JS.
 */
export function startWorker(workerData: unknown, url?: URL, transferList: Transferable[] = []): Worker {
  const fromSource = (url?.href ?? import.meta.url).endsWith('.ts');
  const entry = url ?? new URL(`./synthesis.worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  const resourceLimits = SYNTHESIS_RESOURCE_LIMITS;
  // Node 20 does not apply `--import tsx` to a worker's entry module, so from sources a tiny
  // bootstrap registers tsx inside the worker first, then imports the TypeScript entry.
  return fromSource
    ? new Worker(
        `import(${JSON.stringify(tsxEsmApi())}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`,
        { eval: true, workerData, resourceLimits, transferList },
      )
    : new Worker(entry, { workerData, resourceLimits, transferList });
}

type RunMessage =
  | { type: 'progress'; id?: number; fraction: number; stage: string }
  | { type: 'done'; id?: number; result: SynthesisResult }
  | { type: 'error'; id?: number; message: string };

/**
 * Settles with the worker's 'done' message for run `id` (a one-run worker's messages have none);
 * its progress messages go to onProgress; its 'error' message, or the worker's error or exit,
 * rejects. The listeners go when it settles.
 */
function awaitRun(worker: Worker, id: number | undefined, onProgress: (fraction: number, stage: string) => void): Promise<SynthesisResult> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: RunMessage): void => {
      if (m.id !== id) return;
      if (m.type === 'progress') return onProgress(m.fraction, m.stage);
      done();
      if (m.type === 'done') resolve(m.result);
      else reject(new Error(m.message));
    };
    const onError = (err: Error): void => {
      done();
      reject(err);
    };
    const onExit = (code: number): void => onError(new Error(`synthesis worker exited with code ${code}`));
    const done = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

/** From this many items a synthesis uses a helper thread (see offload.ts). */
export const HELPER_MIN_ITEMS = Math.min(WORDS_OFFLOAD_MIN_ITEMS, OFFLOAD_MIN_ITEMS);

/**
 * One synthesis worker kept between small runs. During a live session the themes are recomputed
 * every few seconds (twice: themes, then merge candidates); a fresh worker pays its start-up, the
 * dictionaries and a cold JIT each time, where a warm one has its code optimised and its stems
 * cached. Runs queue, one at a time. The worker never keeps the process alive while idle, ends
 * after `idleMs` without runs, and is replaced after a crash.
 */
export class WarmSynthesisWorker {
  private worker?: Worker;
  private queue: Promise<unknown> = Promise.resolve();
  private idle?: NodeJS.Timeout;
  private nextId = 0;
  /** workers started so far (tests, diagnostics) */
  starts = 0;

  constructor(private readonly idleMs = 120_000) {}

  run(items: SynthesisInput[], options: Omit<SynthesisOptions, 'onProgress'>, onProgress: (fraction: number, stage: string) => void): Promise<SynthesisResult> {
    const task = this.queue.then(() => this.runNow(items, options, onProgress));
    this.queue = task.catch(() => {});
    return task;
  }

  /** Ends the worker now (a later run starts a new one). */
  stop(): void {
    clearTimeout(this.idle);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private runNow(items: SynthesisInput[], options: Omit<SynthesisOptions, 'onProgress'>, onProgress: (fraction: number, stage: string) => void): Promise<SynthesisResult> {
    clearTimeout(this.idle);
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    worker.ref(); // a run in progress keeps the process alive, as a fresh worker would
    worker.postMessage({ type: 'run', id, items, options });
    return awaitRun(worker, id, onProgress).finally(() => {
      if (this.worker !== worker) return; // lost: the next run starts another
      worker.unref();
      this.idle = setTimeout(() => this.stop(), this.idleMs);
      this.idle.unref();
    });
  }

  private start(): Worker {
    const worker = startWorker({ role: 'warm' });
    this.starts++;
    const forget = (): void => {
      if (this.worker === worker) this.worker = undefined;
    };
    worker.on('error', forget);
    worker.once('exit', forget);
    return (this.worker = worker);
  }
}

/** The warm worker of this process's small runs. */
export const warmWorker = new WarmSynthesisWorker();

/**
 * Runs one synthesis in a worker thread so the server's event loop stays responsive. Small runs
 * (below HELPER_MIN_ITEMS: every live-session update) go to the warm worker. Larger ones get a
 * fresh worker that hands word analysis and the near-duplicate search to a helper thread
 * (synthesiseOffloaded; identical result). The helper is started here, before the synthesis
 * worker, so that its start-up overlaps the worker's own (which includes receiving every item);
 * they talk over a channel.
 */
export function runInWorker(
  items: SynthesisInput[],
  options: Omit<SynthesisOptions, 'onProgress'>,
  onProgress: (fraction: number, stage: string) => void = () => {},
): Promise<SynthesisResult> {
  if (items.length < HELPER_MIN_ITEMS) return warmWorker.run(items, options, onProgress);
  const { port1, port2 } = new MessageChannel();
  const helper = startWorker({ role: 'helper', port: port1 }, undefined, [port1]);
  const worker = startWorker({ role: 'synthesise', items, options, helperPort: port2 }, undefined, [port2]);
  return awaitRun(worker, undefined, onProgress).finally(() => void helper.terminate());
}
