import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DuplicateGroup, SynthesisInput, SynthesisOptions, SynthesisResult } from '../synthesis/types.js';
import type { FoldInFit, FoldInOptions, FoldInResult } from '../synthesis/fold-in.js';

type DuplicateOptions = Pick<SynthesisOptions, 'lexicons' | 'stopwords' | 'duplicateThreshold'>;

/** One job for the warm worker (see synthesis.worker.ts). */
export type WarmJob =
  | { job: 'synthesise'; items: SynthesisInput[]; options: Omit<SynthesisOptions, 'onProgress'> }
  | { job: 'duplicates'; items: SynthesisInput[]; options: DuplicateOptions }
  | { job: 'fold-in'; items: SynthesisInput[]; options: FoldInOptions; fit: FoldInFit };

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
export function startWorker(workerData: unknown, url?: URL): Worker {
  const fromSource = (url?.href ?? import.meta.url).endsWith('.ts');
  const entry = url ?? new URL(`./synthesis.worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  // Node 20 does not apply `--import tsx` to a worker's entry module, so from sources a tiny
  // bootstrap registers tsx inside the worker first, then imports the TypeScript entry.
  return fromSource
    ? new Worker(
        `import(${JSON.stringify(tsxEsmApi())}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`,
        { eval: true, workerData },
      )
    : new Worker(entry, { workerData });
}

type RunMessage<T> =
  | { type: 'progress'; id?: number; fraction: number; stage: string }
  | { type: 'done'; id?: number; result: T }
  | { type: 'error'; id?: number; message: string };

/**
 * Settles with the worker's 'done' message for run `id` (a one-run worker's messages have none);
 * its progress messages go to onProgress; its 'error' message, or the worker's error or exit,
 * rejects. The listeners go when it settles.
 */
function awaitRun<T>(worker: Worker, id: number | undefined, onProgress: (fraction: number, stage: string) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: RunMessage<T>): void => {
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

/** Runs this large get a worker of their own (their memory goes with it); smaller ones share the warm one. */
export const OWN_WORKER_MIN_ITEMS = 10_000;

/**
 * One synthesis worker kept between small runs. During a live session the themes are recomputed
 * every few seconds (themes, then merge candidates); a fresh worker pays its start-up, the
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
  /** jobs run so far, by kind (tests, diagnostics) */
  readonly jobs: Record<WarmJob['job'], number> = { synthesise: 0, duplicates: 0, 'fold-in': 0 };

  constructor(private readonly idleMs = 120_000) {}

  run(items: SynthesisInput[], options: Omit<SynthesisOptions, 'onProgress'>, onProgress: (fraction: number, stage: string) => void): Promise<SynthesisResult> {
    return this.enqueue<SynthesisResult>({ job: 'synthesise', items, options }, onProgress);
  }

  /** Near-duplicate groups only (findDuplicates): no clustering. */
  duplicates(items: SynthesisInput[], options: DuplicateOptions = {}): Promise<DuplicateGroup[]> {
    return this.enqueue<DuplicateGroup[]>({ job: 'duplicates', items, options }, () => {});
  }

  /** New suggestions joined to an earlier run's themes (foldIn): no clustering. */
  foldIn(fit: FoldInFit, items: SynthesisInput[], options: FoldInOptions = {}): Promise<FoldInResult> {
    return this.enqueue<FoldInResult>({ job: 'fold-in', items, options, fit }, () => {});
  }

  /** Ends the worker now (a later run starts a new one). */
  stop(): void {
    clearTimeout(this.idle);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private enqueue<T>(job: WarmJob, onProgress: (fraction: number, stage: string) => void): Promise<T> {
    const task = this.queue.then(() => this.runNow<T>(job, onProgress));
    this.queue = task.catch(() => {});
    return task;
  }

  private runNow<T>(job: WarmJob, onProgress: (fraction: number, stage: string) => void): Promise<T> {
    clearTimeout(this.idle);
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    this.jobs[job.job]++;
    worker.ref(); // a run in progress keeps the process alive, as a fresh worker would
    worker.postMessage({ type: 'run', id, ...job });
    return awaitRun<T>(worker, id, onProgress).finally(() => {
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
 * (every live-session update) go to the warm worker; large ones get a fresh worker.
 */
export function runInWorker(
  items: SynthesisInput[],
  options: Omit<SynthesisOptions, 'onProgress'>,
  onProgress: (fraction: number, stage: string) => void = () => {},
): Promise<SynthesisResult> {
  if (items.length < OWN_WORKER_MIN_ITEMS) return warmWorker.run(items, options, onProgress);
  const worker = startWorker({ role: 'synthesise', items, options });
  return awaitRun<SynthesisResult>(worker, undefined, onProgress).finally(() => void worker.terminate());
}
