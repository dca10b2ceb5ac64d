/**
 * Document-term matrix: uni-, bi- and tri-gram keyphrases over stem ids, document-frequency
 * filtering, sublinear TF x smoothed IDF, L2-normalised rows (sparse, typed arrays).
 */
import type { AnalysedDoc } from './analyse.js';
import { normaliseRows, type Csr } from './sparse.js';

export interface VectoriseOptions {
  /** longest keyphrase, in words (1-3) */
  ngramMax: number;
  /** keep terms in at least this many documents */
  minDf: number;
  /** n-grams (2+ words) need at least this many documents */
  minDfPhrase: number;
  /** drop terms in more than this share of documents */
  maxDfRatio: number;
  /** weight of bi/tri-gram columns relative to unigrams */
  phraseWeight: number;
}

export interface Vocabulary {
  /** stem ids of each column's keyphrase */
  terms: Int32Array[];
  /** documents containing each column */
  df: Int32Array;
  idf: Float64Array;
}

export interface Vectorised {
  matrix: Csr;
  vocabulary: Vocabulary;
  /** document frequency of every n-gram up to three words (labels need the rare ones too) */
  ngramDf: Map<NgramKey, number>;
}

const SHIFT = 4194304; // 2^22 stem ids; bigram keys stay exact doubles

/** Calls fn(key, length) for every n-gram of a document (not crossing phrase starts). */
export function forEachNgram(
  doc: AnalysedDoc,
  ngramMax: number,
  fn: (key: NgramKey, n: number, start: number) => void,
): void {
  const s = doc.stems;
  for (let i = 0; i < s.length; i++) {
    fn(s[i]!, 1, i);
    if (ngramMax >= 2 && i + 1 < s.length && !doc.phraseStart[i + 1] && s[i + 1] !== s[i]) {
      fn((s[i]! + 1) * SHIFT + s[i + 1]!, 2, i);
      if (ngramMax >= 3 && i + 2 < s.length && !doc.phraseStart[i + 2]) fn(`${s[i]},${s[i + 1]},${s[i + 2]}`, 3, i);
    }
  }
}

/** An n-gram of stem ids: a number for 1-2 words, "a,b,c" for three. */
export type NgramKey = number | string;

/** The n-gram key of a stem sequence (inverse of keyStems). */
export function ngramKey(stems: ArrayLike<number>): NgramKey {
  if (stems.length === 1) return stems[0]!;
  if (stems.length === 2) return (stems[0]! + 1) * SHIFT + stems[1]!;
  return Array.from(stems).join(',');
}

/** Stem ids of an n-gram key produced by forEachNgram. */
export function keyStems(key: NgramKey): Int32Array {
  if (typeof key === 'string') return Int32Array.from(key.split(',').map(Number));
  if (key < SHIFT) return Int32Array.of(key);
  const a = Math.floor(key / SHIFT) - 1;
  return Int32Array.of(a, key - (a + 1) * SHIFT);
}

export function vectorise(docs: readonly AnalysedDoc[], opts: VectoriseOptions): Vectorised {
  const n = docs.length;
  const df = new Map<NgramKey, number>();
  const seen = new Set<NgramKey>();
  for (const doc of docs) {
    seen.clear();
    forEachNgram(doc, 3, (key) => seen.add(key));
    for (const key of seen) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const maxDf = Math.max(opts.minDf, Math.floor(opts.maxDfRatio * n));
  const column = new Map<NgramKey, number>();
  const terms: Int32Array[] = [];
  const dfs: number[] = [];
  for (const [key, count] of df) {
    const length = typeof key === 'string' ? 3 : key >= SHIFT ? 2 : 1;
    if (length > opts.ngramMax) continue;
    const isPhrase = length > 1;
    if (count < (isPhrase ? opts.minDfPhrase : opts.minDf) || count > maxDf) continue;
    column.set(key, terms.length);
    terms.push(keyStems(key));
    dfs.push(count);
  }
  const cols = terms.length;
  const idf = new Float64Array(cols);
  for (let c = 0; c < cols; c++) {
    idf[c] = Math.log((1 + n) / (1 + dfs[c]!)) + 1;
    if (terms[c]!.length > 1) idf[c]! *= opts.phraseWeight;
  }
  const indptr = new Int32Array(n + 1);
  const indices: number[] = [];
  const data: number[] = [];
  const tf = new Map<number, number>();
  docs.forEach((doc, i) => {
    tf.clear();
    forEachNgram(doc, opts.ngramMax, (key) => {
      const c = column.get(key);
      if (c !== undefined) tf.set(c, (tf.get(c) ?? 0) + 1);
    });
    const cs = [...tf.keys()].sort((a, b) => a - b);
    for (const c of cs) {
      indices.push(c);
      data.push((1 + Math.log(tf.get(c)!)) * idf[c]!);
    }
    indptr[i + 1] = indices.length;
  });
  const matrix: Csr = { rows: n, cols, indptr, indices: Int32Array.from(indices), data: Float32Array.from(data) };
  normaliseRows(matrix);
  return { matrix, vocabulary: { terms, df: Int32Array.from(dfs), idf }, ngramDf: df };
}
