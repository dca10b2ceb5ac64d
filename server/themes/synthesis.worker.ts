/**
 * Worker-thread entry: runs the synthesis engine off the main event loop and posts progress.
 * Messages out: {type:'progress', fraction, stage} ... then {type:'done', result} or {type:'error'}.
 * With workerData.role 'duplicates' it is instead the helper that runs a synthesis's
 * near-duplicate search alongside its clustering (synthesiseOffloaded).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runPackedDuplicatesJob, synthesiseOffloaded, type PackedDuplicatesJob } from '../synthesis/offload.js';
import type { SynthesisInput, SynthesisOptions } from '../synthesis/types.js';
import { duplicatesInHelper } from './synthesis.runner.js';

type Data =
  | { role: 'duplicates'; job: PackedDuplicatesJob }
  | { role?: 'synthesise'; items: SynthesisInput[]; options: Omit<SynthesisOptions, 'onProgress'> };

const data = workerData as Data;
try {
  if (data.role === 'duplicates') {
    parentPort?.postMessage({ type: 'done', result: runPackedDuplicatesJob(data.job) });
  } else {
    let last = 0;
    const result = await synthesiseOffloaded(
      data.items,
      {
        ...data.options,
        onProgress: (fraction, stage) => {
          const now = Date.now();
          if (now - last < 100 && fraction < 1) return; // at most ten progress messages a second
          last = now;
          parentPort?.postMessage({ type: 'progress', fraction, stage });
        },
      },
      (job) => duplicatesInHelper(job),
    );
    parentPort?.postMessage({ type: 'done', result });
  }
} catch (err) {
  parentPort?.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}
