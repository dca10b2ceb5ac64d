/**
 * Document-term matrix: uni-, bi- and tri-gram keyphrases over stem ids, document-frequency
 * filtering, sublinear TF x smoothed IDF, L2-normalised rows (sparse, typed arrays).
 */
import type { Corpus } from './analyse.js';
import { normaliseRows, sortRange, type Csr } from './sparse.js';
import { PairTable, sharedFloat32, sharedInt32, sharedSlice } from './pairs.js';

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
  /** stem ids of a column's keyphrase (one or two words) */
  termOf(column: number): Int32Array;
  /** documents containing each column */
  df: Int32Array;
  idf: Float64Array;
}

/**
 * Every uni/bi/tri-gram of the documents under a dense integer code (unigrams, then bigrams,
 * then trigrams), with its document frequency. Themes count phrases per theme in typed arrays
 * indexed by code: no string keys, and no double keys (slow in Maps) in their hot loops.
 *
 * Trigrams only name themes, from the documents themes scan: indexTrigrams() codes those, and
 * counts their document frequency over every document. Coding every trigram of the corpus was a
 * second hash-table probe per token (a cache miss each at 100k suggestions) for phrases that
 * mostly sit in documents no theme scans.
 */
export class NgramDf {
  /** number of codes */
  size: number;
  /** per corpus token: the code of the bigram starting there, or -1 */
  readonly bigramAt: Int32Array;
  /**
   * per corpus token: the code of the trigram starting there (indexed documents), or -1; empty
   * until indexTrigrams() (a read past the end is undefined: no trigram either)
   */
  trigramAt: Int32Array;
  private readonly base2: number;
  private readonly base3: number;
  private trigrams = new PairTable(16);
  private df3 = new Int32Array(0);

  constructor(
    private readonly corpus: Corpus,
    private readonly df1: Int32Array,
    private readonly df2: Int32Array,
    private readonly bigrams: PairTable,
    bigramIds: Int32Array,
  ) {
    this.base2 = df1.length;
    this.base3 = this.base2 + bigrams.size;
    this.size = this.base3;
    for (let q = 0; q < bigramIds.length; q++) if (bigramIds[q]! >= 0) bigramIds[q]! += this.base2;
    this.bigramAt = bigramIds;
    this.trigramAt = new Int32Array(0);
  }

  /** code of (a, b) / (a, b, c), or -1 when no (indexed) document has it; a unigram's code is its stem id */
  bigram(a: number, b: number): number {
    const id = this.bigrams.get(a, b);
    return id < 0 ? -1 : this.base2 + id;
  }

  trigram(a: number, b: number, c: number): number {
    const id = this.bigrams.get(a, b);
    const t = id < 0 ? -1 : this.trigrams.get(id, c);
    return t < 0 ? -1 : this.base3 + t;
  }

  dfOf(code: number): number {
    return code < this.base2 ? this.df1[code]! : code < this.base3 ? this.df2[code - this.base2]! : this.df3[code - this.base3]!;
  }

  /** words in the n-gram of a code (1-3) */
  lengthOf(code: number): number {
    return code < this.base2 ? 1 : code < this.base3 ? 2 : 3;
  }

  keyOf(code: number): NgramKey {
    const { bigrams, base2, base3 } = this;
    if (code < base2) return code;
    if (code < base3) return bigramKey(bigrams.first[code - base2]!, bigrams.second[code - base2]!);
    const t = code - base3;
    const b = this.trigrams.first[t]!;
    return `${bigrams.first[b]},${bigrams.second[b]},${this.trigrams.second[t]}`;
  }

  /**
   * Codes the trigrams of the documents marked in `docs` (trigramAt) and counts the document
   * frequency of each over every document: those documents add, the others only look up.
   */
  indexTrigrams(docs: Uint8Array): void {
    const { n, offsets, stems: S, phraseStart } = this.corpus;
    const { bigramAt, base2 } = this;
    // Sized for the indexed documents' tokens (an upper bound of their trigrams): no rehashing.
    let indexed = 0;
    for (let d = 0; d < n; d++) if (docs[d] === 1) indexed += offsets[d + 1]! - offsets[d]!;
    const trigrams = new PairTable(indexed);
    const trigramAt = new Int32Array(S.length).fill(-1);
    // Indexed by trigram id (at most one per indexed token). Zero-filled, so the pages past the
    // last id are never touched; countedIn holds the last document that counted the id, plus 1.
    const df3 = new Int32Array(indexed + 1);
    const countedIn = new Int32Array(indexed + 1);
    for (const adding of [true, false]) {
      for (let d = 0; d < n; d++) {
        if ((docs[d] === 1) !== adding) continue;
        const end = offsets[d + 1]!;
        for (let t = offsets[d]!; t + 2 < end; t++) {
          const b = bigramAt[t]!;
          if (b < 0 || phraseStart[t + 2]) continue;
          const c = adding ? trigrams.add(b - base2, S[t + 2]!) : trigrams.get(b - base2, S[t + 2]!);
          if (c < 0) continue;
          if (adding) trigramAt[t] = this.base3 + c;
          if (countedIn[c] !== d + 1) {
            countedIn[c] = d + 1;
            df3[c]!++;
          }
        }
      }
    }
    this.trigrams = trigrams;
    this.df3 = df3;
    this.trigramAt = trigramAt;
    this.size = this.base3 + trigrams.size;
  }
}

export interface Vectorised {
  matrix: Csr;
  vocabulary: Vocabulary;
  /** document frequency of every n-gram up to three words (labels need the rare ones too) */
  ngramDf: NgramDf;
}

const SHIFT = 4194304; // 2^22 stem ids; bigram keys stay exact doubles

/** The key of the bigram (a, b). */
export const bigramKey = (a: number, b: number): number => (a + 1) * SHIFT + b;

/** An n-gram of stem ids: a number for 1-2 words, "a,b,c" for three. */
export type NgramKey = number | string;

/** The n-gram key of a stem sequence (inverse of keyStems). */
export function ngramKey(stems: ArrayLike<number>): NgramKey {
  if (stems.length === 1) return stems[0]!;
  if (stems.length === 2) return (stems[0]! + 1) * SHIFT + stems[1]!;
  return Array.from(stems).join(',');
}

/** Stem ids of an n-gram key (inverse of ngramKey). */
export function keyStems(key: NgramKey): Int32Array {
  if (typeof key === 'string') return Int32Array.from(key.split(',').map(Number));
  if (key < SHIFT) return Int32Array.of(key);
  const a = Math.floor(key / SHIFT) - 1;
  return Int32Array.of(a, key - (a + 1) * SHIFT);
}

/**
 * Every n-gram of every document, counted in one pass over the stem ids: unigram ids index
 * arrays directly, bi- and trigrams get dense ids from PairTables (no string or double keys).
 * Columns keep the order in which n-grams are first met (the order of the earlier Map-based
 * counting, so the randomized SVD sees the same column order).
 */
export function vectorise(corpus: Corpus, opts: VectoriseOptions): Vectorised {
  const { n, offsets, stems: S, phraseStart } = corpus;
  const tokens = S.length;
  let stems = 0;
  for (let t = 0; t < tokens; t++) if (S[t]! >= stems) stems = S[t]! + 1;
  const df1 = new Int32Array(stems);
  // The last document (plus 1) that counted each unigram / bigram; sized for the most ids a run
  // can have (bigram ids < tokens) and zero-filled: no growth, and unused pages never touched.
  const countedIn1 = new Int32Array(stems);
  const bigrams = new PairTable(tokens >> 2);
  const df2 = new Int32Array(tokens + 1);
  const countedIn2 = new Int32Array(tokens + 1);
  // first-seen order of unigrams (u) and bigrams (-1 - id); the bigram id at each token (-1: none)
  const order = new Int32Array(stems + tokens + 1);
  let seen = 0;
  const bigramAt = new Int32Array(tokens);
  for (let d = 0; d < n; d++) {
    const end = offsets[d + 1]!;
    for (let t = offsets[d]!; t < end; t++) {
      const u = S[t]!;
      if (countedIn1[u] !== d + 1) {
        countedIn1[u] = d + 1;
        if (df1[u]!++ === 0) order[seen++] = u;
      }
      bigramAt[t] = -1;
      if (t + 1 >= end || phraseStart[t + 1] || S[t + 1] === u) continue;
      const b = bigrams.add(u, S[t + 1]!);
      bigramAt[t] = b;
      if (countedIn2[b] !== d + 1) {
        countedIn2[b] = d + 1;
        if (df2[b]!++ === 0) order[seen++] = -1 - b;
      }
    }
  }
  const maxDf = Math.max(opts.minDf, Math.floor(opts.maxDfRatio * n));
  const col1 = new Int32Array(stems).fill(-1);
  const col2 = new Int32Array(bigrams.size).fill(-1);
  // Each column's keyphrase: first stem, and second stem or -1 (flat: 230k columns at 100k).
  const first = new Int32Array(seen);
  const second = new Int32Array(seen);
  const dfs = new Int32Array(seen);
  let cols = 0;
  for (let q = 0; q < seen; q++) {
    const o = order[q]!;
    const isPhrase = o < 0;
    if (isPhrase && opts.ngramMax < 2) continue;
    const count = isPhrase ? df2[-1 - o]! : df1[o]!;
    if (count < (isPhrase ? opts.minDfPhrase : opts.minDf) || count > maxDf) continue;
    if (isPhrase) col2[-1 - o] = cols;
    else col1[o] = cols;
    first[cols] = isPhrase ? bigrams.first[-1 - o]! : o;
    second[cols] = isPhrase ? bigrams.second[-1 - o]! : -1;
    dfs[cols++] = count;
  }
  const idf = new Float64Array(cols);
  for (let c = 0; c < cols; c++) {
    idf[c] = Math.log((1 + n) / (1 + dfs[c]!)) + 1;
    if (second[c]! >= 0) idf[c]! *= opts.phraseWeight;
  }
  // Second pass: term counts per document through a dense counter and the list of touched columns.
  // The matrix and df go to the near-duplicates job (a helper thread at 100k): shared arrays.
  const indptr = sharedInt32(n + 1);
  // Sized for the most values a run can store; the matrix views the filled part (pages never
  // written are never mapped: no copy to an exact size).
  const indices = sharedInt32(Math.max(16, tokens * 2));
  const data = sharedFloat32(indices.length);
  const tf = new Int32Array(cols);
  const touched = new Int32Array(cols);
  let nnz = 0;
  for (let d = 0; d < n; d++) {
    let m = 0;
    const end = offsets[d + 1]!;
    for (let t = offsets[d]!; t < end; t++) {
      const c1 = col1[S[t]!]!;
      if (c1 >= 0 && tf[c1]!++ === 0) touched[m++] = c1;
      const b = bigramAt[t]!;
      const c2 = b >= 0 ? col2[b]! : -1;
      if (c2 >= 0 && tf[c2]!++ === 0) touched[m++] = c2;
    }
    sortRange(touched, 0, m);
    for (let q = 0; q < m; q++) {
      const c = touched[q]!;
      indices[nnz] = c;
      // Sublinear tf: 1 + log(tf), which is 1 for most terms (no log call for them).
      data[nnz++] = tf[c] === 1 ? idf[c]! : (1 + Math.log(tf[c]!)) * idf[c]!;
      tf[c] = 0;
    }
    indptr[d + 1] = nnz;
  }
  const matrix: Csr = { rows: n, cols, indptr, indices: indices.subarray(0, nnz), data: data.subarray(0, nnz) };
  normaliseRows(matrix);
  const ngramDf = new NgramDf(corpus, df1, df2, bigrams, bigramAt);
  const termOf = (c: number): Int32Array => (second[c]! < 0 ? Int32Array.of(first[c]!) : Int32Array.of(first[c]!, second[c]!));
  return { matrix, vocabulary: { termOf, df: sharedSlice(dfs, cols), idf }, ngramDf };
}
