/**
 * Worker-thread entry: runs the synthesis engine off the main event loop and posts progress.
 * Messages out: {type:'progress', fraction, stage} ... then {type:'done', result} or {type:'error'}.
 * With workerData.role 'warm' it stays up and runs one job per {type:'run', id, job, items,
 * options} message, tagging its messages with the run's id (runInWorker's warm worker): job
 * 'synthesise' (themes), 'duplicates' (near-duplicate groups only) or 'fold-in' (new suggestions
 * joined to an earlier run's themes).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { findDuplicates, synthesise } from '../synthesis/index.js';
import { foldIn } from '../synthesis/fold-in.js';
import type { WarmJob } from './synthesis.runner.js';
import type { SynthesisInput, SynthesisOptions } from '../synthesis/types.js';

type Data = { role: 'warm' } | { role?: 'synthesise'; items: SynthesisInput[]; options: Omit<SynthesisOptions, 'onProgress'> };

/** onProgress that posts at most ten progress messages a second (and the last one). */
function throttledProgress(post: (fraction: number, stage: string) => void): (fraction: number, stage: string) => void {
  let last = 0;
  return (fraction, stage) => {
    const now = Date.now();
    if (now - last < 100 && fraction < 1) return;
    last = now;
    post(fraction, stage);
  };
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

type WarmRun = { type: 'run'; id: number } & WarmJob;

const data = workerData as Data;
try {
  if (data.role === 'warm') {
    // Small runs only (no helper thread): synthesise() here, one run per message, in order.
    parentPort!.on('message', (m: WarmRun) => {
      try {
        const onProgress = throttledProgress((fraction, stage) => parentPort!.postMessage({ type: 'progress', id: m.id, fraction, stage }));
        const result =
          m.job === 'duplicates' ? findDuplicates(m.items, m.options) : m.job === 'fold-in' ? foldIn(m.fit, m.items, m.options) : synthesise(m.items, { ...m.options, onProgress });
        parentPort!.postMessage({ type: 'done', id: m.id, result });
      } catch (err) {
        parentPort!.postMessage({ type: 'error', id: m.id, message: messageOf(err) });
      }
    });
  } else {
    const onProgress = throttledProgress((fraction, stage) => parentPort?.postMessage({ type: 'progress', fraction, stage }));
    parentPort?.postMessage({ type: 'done', result: synthesise(data.items, { ...data.options, onProgress }) });
  }
} catch (err) {
  parentPort?.postMessage({ type: 'error', message: messageOf(err) });
}
