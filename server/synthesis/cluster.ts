/**
 * Clustering of the TF-IDF rows: LSA (randomized SVD fitted on a sample of rows, applied to all)
 * then spherical k-means whose restarts run on a sample and whose winner is refined on all rows.
 * Sampling keeps 100k suggestions inside seconds; below the sample sizes nothing is sampled.
 */
import { fitSvd, embed } from './svd.js';
import { selectRows, type Csr } from './sparse.js';
import { createRng, sampleIndices } from './prng.js';
import { gatherRows, refine, sphericalKmeans, type KmeansResult } from './kmeans.js';
import type { SeedPartition } from './choose-k.js';

export interface ClusterTuning {
  /** LSA dimensions (0 = cluster the sparse rows' LSA is skipped) */
  rank: number;
  powerIterations: number;
  /** rows used to fit the SVD */
  svdSample: number;
  /** rows used for the k-means restarts */
  kmeansSample: number;
  inits: number;
  /** Lloyd iterations per restart */
  maxIterations: number;
  /** Lloyd iterations over all rows after the sampled restarts */
  refineIterations: number;
}

export const DEFAULT_TUNING: ClusterTuning = {
  rank: 64,
  powerIterations: 1,
  // 2,000 rows fit rank 80 as well as 3,000 did on the labelled datasets (NMI within run-to-run
  // noise on lapor, searchsnippets, stackoverflow) for two thirds of the SVD's cost.
  svdSample: 2000,
  kmeansSample: 3000,
  inits: 3,
  maxIterations: 12,
  refineIterations: 5,
};

export interface Embedding {
  /** unit rows, n x dims, row-major */
  x: Float32Array;
  n: number;
  dims: number;
}

/** LSA embedding of every row (fitted on a seeded sample of rows). */
export function lsaEmbedding(matrix: Csr, seed: number, tuning: ClusterTuning = DEFAULT_TUNING): Embedding {
  const rows = sampleIndices(matrix.rows, tuning.svdSample, createRng(seed ^ 0x5bd1e995));
  const svd = fitSvd(rows.length === matrix.rows ? matrix : selectRows(matrix, rows), {
    rank: tuning.rank,
    seed,
    powerIterations: tuning.powerIterations,
  });
  return { x: embed(matrix, svd), n: matrix.rows, dims: svd.rank };
}

/** The seeded sample of rows the k-means runs on before its passes over every row. */
function kmeansSample(e: Embedding, seed: number, tuning: ClusterTuning): Embedding {
  const rows = sampleIndices(e.n, tuning.kmeansSample, createRng(seed ^ 0x27d4eb2f));
  return { x: gatherRows(e.x, e.dims, rows), n: rows.length, dims: e.dims };
}

/**
 * Spherical k-means of all rows from a partition of some rows (choose-k's merge path: Ward merges
 * of a k-means at a larger k, a hierarchical start that needs no restarts): its clusters' mean
 * directions are the first centres; then Lloyd as after the restarts (on the sample, then on
 * every row).
 */
export function clusterFromPartition(e: Embedding, k: number, seeds: SeedPartition, seed: number, tuning: ClusterTuning = DEFAULT_TUNING): KmeansResult {
  const { x, n, dims } = e;
  const sums = new Float64Array(k * dims);
  seeds.rows.forEach((r, i) => {
    const c = seeds.labels[i]!;
    for (let t = 0; t < dims; t++) sums[c * dims + t]! += x[r * dims + t]!;
  });
  const centres = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    let s = 0;
    for (let t = 0; t < dims; t++) s += sums[c * dims + t]! ** 2;
    const norm = Math.sqrt(s) || 1;
    for (let t = 0; t < dims; t++) centres[c * dims + t] = sums[c * dims + t]! / norm;
  }
  if (n <= tuning.kmeansSample) return refine(x, n, dims, centres, k, tuning.maxIterations + tuning.refineIterations, 0.0005);
  const sample = kmeansSample(e, seed, tuning);
  const onSample = refine(sample.x, sample.n, dims, centres, k, tuning.maxIterations, 0.005);
  return refine(x, n, dims, onSample.centroids, k, tuning.refineIterations, 0.001);
}

/** Spherical k-means of all rows: restarts on a sample, the best refined on every row. */
export function clusterEmbedding(e: Embedding, k: number, seed: number, tuning: ClusterTuning = DEFAULT_TUNING): KmeansResult {
  const { x, n, dims } = e;
  if (n <= tuning.kmeansSample) {
    return sphericalKmeans(x, n, dims, { k, seed, inits: tuning.inits, maxIterations: tuning.maxIterations + tuning.refineIterations, tolerance: 0.0005 });
  }
  const sample = kmeansSample(e, seed, tuning);
  const best = sphericalKmeans(sample.x, sample.n, dims, { k, seed, inits: tuning.inits, maxIterations: tuning.maxIterations, tolerance: 0.005 });
  return refine(x, n, dims, best.centroids, best.k, tuning.refineIterations, 0.001);
}
