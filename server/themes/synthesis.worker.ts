/**
 * Worker-thread entry: runs the synthesis engine off the main event loop and posts progress.
 * Messages out: {type:'progress', fraction, stage} ... then {type:'done', result} or {type:'error'}.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { synthesise } from '../synthesis/index.js';
import type { SynthesisInput, SynthesisOptions } from '../synthesis/types.js';

const { items, options } = workerData as { items: SynthesisInput[]; options: Omit<SynthesisOptions, 'onProgress'> };
let last = 0;
try {
  const result = synthesise(items, {
    ...options,
    onProgress: (fraction, stage) => {
      const now = Date.now();
      if (now - last < 100 && fraction < 1) return; // at most ten progress messages a second
      last = now;
      parentPort?.postMessage({ type: 'progress', fraction, stage });
    },
  });
  parentPort?.postMessage({ type: 'done', result });
} catch (err) {
  parentPort?.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}
