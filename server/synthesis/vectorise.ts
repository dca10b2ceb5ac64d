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

/** Whether terms i - 1 and i make a bigram feature: inside one phrase, two different stems. */
const makesBigram = (terms: readonly Term[], i: number): boolean => !terms[i]!.phraseStart && terms[i]!.stem !== terms[i - 1]!.stem;

/** The feature keys of one document, with repeats (unigrams, then bigrams within phrases). */
export function featureKeys(terms: readonly Term[], bigrams = true): string[] {
  const keys = terms.map((t) => t.stem);
  if (bigrams) for (let i = 1; i < terms.length; i++) if (makesBigram(terms, i)) keys.push(`${terms[i - 1]!.stem} ${terms[i]!.stem}`);
  return keys;
}

export function vectorise(docs: ReadonlyArray<readonly Term[]>, options: VectoriseOptions = {}): Vectors {
  const n = docs.length;
  const minDf = options.minDf ?? (n < 30 ? 1 : 2);
  const keys = numberedKeys(docs, options.bigrams ?? true);
  // Documents holding each key: the last document counted is remembered per key.
  const dfOfKey = new Int32Array(keys.texts.length);
  const lastDoc = new Int32Array(keys.texts.length).fill(-1);
  keys.ofDoc.forEach((ks, d) => {
    for (const k of ks) {
      if (lastDoc[k] === d) continue;
      lastDoc[k] = d;
      dfOfKey[k]!++;
    }
  });
  const keptKeys = [...dfOfKey.keys()].filter((k) => dfOfKey[k]! >= minDf);
  const keptTexts = keptKeys.map((k) => keys.texts[k]!);
  const order = [...keptKeys.keys()].sort((a, b) => (keptTexts[a]! < keptTexts[b]! ? -1 : 1));
  const features = order.map((i) => keptTexts[i]!);
  const featureOf = new Int32Array(keys.texts.length).fill(-1);
  order.forEach((i, f) => (featureOf[keptKeys[i]!] = f));
  const df = Int32Array.from(order, (i) => dfOfKey[keptKeys[i]!]!);
  const idf = Float64Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);

  const indptr = new Int32Array(n + 1);
  const indices: number[] = [];
  const data: number[] = [];
  const kept = new Float64Array(n);
  const tfOf = new Int32Array(keys.texts.length);
  keys.ofDoc.forEach((ks, d) => {
    for (const k of ks) tfOf[k]!++;
    const row: Array<[number, number]> = [];
    let full = 0;
    // Each key once, in the order of its first use (tfOf is cleared as it goes).
    for (const k of ks) {
      const tf = tfOf[k]!;
      if (tf === 0) continue;
      tfOf[k] = 0;
      const id = featureOf[k]!;
      const w = (1 + Math.log(tf)) * (id >= 0 ? idf[id]! : Math.log((1 + n) / (1 + dfOfKey[k]!)) + 1);
      full += w * w;
      if (id >= 0) row.push([id, w]);
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

/**
 * featureKeys() of every document as numbers: a key is numbered when first met (a stem by its
 * string, a bigram by its two stems' numbers), so counting compares numbers, not strings.
 */
function numberedKeys(docs: ReadonlyArray<readonly Term[]>, bigrams: boolean): { ofDoc: Int32Array[]; texts: string[] } {
  const texts: string[] = [];
  const stemKey = new Map<string, number>();
  const stemsOf = docs.map((terms) =>
    terms.map((t) => {
      let k = stemKey.get(t.stem);
      if (k === undefined) {
        k = texts.push(t.stem) - 1;
        stemKey.set(t.stem, k);
      }
      return k;
    }),
  );
  // Bigram (a, b) is found under a * stems + b: exact while below 2^53.
  const stems = texts.length;
  const bigramKey = new Map<number, number>();
  const ofDoc = docs.map((terms, d) => {
    const ks = stemsOf[d]!;
    const out = ks.slice();
    if (bigrams) {
      for (let i = 1; i < terms.length; i++) {
        if (!makesBigram(terms, i)) continue;
        let k = bigramKey.get(ks[i - 1]! * stems + ks[i]!);
        if (k === undefined) {
          k = texts.push(`${texts[ks[i - 1]!]} ${texts[ks[i]!]}`) - 1;
          bigramKey.set(ks[i - 1]! * stems + ks[i]!, k);
        }
        out.push(k);
      }
    }
    return Int32Array.from(out);
  });
  return { ofDoc, texts };
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
