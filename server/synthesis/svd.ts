/**
 * Latent semantic analysis: a randomized truncated SVD (Halko, Martinsson & Tropp 2011) of the
 * sparse TF-IDF matrix. Short suggestions share few literal terms; projecting onto the top
 * singular directions lets "modal" and "pinjaman" meet through the texts that use both.
 */
import { createRng } from './prng.js';
import { mulDense, mulTransposeDense, type Csr } from './sparse.js';
import { orthonormalise, symmetricCross } from './linalg.js';
import { symmetricEigen } from './eigen.js';

export interface SvdBasis {
  /** rank actually kept */
  rank: number;
  /** input column -> row of components, or -1 for a column the fitted rows never use (V is 0) */
  local: Int32Array;
  /**
   * Right singular vectors V (used columns x rank, row-major): X * V = U * sigma, the LSA
   * coordinates. Only used columns and float32: embedding 100k rows streams V once per stored
   * value, and a compact float32 V stays in cache where a full float64 one (cols x rank) did not.
   */
  components: Float32Array;
  singularValues: Float64Array;
}

export interface SvdOptions {
  rank: number;
  oversample?: number;
  powerIterations?: number;
  seed: number;
}

/** The columns a matrix uses, renumbered densely (the SVD's cost grows with its column count). */
function compactColumns(x: Csr): { matrix: Csr; local: Int32Array } {
  const local = new Int32Array(x.cols).fill(-1);
  const used: number[] = [];
  const indices = new Int32Array(x.indices.length);
  for (let p = 0; p < x.indices.length; p++) {
    const c = x.indices[p]!;
    if (local[c] === -1) {
      local[c] = used.length;
      used.push(c);
    }
    indices[p] = local[c]!;
  }
  return { matrix: { ...x, cols: used.length, indices }, local };
}

/** Fits the top singular directions of X (rows x cols). */
export function fitSvd(input: Csr, opts: SvdOptions): SvdBasis {
  const { matrix: x, local } = compactColumns(input);
  const rank = Math.max(1, Math.min(opts.rank, x.rows - 1, x.cols - 1));
  const l = Math.max(1, Math.min(rank + (opts.oversample ?? 10), x.rows, x.cols));
  const rng = createRng(opts.seed);
  // Random signs instead of Gaussians: the same range-finding guarantees in practice, cheaper.
  const omega = new Float64Array(x.cols * l);
  // Each PRNG draw gives 32 signs (the draws were a visible cost with 20k columns x 90).
  for (let i = 0; i < omega.length; i += 32) {
    const bits = rng() * 4294967296;
    for (let b = 0; b < 32 && i + b < omega.length; b++) omega[i + b] = (bits >>> b) & 1 ? 1 : -1;
  }
  let y = mulDense(x, omega, l);
  const iterations = opts.powerIterations ?? 1;
  // Power iterations sharpen the spectrum. Like scikit-learn for few iterations, nothing is
  // re-orthonormalised on the way (X X^T X Omega spans the same range; with one iteration its
  // conditioning stays far inside what Cholesky-QR handles); the last block gets a second pass
  // when the first finds it ill-conditioned (orthonormalise).
  if (iterations === 0) orthonormalise(y, x.rows, l);
  // Omega is dead from here: its buffer (cols x l) takes each X^T product in turn.
  for (let it = 0; it < iterations; it++) {
    y = mulDense(x, mulTransposeDense(x, y, l, omega), l);
    orthonormalise(y, x.rows, l, it === iterations - 1 ? undefined : 1);
  }
  // B = Q^T X; B B^T = Z^T Z with Z = X^T Q (cols x l), computed as Q^T (X Z): rows x l^2
  // instead of cols x l^2 (a 2,000-row sample uses ~10k columns).
  const z = mulTransposeDense(x, y, l, omega);
  const { values, vectors } = symmetricEigen(symmetricCross(y, mulDense(x, z, l), x.rows, l), l);
  const sigma = new Float64Array(rank);
  for (let j = 0; j < rank; j++) sigma[j] = Math.sqrt(Math.max(values[j]!, 0));
  // Right singular vectors V = Z W / sigma, per used column.
  const components = new Float32Array(x.cols * rank);
  // w^T (rank x l): each component is then a contiguous dot product over l.
  const wt = new Float64Array(rank * l);
  for (let j = 0; j < rank; j++) {
    if (sigma[j]! <= 1e-12) continue;
    for (let a = 0; a < l; a++) wt[j * l + a] = vectors[a * l + j]! / sigma[j]!;
  }
  // cols x rank dots of length l: the largest product of the fit. Two columns x four components
  // per pass share every load (register blocking: ~1.6x faster than one column x four, which was
  // itself ~1.6x faster than one dot at a time).
  let r = 0;
  for (; r + 1 < x.cols; r += 2) componentsOf(z, wt, components, r, 2, rank, l);
  if (r < x.cols) componentsOf(z, wt, components, r, 1, rank, l);
  return { rank, local, components, singularValues: sigma };
}

/** components[r..r+rows) = z[r..r+rows) * wt^T (rows x rank), blocked 2 x 4 (rows is 1 or 2). */
function componentsOf(z: Float64Array, wt: Float64Array, components: Float32Array, r: number, rows: number, rank: number, l: number): void {
  const o = r * rank;
  const za = r * l;
  // A single last row reads its own data twice rather than past the end.
  const zb = rows === 2 ? za + l : za;
  let j = 0;
  for (; j + 3 < rank; j += 4) {
    const w0 = j * l;
    const w1 = w0 + l;
    const w2 = w1 + l;
    const w3 = w2 + l;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let b0 = 0;
    let b1 = 0;
    let b2 = 0;
    let b3 = 0;
    for (let a = 0; a < l; a++) {
      const p = z[za + a]!;
      const q = z[zb + a]!;
      const v0 = wt[w0 + a]!;
      const v1 = wt[w1 + a]!;
      const v2 = wt[w2 + a]!;
      const v3 = wt[w3 + a]!;
      a0 += p * v0;
      a1 += p * v1;
      a2 += p * v2;
      a3 += p * v3;
      b0 += q * v0;
      b1 += q * v1;
      b2 += q * v2;
      b3 += q * v3;
    }
    components[o + j] = a0;
    components[o + j + 1] = a1;
    components[o + j + 2] = a2;
    components[o + j + 3] = a3;
    if (rows === 2) {
      components[o + rank + j] = b0;
      components[o + rank + j + 1] = b1;
      components[o + rank + j + 2] = b2;
      components[o + rank + j + 3] = b3;
    }
  }
  for (; j < rank; j++) {
    for (let q = 0; q < rows; q++) {
      let s0 = 0;
      for (let a = 0; a < l; a++) s0 += z[za + q * l + a]! * wt[j * l + a]!;
      components[o + q * rank + j] = s0;
    }
  }
}

/** Embeds rows of X as X * V (U * sigma), L2-normalised per row. Returns rows x rank, row-major. */
export function embed(x: Csr, svd: SvdBasis): Float32Array {
  const { rank, components, local } = svd;
  const out = new Float32Array(x.rows * rank);
  const y = new Float64Array(rank);
  // The row's stored values that have a component row: (offset of that row, value), in order.
  const at = new Int32Array(x.cols);
  const val = new Float64Array(x.cols);
  for (let i = 0; i < x.rows; i++) {
    let m = 0;
    for (let p = x.indptr[i]!; p < x.indptr[i + 1]!; p++) {
      const r = local[x.indices[p]!]!;
      if (r < 0) continue;
      at[m] = r * rank;
      val[m++] = x.data[p]!;
    }
    y.fill(0);
    // Four, then two stored values per sweep over the rank: fewer loads and stores of y.
    let q = 0;
    for (; q + 3 < m; q += 4) {
      const oa = at[q]!;
      const ob = at[q + 1]!;
      const oc = at[q + 2]!;
      const od = at[q + 3]!;
      const va = val[q]!;
      const vb = val[q + 1]!;
      const vc = val[q + 2]!;
      const vd = val[q + 3]!;
      for (let j = 0; j < rank; j++) y[j]! += va * components[oa + j]! + vb * components[ob + j]! + vc * components[oc + j]! + vd * components[od + j]!;
    }
    for (; q + 1 < m; q += 2) {
      const oa = at[q]!;
      const ob = at[q + 1]!;
      const va = val[q]!;
      const vb = val[q + 1]!;
      for (let j = 0; j < rank; j++) y[j]! += va * components[oa + j]! + vb * components[ob + j]!;
    }
    if (q < m) {
      const oa = at[q]!;
      const va = val[q]!;
      for (let j = 0; j < rank; j++) y[j]! += va * components[oa + j]!;
    }
    let s = 0;
    for (let j = 0; j < rank; j++) s += y[j]! * y[j]!;
    const n = Math.sqrt(s);
    if (n > 0) for (let j = 0; j < rank; j++) out[i * rank + j] = y[j]! / n;
  }
  return out;
}
