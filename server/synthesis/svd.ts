/**
 * Latent semantic analysis: a randomized truncated SVD (Halko, Martinsson & Tropp 2011) of the
 * sparse TF-IDF matrix. Short suggestions share few literal terms; projecting onto the top
 * singular directions lets "modal" and "pinjaman" meet through the texts that use both.
 */
import { createRng } from './prng.js';
import { mulDense, mulTransposeDense, type Csr } from './sparse.js';
import { gram, orthonormalise, symmetricEigen } from './linalg.js';

export interface SvdBasis {
  /** rank actually kept */
  rank: number;
  /** right singular vectors V (cols x rank, row-major): X * V = U * sigma, the LSA coordinates */
  components: Float64Array;
  singularValues: Float64Array;
}

export interface SvdOptions {
  rank: number;
  oversample?: number;
  powerIterations?: number;
  seed: number;
}

/** The columns a matrix uses, renumbered densely (the SVD's cost grows with its column count). */
function compactColumns(x: Csr): { matrix: Csr; used: Int32Array } {
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
  return { matrix: { ...x, cols: used.length, indices }, used: Int32Array.from(used) };
}

/** Fits the top singular directions of X (rows x cols). */
export function fitSvd(input: Csr, opts: SvdOptions): SvdBasis {
  const { matrix: x, used } = compactColumns(input);
  const rank = Math.max(1, Math.min(opts.rank, x.rows - 1, x.cols - 1));
  const l = Math.max(1, Math.min(rank + (opts.oversample ?? 10), x.rows, x.cols));
  const rng = createRng(opts.seed);
  // Random signs instead of Gaussians: the same range-finding guarantees in practice, cheaper.
  const omega = new Float64Array(x.cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = rng() < 0.5 ? -1 : 1;
  let y = mulDense(x, omega, l);
  const iterations = opts.powerIterations ?? 1;
  // Power iterations sharpen the spectrum. Like scikit-learn for few iterations, the column-space
  // side is not re-orthonormalised; the row side gets one Cholesky-QR pass, two at the end.
  orthonormalise(y, x.rows, l, iterations === 0 ? 2 : 1);
  for (let it = 0; it < iterations; it++) {
    y = mulDense(x, mulTransposeDense(x, y, l), l);
    orthonormalise(y, x.rows, l, it === iterations - 1 ? 2 : 1);
  }
  // B = Q^T X; B B^T = Z^T Z with Z = X^T Q (cols x l).
  const z = mulTransposeDense(x, y, l);
  const { values, vectors } = symmetricEigen(gram(z, x.cols, l), l);
  const sigma = new Float64Array(rank);
  for (let j = 0; j < rank; j++) sigma[j] = Math.sqrt(Math.max(values[j]!, 0));
  // Right singular vectors V = Z W / sigma, scattered back to the original column ids.
  const components = new Float64Array(input.cols * rank);
  // w^T (rank x l): each component is then a contiguous dot product over l.
  const wt = new Float64Array(rank * l);
  for (let j = 0; j < rank; j++) {
    if (sigma[j]! <= 1e-12) continue;
    for (let a = 0; a < l; a++) wt[j * l + a] = vectors[a * l + j]! / sigma[j]!;
  }
  for (let r = 0; r < x.cols; r++) {
    const o = used[r]! * rank;
    const zr = r * l;
    for (let j = 0; j < rank; j++) {
      const wj = j * l;
      let s0 = 0;
      let s1 = 0;
      let a = 0;
      for (; a + 1 < l; a += 2) {
        s0 += z[zr + a]! * wt[wj + a]!;
        s1 += z[zr + a + 1]! * wt[wj + a + 1]!;
      }
      if (a < l) s0 += z[zr + a]! * wt[wj + a]!;
      components[o + j] = s0 + s1;
    }
  }
  return { rank, components, singularValues: sigma };
}

/** Embeds rows of X as X * V (U * sigma), L2-normalised per row. Returns rows x rank, row-major. */
export function embed(x: Csr, svd: SvdBasis): Float32Array {
  const { rank, components } = svd;
  const y = mulDense(x, components, rank);
  const out = new Float32Array(x.rows * rank);
  for (let i = 0; i < x.rows; i++) {
    let s = 0;
    for (let j = 0; j < rank; j++) s += y[i * rank + j]! ** 2;
    const n = Math.sqrt(s);
    if (n > 0) for (let j = 0; j < rank; j++) out[i * rank + j] = y[i * rank + j]! / n;
  }
  return out;
}
