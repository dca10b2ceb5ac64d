/**
 * synthesise() with the near-duplicate search on a second thread, alongside LSA, choose-k and
 * k-means (it only needs the TF-IDF matrix). Same steps, same inputs, same function
 * (runDuplicatesJob): the result is identical to synthesise(items, options)
 * (test/synthesis/offload.test.ts). Starting the helper thread is the caller's
 * (server/themes/synthesis.runner.ts; the bench); this module stays free of worker_threads.
 */
import { runDuplicatesJob, synthesisSteps, type DuplicateGroups, type DuplicatesJob } from './index.js';
import type { SynthesisInput, SynthesisOptions, SynthesisResult } from './types.js';

/**
 * Below this many items the helper does not pay: on the 2-core bench machine a second busy thread
 * slows the first (shared caches, memory bandwidth), and the helper's start-up and the job's copy
 * cost about what the search does (10k: ~0.05 s slower offloaded; 30k: even; 100k: ~0.25 s faster).
 */
export const OFFLOAD_MIN_ITEMS = 50_000;

/** A DuplicatesJob as flat typed arrays (one structured clone). */
export interface PackedDuplicatesJob {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  data: Float32Array;
  df: Int32Array;
  stemOffsets: Int32Array;
  stems: Int32Array;
  threshold: number;
}

export function packDuplicatesJob(job: DuplicatesJob): PackedDuplicatesJob {
  const { matrix, df, stems, threshold } = job;
  return { rows: matrix.rows, cols: matrix.cols, indptr: matrix.indptr, indices: matrix.indices, data: matrix.data, df, stemOffsets: stems.offsets, stems: stems.stems, threshold };
}

/** The helper's side. */
export function runPackedDuplicatesJob(p: PackedDuplicatesJob): DuplicateGroups {
  return runDuplicatesJob({
    matrix: { rows: p.rows, cols: p.cols, indptr: p.indptr, indices: p.indices, data: p.data },
    df: p.df,
    stems: { stems: p.stems, offsets: p.stemOffsets },
    threshold: p.threshold,
  });
}

/** Runs a packed job elsewhere (a worker thread) and resolves with its groups. */
export type RunRemotely = (job: PackedDuplicatesJob) => Promise<DuplicateGroups>;

export async function synthesiseOffloaded(
  items: readonly SynthesisInput[],
  options: SynthesisOptions,
  remote: RunRemotely,
  minItems = OFFLOAD_MIN_ITEMS,
): Promise<SynthesisResult> {
  const steps = synthesisSteps(items, options);
  let job: DuplicatesJob | undefined;
  let pending: Promise<DuplicateGroups> | undefined;
  let step = steps.next();
  while (!step.done) {
    if ('start' in step.value) {
      job = step.value.start;
      if (items.length >= minItems) {
        pending = remote(packDuplicatesJob(job));
        // Settled below; until then a failure must not surface as an unhandled rejection.
        pending.catch(() => {});
      }
      step = steps.next();
    } else step = steps.next(pending ? await pending : runDuplicatesJob(job!));
  }
  return step.value;
}
