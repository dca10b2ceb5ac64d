/**
 * synthesise() with a helper thread: the same steps (synthesisSteps), the same functions, so the
 * result is identical to synthesise(items, options) (test/synthesis/offload.test.ts). The helper
 * takes the two parts that need no answer until later:
 *   - the word half of the analysis (words.ts: normalise, stem, intern each distinct word), while
 *     this thread scans the texts into word ids (analyse.ts);
 *   - the near-duplicate search, while this thread runs LSA, choose-k and k-means.
 * Starting the helper thread is the caller's (server/themes/synthesis.runner.ts; the bench): this
 * module stays free of worker_threads. serveHelper() is the helper's side.
 */
import { InlineDriver, runDuplicatesJob, synthesisSteps, type DuplicateGroups, type DuplicatesJob, type PipelineAnswer } from './index.js';
import { WordStage, lexicalOptions, type AnalysedWords, type LexicalOptions } from './words.js';
import { preloadStemmer } from './stem.js';
import type { WordBatch } from './analyse.js';
import type { SynthesisInput, SynthesisOptions, SynthesisResult } from './types.js';

/**
 * From this many items the word analysis goes to the helper. Below it the helper's start-up (a
 * second V8 isolate loading the code and the dictionaries, while this thread scans) costs what it
 * saves. Measured on the bench machine, time to the end of the analysis, helper vs this thread:
 * 10k ~0.45 vs ~0.35 s, 20k about even, 40k ~0.43 vs ~0.50 s, 100k ~0.62 vs ~0.79 s.
 */
export const WORDS_OFFLOAD_MIN_ITEMS = 30_000;

/**
 * From this many items the near-duplicate search goes to the helper too. Below it, on the 2-core
 * bench machine, a second busy thread slows the first (shared caches, memory bandwidth, and the
 * JIT compiler's own thread) about as much as the search costs (10k: ~0.05 s slower offloaded;
 * 30k: even; 100k: ~0.25 s faster).
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

export function runPackedDuplicatesJob(p: PackedDuplicatesJob): DuplicateGroups {
  return runDuplicatesJob({
    matrix: { rows: p.rows, cols: p.cols, indptr: p.indptr, indices: p.indices, data: p.data },
    df: p.df,
    stems: { stems: p.stems, offsets: p.stemOffsets },
    threshold: p.threshold,
  });
}

/** The synthesis side of a helper thread (the runner wraps a Worker in it). */
export interface SynthesisHelper {
  /** Queues a batch of new distinct words (answered all together by analysedWords). */
  words(batch: WordBatch): void;
  analysedWords(): Promise<AnalysedWords>;
  duplicates(job: PackedDuplicatesJob): Promise<DuplicateGroups>;
  /** Ends the helper (after the last answer, or on failure). */
  close(): void;
}

/** Starts a helper thread for a run with these word-analysis options. */
export type StartHelper = (lexical: LexicalOptions) => SynthesisHelper;

/** Messages to the helper thread (`begin` first), and its replies. */
export type HelperMessage =
  | { type: 'begin'; lexical: LexicalOptions }
  | { type: 'words'; batch: WordBatch }
  | { type: 'analysedWords' }
  | { type: 'duplicates'; job: PackedDuplicatesJob };
export type HelperReply =
  | { type: 'analysedWords'; result: AnalysedWords }
  | { type: 'duplicates'; result: DuplicateGroups }
  | { type: 'error'; message: string };

/**
 * The helper thread's side: returns the handler of its incoming messages; replies go to `reply`
 * (with the buffers it may transfer). The stemmer's dictionaries load at once: a helper can be
 * spawned before its run begins (while the caller still reads its input), and meanwhile the
 * main thread scans the first texts.
 */
export function serveHelper(reply: (message: HelperReply, transfer?: ArrayBuffer[]) => void): (message: HelperMessage) => void {
  preloadStemmer();
  let stage: WordStage | undefined;
  return (message) => {
    try {
      if (message.type === 'begin') stage = new WordStage(message.lexical);
      else if (message.type === 'words') stage!.add(message.batch);
      else if (message.type === 'analysedWords') {
        const result = stage!.finish();
        reply({ type: 'analysedWords', result }, [result.terms.buffer as ArrayBuffer]);
      } else {
        const result = runPackedDuplicatesJob(message.job);
        reply({ type: 'duplicates', result }, [result.offsets.buffer, result.rows.buffer, result.similarity.buffer] as ArrayBuffer[]);
      }
    } catch (err) {
      reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
}

/** From how many items each part goes to the helper (tests lower them). */
export interface OffloadThresholds {
  words: number;
  duplicates: number;
}

export async function synthesiseOffloaded(
  items: readonly SynthesisInput[],
  options: SynthesisOptions,
  startHelper: StartHelper,
  thresholds: OffloadThresholds = { words: WORDS_OFFLOAD_MIN_ITEMS, duplicates: OFFLOAD_MIN_ITEMS },
): Promise<SynthesisResult> {
  const offWords = items.length >= thresholds.words;
  const offDuplicates = items.length >= thresholds.duplicates;
  // Started first: its start-up overlaps this thread's scanning.
  const helper = offWords || offDuplicates ? startHelper(lexicalOptions(options)) : undefined;
  const inline = new InlineDriver(options);
  let pending: Promise<DuplicateGroups> | undefined;
  try {
    const steps = synthesisSteps(items, options);
    let step = steps.next();
    while (!step.done) {
      const request = step.value;
      let answer: PipelineAnswer;
      if (helper && offWords && 'words' in request) helper.words(request.words);
      else if (helper && offWords && 'analysedWords' in request) answer = await helper.analysedWords();
      else if (helper && offDuplicates && 'start' in request) {
        pending = helper.duplicates(packDuplicatesJob(request.start));
        // Settled below; until then a failure must not surface as an unhandled rejection.
        pending.catch(() => {});
      } else if (pending && 'collect' in request) answer = await pending;
      else answer = inline.answer(request);
      step = steps.next(answer);
    }
    return step.value;
  } finally {
    helper?.close();
  }
}
