/**
 * Documents (their analysed terms) -> sparse TF-IDF rows. Features are stems and stem bigrams
 * inside a phrase ("akses modal"); terms in fewer than minDf documents are dropped, weights are
 * sublinear TF x smoothed IDF, rows L2-normalised (scikit-learn's TfidfVectorizer conventions).
 */
import type { Term } from './analyser.js';

/** Compressed sparse rows. */
export interface Csr {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  data: Float64Array;
}

export interface Vectors {
  matrix: Csr;
  /** feature id -> key: a stem, or two stems joined by a space */
  features: string[];
  /** documents containing each feature */
  df: Int32Array;
  idf: Float64Array;
  /**
   * Per row, the share of its full TF-IDF norm that its kept features carry (0 for an empty row):
   * a row times this is its part of the unfiltered unit row. Features dropped below minDf = 2 are
   * in one document only, so cosines of rows scaled by it are the cosines of the whole texts.
   */
  kept: Float64Array;
}

export interface VectoriseOptions {
  /** keep features found in at least this many documents (default 2; 1 below 30 documents) */
  minDf?: number;
  /** also stem bigrams (default true) */
  bigrams?: boolean;
}

/** The feature keys of one document, with repeats (unigrams, then bigrams within phrases). */
export function featureKeys(terms: readonly Term[], bigrams = true): string[] {
  const keys = terms.map((t) => t.stem);
  if (bigrams) for (let i = 1; i < terms.length; i++) if (!terms[i]!.phraseStart && terms[i]!.stem !== terms[i - 1]!.stem) keys.push(`${terms[i - 1]!.stem} ${terms[i]!.stem}`);
  return keys;
}

export function vectorise(docs: ReadonlyArray<readonly Term[]>, options: VectoriseOptions = {}): Vectors {
  const n = docs.length;
  const minDf = options.minDf ?? (n < 30 ? 1 : 2);
  const counts = docs.map((terms) => {
    const c = new Map<string, number>();
    for (const k of featureKeys(terms, options.bigrams ?? true)) c.set(k, (c.get(k) ?? 0) + 1);
    return c;
  });
  const dfByKey = new Map<string, number>();
  for (const c of counts) for (const k of c.keys()) dfByKey.set(k, (dfByKey.get(k) ?? 0) + 1);
  const features = [...dfByKey].filter(([, d]) => d >= minDf).map(([k]) => k).sort();
  const ids = new Map(features.map((k, i) => [k, i]));
  const df = Int32Array.from(features, (k) => dfByKey.get(k) ?? 0);
  const idf = Float64Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);

  const indptr = new Int32Array(n + 1);
  const indices: number[] = [];
  const data: number[] = [];
  const kept = new Float64Array(n);
  counts.forEach((c, d) => {
    const row: Array<[number, number]> = [];
    let full = 0;
    for (const [k, tf] of c) {
      const id = ids.get(k);
      const w = (1 + Math.log(tf)) * (id !== undefined ? idf[id]! : Math.log((1 + n) / (1 + (dfByKey.get(k) ?? 0))) + 1);
      full += w * w;
      if (id !== undefined) row.push([id, w]);
    }
    row.sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, w] of row) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    kept[d] = row.length > 0 ? norm / Math.sqrt(full) : 0;
    for (const [id, w] of row) {
      indices.push(id);
      data.push(w / norm);
    }
    indptr[d + 1] = indices.length;
  });
  return { matrix: { rows: n, cols: features.length, indptr, indices: Int32Array.from(indices), data: Float64Array.from(data) }, features, df, idf, kept };
}

/** Rows of m as a new matrix (in the given order). */
export function selectRows(m: Csr, rows: ArrayLike<number>): Csr {
  const indptr = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) indptr[i + 1] = indptr[i]! + m.indptr[rows[i]! + 1]! - m.indptr[rows[i]!]!;
  const indices = new Int32Array(indptr[rows.length]!);
  const data = new Float64Array(indices.length);
  for (let i = 0; i < rows.length; i++) {
    const from = m.indptr[rows[i]!]!;
    const len = m.indptr[rows[i]! + 1]! - from;
    indices.set(m.indices.subarray(from, from + len), indptr[i]!);
    data.set(m.data.subarray(from, from + len), indptr[i]!);
  }
  return { rows: rows.length, cols: m.cols, indptr, indices, data };
}
