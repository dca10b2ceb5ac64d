/**
 * Latent semantic analysis: a randomized truncated SVD (Halko, Martinsson & Tropp 2011) of the
 * sparse TF-IDF matrix. Short suggestions share few literal terms; projecting onto the top
 * singular directions lets "modal" and "pinjaman" meet through the texts that use both.
 */
import { createRng, gaussian } from './prng.js';
import { mulDense, mulTransposeDense, type Csr } from './sparse.js';
import { orthonormalise, symmetricEigen } from './linalg.js';

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

/** Fits the top singular directions of X (rows x cols). */
export function fitSvd(x: Csr, opts: SvdOptions): SvdBasis {
  const rank = Math.max(1, Math.min(opts.rank, x.rows - 1, x.cols - 1));
  const l = Math.min(rank + (opts.oversample ?? 10), x.rows, x.cols);
  const rng = createRng(opts.seed);
  const omega = new Float64Array(x.cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(rng);
  let y = mulDense(x, omega, l);
  // Intermediate bases only need to be roughly orthonormal: one Cholesky-QR pass each.
  orthonormalise(y, x.rows, l, 1);
  const iterations = opts.powerIterations ?? 2;
  for (let it = 0; it < iterations; it++) {
    const z = mulTransposeDense(x, y, l);
    orthonormalise(z, x.cols, l, 1);
    y = mulDense(x, z, l);
    orthonormalise(y, x.rows, l, it === iterations - 1 ? 2 : 1);
  }
  if (iterations === 0) orthonormalise(y, x.rows, l, 1);
  // B = Q^T X; B B^T = Z^T Z with Z = X^T Q (cols x l).
  const z = mulTransposeDense(x, y, l);
  const bbt = new Float64Array(l * l);
  for (let r = 0; r < x.cols; r++) {
    const o = r * l;
    for (let a = 0; a < l; a++) {
      const v = z[o + a]!;
      if (v === 0) continue;
      for (let b = a; b < l; b++) bbt[a * l + b]! += v * z[o + b]!;
    }
  }
  for (let a = 0; a < l; a++) for (let b = 0; b < a; b++) bbt[a * l + b] = bbt[b * l + a]!;
  const { values, vectors } = symmetricEigen(bbt, l);
  const sigma = new Float64Array(rank);
  for (let j = 0; j < rank; j++) sigma[j] = Math.sqrt(Math.max(values[j]!, 0));
  // Right singular vectors V = Z W / sigma.
  const components = new Float64Array(x.cols * rank);
  for (let r = 0; r < x.cols; r++) {
    for (let j = 0; j < rank; j++) {
      if (sigma[j]! < 1e-12) continue;
      let s = 0;
      for (let a = 0; a < l; a++) s += z[r * l + a]! * vectors[a * l + j]!;
      components[r * rank + j] = s / sigma[j]!;
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
