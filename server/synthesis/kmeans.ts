/**
 * Spherical k-means on unit-length dense rows (cosine similarity), seeded by greedy k-means++
 * from a seeded PRNG, several restarts keeping the best objective. Deterministic for a seed.
 */
import { createRng, type Rng } from './prng.js';

export interface KmeansOptions {
  k: number;
  seed: number;
  /** restarts; the run with the highest total cosine wins */
  inits?: number;
  maxIterations?: number;
  /** stop when fewer than this share of rows change cluster in an iteration */
  tolerance?: number;
  /** candidate centres tried per k-means++ step (greedy k-means++, as scikit-learn does) */
  seedingTrials?: number;
}

export interface KmeansResult {
  k: number;
  /** cluster of each row */
  assignment: Int32Array;
  /** cosine of each row to its centroid */
  similarity: Float32Array;
  /** k x d unit centroids, row-major */
  centroids: Float32Array;
  /** sum of cosine similarities (higher is better) */
  objective: number;
}

/** Dot products of row i of x with every centroid; writes into out (length k). */
function dots(x: Float32Array, i: number, d: number, c: Float32Array, k: number, out: Float64Array): void {
  const o = i * d;
  for (let j = 0; j < k; j++) {
    const q = j * d;
    let s = 0;
    for (let t = 0; t < d; t++) s += x[o + t]! * c[q + t]!;
    out[j] = s;
  }
}

function rowDot(x: Float32Array, i: number, j: number, d: number): number {
  let s = 0;
  const a = i * d;
  const b = j * d;
  for (let t = 0; t < d; t++) s += x[a + t]! * x[b + t]!;
  return s;
}

function pickWeighted(weights: Float64Array, total: number, rng: Rng): number {
  let r = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r <= 0) return i;
  }
  return weights.length - 1;
}

/** Greedy k-means++: distance is 1 - cosine (half the squared Euclidean on the unit sphere). */
function seedCentres(x: Float32Array, n: number, d: number, k: number, rng: Rng, trials: number): Float32Array {
  const c = new Float32Array(k * d);
  const first = Math.floor(rng() * n);
  c.set(x.subarray(first * d, first * d + d), 0);
  const dist = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    dist[i] = Math.max(0, 1 - rowDot(x, i, first, d));
    total += dist[i]!;
  }
  const cand = new Float64Array(n);
  for (let j = 1; j < k; j++) {
    let best = -1;
    let bestTotal = Infinity;
    for (let t = 0; t < trials; t++) {
      const pick = total > 0 ? pickWeighted(dist, total, rng) : Math.floor(rng() * n);
      let s = 0;
      for (let i = 0; i < n; i++) s += Math.min(dist[i]!, Math.max(0, 1 - rowDot(x, i, pick, d)));
      if (s < bestTotal) {
        bestTotal = s;
        best = pick;
      }
    }
    c.set(x.subarray(best * d, best * d + d), j * d);
    total = 0;
    for (let i = 0; i < n; i++) {
      cand[i] = Math.max(0, 1 - rowDot(x, i, best, d));
      if (cand[i]! < dist[i]!) dist[i] = cand[i]!;
      total += dist[i]!;
    }
  }
  return c;
}

const distance = (cos: number): number => Math.sqrt(Math.max(0, 2 - 2 * cos));

/**
 * Lloyd iterations from given centres (mutated), with Hamerly's bounds: a row is only compared
 * with every centre when its centre may have changed, which after a few iterations is rare.
 * Distances are Euclidean on the unit sphere (monotone in cosine).
 */
export function refine(
  x: Float32Array,
  n: number,
  d: number,
  centres: Float32Array,
  k: number,
  maxIterations: number,
  tolerance = 0,
): KmeansResult {
  const assignment = new Int32Array(n).fill(-1);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  const scores = new Float64Array(k);
  const sums = new Float64Array(k * d);
  const counts = new Int32Array(k);
  const old = new Float32Array(k * d);
  const moved = new Float64Array(k);
  const o2 = new Float64Array(1);
  for (let it = 0; it < maxIterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const a = assignment[i]!;
      if (a >= 0) {
        if (upper[i]! <= lower[i]!) continue;
        dots(x, i, d, centres.subarray(a * d, a * d + d), 1, o2);
        upper[i] = distance(o2[0]!);
        if (upper[i]! <= lower[i]!) continue;
      }
      dots(x, i, d, centres, k, scores);
      let best = 0;
      let second = -Infinity;
      for (let j = 1; j < k; j++) {
        if (scores[j]! > scores[best]!) {
          second = scores[best]!;
          best = j;
        } else if (scores[j]! > second) second = scores[j]!;
      }
      if (a !== best) changed++;
      assignment[i] = best;
      upper[i] = distance(scores[best]!);
      lower[i] = k > 1 ? distance(second) : Infinity;
    }
    if (it > 0 && changed <= tolerance * n) break;
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const j = assignment[i]!;
      counts[j]!++;
      const o = i * d;
      const q = j * d;
      for (let t = 0; t < d; t++) sums[q + t]! += x[o + t]!;
    }
    old.set(centres);
    for (let j = 0; j < k; j++) {
      const q = j * d;
      if (counts[j] === 0) {
        // Empty cluster: restart it on the row farthest from its centre.
        let worst = 0;
        for (let i = 1; i < n; i++) if (upper[i]! > upper[worst]!) worst = i;
        centres.set(x.subarray(worst * d, worst * d + d), q);
        upper[worst] = 0;
      } else {
        let s = 0;
        for (let t = 0; t < d; t++) s += sums[q + t]! ** 2;
        const norm = Math.sqrt(s) || 1;
        for (let t = 0; t < d; t++) centres[q + t] = sums[q + t]! / norm;
      }
      let m = 0;
      for (let t = 0; t < d; t++) m += (centres[q + t]! - old[q + t]!) ** 2;
      moved[j] = Math.sqrt(m);
    }
    let max1 = 0;
    let max2 = 0;
    let arg1 = -1;
    for (let j = 0; j < k; j++) {
      if (moved[j]! > max1) {
        max2 = max1;
        max1 = moved[j]!;
        arg1 = j;
      } else if (moved[j]! > max2) max2 = moved[j]!;
    }
    for (let i = 0; i < n; i++) {
      const a = assignment[i]!;
      upper[i]! += moved[a]!;
      lower[i]! -= a === arg1 ? max2 : max1;
    }
  }
  // Exact similarities to the final centres.
  const similarity = new Float32Array(n);
  let objective = 0;
  for (let i = 0; i < n; i++) {
    const a = assignment[i]!;
    dots(x, i, d, centres.subarray(a * d, a * d + d), 1, o2);
    similarity[i] = o2[0]!;
    objective += o2[0]!;
  }
  return { k, assignment, similarity, centroids: centres, objective };
}

/** Best of several seeded spherical k-means runs on unit rows x (n x d, row-major). */
export function sphericalKmeans(x: Float32Array, n: number, d: number, opts: KmeansOptions): KmeansResult {
  const k = Math.max(1, Math.min(opts.k, n));
  const rng = createRng(opts.seed);
  const trials = opts.seedingTrials ?? 2 + Math.floor(Math.log(k));
  let best: KmeansResult | undefined;
  for (let run = 0; run < Math.max(1, opts.inits ?? 10); run++) {
    const centres = seedCentres(x, n, d, k, rng, trials);
    const res = refine(x, n, d, centres, k, opts.maxIterations ?? 60, opts.tolerance ?? 0);
    if (!best || res.objective > best.objective) best = res;
  }
  return best!;
}
