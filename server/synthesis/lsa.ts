/**
 * LSA: a truncated SVD of the TF-IDF matrix, by a randomized range finder (Halko, Martinsson &
 * Tropp 2011) fitted on a sample of rows, then every row projected onto the right singular
 * vectors and L2-normalised (scikit-learn's TruncatedSVD + Normalizer).
 */
import type { Csr } from './vectorise.js';
import { selectRows } from './vectorise.js';
import { gaussian, sampleIndices, type Rng } from './prng.js';
import { symmetricEigen } from './eigen.js';

/** Dense row-major rows, each of unit length (or zero). */
export interface Embedding {
  x: Float32Array;
  n: number;
  dims: number;
}

/** Rows fitted on: enough for the leading topics of any forum, small enough to stay cheap. */
const FIT_ROWS = 2000;
const OVERSAMPLE = 10;
const POWER_ITERATIONS = 2;

/** A (rows x cols, sparse) times B (cols x l, dense row-major), written over `out` (rows x l). */
function times(a: Csr, b: Float64Array, l: number, out: Float64Array = new Float64Array(a.rows * l)): Float64Array {
  out.fill(0);
  for (let i = 0; i < a.rows; i++) {
    const row = i * l;
    for (let p = a.indptr[i]!; p < a.indptr[i + 1]!; p++) {
      const v = a.data[p]!;
      const col = a.indices[p]! * l;
      for (let t = 0; t < l; t++) out[row + t]! += v * b[col + t]!;
    }
  }
  return out;
}

/** A^T (cols x rows) times B (rows x l, dense row-major), written over the start of `out` (returned). */
function transposeTimes(a: Csr, b: Float64Array, l: number, out: Float64Array): Float64Array {
  out.fill(0, 0, a.cols * l);
  for (let i = 0; i < a.rows; i++) {
    const row = i * l;
    for (let p = a.indptr[i]!; p < a.indptr[i + 1]!; p++) {
      const v = a.data[p]!;
      const col = a.indices[p]! * l;
      for (let t = 0; t < l; t++) out[col + t]! += v * b[row + t]!;
    }
  }
  return out;
}

/** The l columns of y (n x l, row-major), each contiguous. */
function columnsOf(y: Float64Array, n: number, l: number): Float64Array[] {
  const cols = Array.from({ length: l }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) cols[j]![i] = y[i * l + j]!;
  return cols;
}

/** Columns back to one row-major n x l matrix. */
function rowMajor(cols: readonly Float64Array[], n: number): Float64Array {
  const l = cols.length;
  const y = new Float64Array(n * l);
  for (let j = 0; j < l; j++) for (let i = 0; i < n; i++) y[i * l + j] = cols[j]![i]!;
  return y;
}

function dotColumns(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Orthonormalises columns in place (modified Gram-Schmidt). */
function orthonormalise(cols: Float64Array[]): void {
  for (let j = 0; j < cols.length; j++) {
    const cj = cols[j]!;
    for (let k = 0; k < j; k++) {
      const ck = cols[k]!;
      const dot = dotColumns(cj, ck);
      for (let i = 0; i < cj.length; i++) cj[i]! -= dot * ck[i]!;
    }
    const norm = Math.sqrt(dotColumns(cj, cj));
    for (let i = 0; i < cj.length; i++) cj[i] = norm > 1e-12 ? cj[i]! / norm : 0;
  }
}

/** The matrix over only the columns it uses (`columns`: new column -> original column). */
function compactColumns(m: Csr): Csr & { columns: Int32Array } {
  const used = new Int32Array(m.cols).fill(-1);
  const columns: number[] = [];
  const indices = Int32Array.from(m.indices, (c) => {
    if (used[c] === -1) {
      used[c] = columns.length;
      columns.push(c);
    }
    return used[c]!;
  });
  return { ...m, cols: columns.length, indices, columns: Int32Array.from(columns) };
}

/**
 * The top `dims` right singular vectors of m, fitted on a sample of rows: `v` (one row of `dims`
 * per column the sample uses), `rowOf` (m's column -> its row of v, or -1: a column the sample
 * does not use has a zero row).
 */
function rightSingularVectors(m: Csr, dims: number, rng: Rng): { v: Float64Array; rowOf: Int32Array; dims: number } {
  const sample = compactColumns(m.rows > FIT_ROWS ? selectRows(m, sampleIndices(m.rows, FIT_ROWS, rng)) : m);
  const l = Math.min(dims + OVERSAMPLE, sample.rows, sample.cols);
  const omega = new Float64Array(sample.cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(rng);
  const y = times(sample, omega, l);
  // Every A^T product below is written over omega, and every A product over y: fresh memory is
  // slow to touch on a VM (docs/synthesis.md), and these are the largest arrays of a run.
  const scratch = omega;
  // Power iterations orthonormalised once, at the end (Halko et al.'s Algorithm 4.3): sound while
  // sigma_1 / sigma_l stays far below 1e16^(1/5) ~ 1,600 (TF-IDF of short texts: 3-8).
  for (let q = 0; q < POWER_ITERATIONS; q++) times(sample, transposeTimes(sample, y, l, scratch), l, y);
  const q = columnsOf(y, sample.rows, l);
  orthonormalise(q);
  const qRows = rowMajor(q, sample.rows);
  // B = Q^T A (l x cols): B B^T = Q^T (A A^T Q), symmetric; B = W S V^T gives V = A^T Q W / S.
  const aaq = columnsOf(times(sample, transposeTimes(sample, qRows, l, scratch), l, y), sample.rows, l);
  const gram = new Float64Array(l * l);
  for (let i = 0; i < l; i++) for (let j = i; j < l; j++) gram[i * l + j] = gram[j * l + i] = dotColumns(q[i]!, aaq[j]!);
  const { values, vectors } = symmetricEigen(gram, l);
  const k = Math.min(dims, l);
  // U = Q W S^-1 (rows x k), then V = A^T U: the same as A^T Q W S^-1, through the sparse matrix.
  const ws = new Float64Array(k * l);
  for (let c = 0; c < k; c++) for (let j = 0; j < l; j++) ws[c * l + j] = values[c]! > 1e-12 ? vectors[j * l + c]! / Math.sqrt(values[c]!) : 0;
  const u = new Float64Array(sample.rows * k);
  for (let r = 0; r < sample.rows; r++) {
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < l; j++) s += qRows[r * l + j]! * ws[c * l + j]!;
      u[r * k + c] = s;
    }
  }
  const rowOf = new Int32Array(m.cols).fill(-1);
  sample.columns.forEach((c, r) => (rowOf[c] = r));
  return { v: transposeTimes(sample, u, k, scratch), rowOf, dims: k };
}

/** Every row of m in the LSA space, L2-normalised. */
export function lsaEmbedding(m: Csr, dims: number, rng: Rng): Embedding {
  const { v, rowOf, dims: k } = rightSingularVectors(m, dims, rng);
  const out = new Float32Array(m.rows * k);
  const x = new Float64Array(k);
  for (let i = 0; i < m.rows; i++) {
    x.fill(0);
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) {
      const r = rowOf[m.indices[p]!]!;
      if (r < 0) continue;
      const w = m.data[p]!;
      for (let t = 0; t < k; t++) x[t]! += w * v[r * k + t]!;
    }
    let norm = 0;
    for (let t = 0; t < k; t++) norm += x[t]! ** 2;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let t = 0; t < k; t++) out[i * k + t] = x[t]! / norm;
  }
  return { x: out, n: m.rows, dims: k };
}

/** The TF-IDF rows themselves as a dense embedding (inputs too small for an SVD). */
export function denseEmbedding(m: Csr): Embedding {
  const x = new Float32Array(m.rows * m.cols);
  for (let i = 0; i < m.rows; i++) for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) x[i * m.cols + m.indices[p]!] = m.data[p]!;
  return { x, n: m.rows, dims: m.cols };
}
