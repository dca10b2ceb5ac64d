/**
 * Spherical k-means on unit-length dense rows (cosine similarity), seeded by greedy k-means++
 * from a seeded PRNG, several restarts keeping the best objective. Deterministic for a seed.
 */
import { createRng, sampleIndices, type Rng } from './prng.js';

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

/** Dot product of two length-d runs of Float32Arrays (4 accumulators: the k-means hot loop). */
function dotAt(a: Float32Array, ao: number, b: Float32Array, bo: number, d: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let t = 0;
  for (; t + 3 < d; t += 4) {
    s0 += a[ao + t]! * b[bo + t]!;
    s1 += a[ao + t + 1]! * b[bo + t + 1]!;
    s2 += a[ao + t + 2]! * b[bo + t + 2]!;
    s3 += a[ao + t + 3]! * b[bo + t + 3]!;
  }
  for (; t < d; t++) s0 += a[ao + t]! * b[bo + t]!;
  return s0 + s1 + s2 + s3;
}

/**
 * Dot products of row i of x with every centroid; writes into out (length k). Four centroids
 * share each load of the row (register blocking): this is where k-means and choose-k spend.
 */
function dots(x: Float32Array, i: number, d: number, c: Float32Array, k: number, out: Float64Array): void {
  const o = i * d;
  let j = 0;
  for (; j + 3 < k; j += 4) {
    const q0 = j * d;
    const q1 = q0 + d;
    const q2 = q1 + d;
    const q3 = q2 + d;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let t = 0; t < d; t++) {
      const v = x[o + t]!;
      s0 += v * c[q0 + t]!;
      s1 += v * c[q1 + t]!;
      s2 += v * c[q2 + t]!;
      s3 += v * c[q3 + t]!;
    }
    out[j] = s0;
    out[j + 1] = s1;
    out[j + 2] = s2;
    out[j + 3] = s3;
  }
  for (; j < k; j++) out[j] = dotAt(x, o, c, j * d, d);
}

/** Cosines of every row with row j, into out. */
function cosinesTo(x: Float32Array, n: number, d: number, j: number, out: Float64Array): void {
  for (let i = 0; i < n; i++) out[i] = dotAt(x, i * d, x, j * d, d);
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
  const cos = new Float64Array(n);
  let total = 0;
  cosinesTo(x, n, d, first, cos);
  for (let i = 0; i < n; i++) {
    dist[i] = Math.max(0, 1 - cos[i]!);
    total += dist[i]!;
  }
  // The best trial's cosines are kept (swapped buffers) rather than computed again.
  let trial = new Float64Array(n);
  let bestCos = cos;
  for (let j = 1; j < k; j++) {
    let best = -1;
    let bestTotal = Infinity;
    for (let t = 0; t < trials; t++) {
      const pick = total > 0 ? pickWeighted(dist, total, rng) : Math.floor(rng() * n);
      cosinesTo(x, n, d, pick, trial);
      let s = 0;
      for (let i = 0; i < n; i++) s += Math.min(dist[i]!, Math.max(0, 1 - trial[i]!));
      if (s < bestTotal) {
        bestTotal = s;
        best = pick;
        [bestCos, trial] = [trial, bestCos];
      }
    }
    c.set(x.subarray(best * d, best * d + d), j * d);
    total = 0;
    for (let i = 0; i < n; i++) {
      const cand = Math.max(0, 1 - bestCos[i]!);
      if (cand < dist[i]!) dist[i] = cand;
      total += dist[i]!;
    }
  }
  return c;
}

const distance = (cos: number): number => Math.sqrt(Math.max(0, 2 - 2 * cos));

/**
 * Lloyd iterations from given centres (mutated), with Elkan's bounds: an upper bound on each
 * row's distance to its centre and a lower bound per (row, centre), plus half the distances
 * between centres. A (row, centre) dot product is only computed when the bounds cannot rule the
 * centre out. On LSA rows (80 dims) Hamerly's single lower bound still left about half the rows
 * scanning every centre each iteration; per-centre bounds skip most of those dots.
 * Distances are Euclidean on the unit sphere (monotone in cosine). Exact: the same assignments as
 * plain Lloyd up to ties.
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
  // Lower bounds are stored plus the centre's total movement so far (drift): the bound in force is
  // lower - drift[j]. A centre's move then updates one number, not a bound per row (n x k a pass).
  const lower = new Float64Array(n * k);
  const drift = new Float64Array(k);
  const scores = new Float64Array(k);
  const sums = new Float64Array(k * d);
  const counts = new Int32Array(k);
  const old = new Float32Array(k * d);
  const moved = new Float64Array(k);
  const between = new Float64Array(k * k);
  const half = new Float64Array(k);
  for (let it = 0; it < maxIterations; it++) {
    let changed = 0;
    if (it === 0) {
      for (let i = 0; i < n; i++) {
        dots(x, i, d, centres, k, scores);
        let best = 0;
        for (let j = 1; j < k; j++) if (scores[j]! > scores[best]!) best = j;
        for (let j = 0; j < k; j++) lower[i * k + j] = distance(scores[j]!);
        assignment[i] = best;
        upper[i] = lower[i * k + best]!;
        changed++;
      }
    } else {
      // half[j]: half the distance from centre j to its nearest other centre.
      half.fill(Infinity);
      for (let j = 0; j < k; j++) {
        for (let q = j + 1; q < k; q++) {
          const h = 0.5 * distance(dotAt(centres, j * d, centres, q * d, d));
          between[j * k + q] = between[q * k + j] = h;
          if (h < half[j]!) half[j] = h;
          if (h < half[q]!) half[q] = h;
        }
      }
      for (let i = 0; i < n; i++) {
        const from = assignment[i]!;
        let a = from;
        if (upper[i]! <= half[a]!) continue;
        const o = i * k;
        let tight = false;
        for (let j = 0; j < k; j++) {
          if (j === a || upper[i]! <= lower[o + j]! - drift[j]! || upper[i]! <= between[a * k + j]!) continue;
          if (!tight) {
            upper[i] = distance(dotAt(x, i * d, centres, a * d, d));
            lower[o + a] = upper[i]! + drift[a]!;
            tight = true;
            if (upper[i]! <= lower[o + j]! - drift[j]! || upper[i]! <= between[a * k + j]!) continue;
          }
          const dj = distance(dotAt(x, i * d, centres, j * d, d));
          lower[o + j] = dj + drift[j]!;
          if (dj < upper[i]!) {
            a = j;
            upper[i] = dj;
          }
        }
        if (a !== from) {
          assignment[i] = a;
          changed++;
          // Cluster sums follow the rows that move (a few per pass after the first), instead of
          // being summed again over every row on every pass.
          counts[from]!--;
          counts[a]!++;
          const o = i * d;
          for (let t = 0; t < d; t++) {
            sums[from * d + t]! -= x[o + t]!;
            sums[a * d + t]! += x[o + t]!;
          }
        }
      }
    }
    if (it > 0 && changed <= tolerance * n) break;
    if (it === 0) {
      sums.fill(0);
      counts.fill(0);
      for (let i = 0; i < n; i++) {
        const j = assignment[i]!;
        counts[j]!++;
        const o = i * d;
        const q = j * d;
        for (let t = 0; t < d; t++) sums[q + t]! += x[o + t]!;
      }
    }
    old.set(centres);
    for (let j = 0; j < k; j++) {
      const q = j * d;
      if (counts[j] === 0) {
        // Empty cluster: restart it on the row farthest from its centre (bounds stay valid:
        // the jump is in moved[j]).
        let worst = 0;
        for (let i = 1; i < n; i++) if (upper[i]! > upper[worst]!) worst = i;
        centres.set(x.subarray(worst * d, worst * d + d), q);
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
    for (let i = 0; i < n; i++) upper[i]! += moved[assignment[i]!]!;
    for (let j = 0; j < k; j++) drift[j]! += moved[j]!;
  }
  // Exact similarities to the final centres.
  const similarity = new Float32Array(n);
  let objective = 0;
  for (let i = 0; i < n; i++) {
    const a = assignment[i]!;
    const s = dotAt(x, i * d, centres, a * d, d);
    similarity[i] = s;
    objective += s;
  }
  return { k, assignment, similarity, centroids: centres, objective };
}

const SEED_ROWS = 1000;

/** The given rows of x (row-major, d columns), in that order, as a new array. */
export function gatherRows(x: Float32Array, d: number, rows: ArrayLike<number>): Float32Array {
  const out = new Float32Array(rows.length * d);
  for (let i = 0; i < rows.length; i++) out.set(x.subarray(rows[i]! * d, rows[i]! * d + d), i * d);
  return out;
}

/** Best of several seeded spherical k-means runs on unit rows x (n x d, row-major). */
export function sphericalKmeans(x: Float32Array, n: number, d: number, opts: KmeansOptions): KmeansResult {
  const k = Math.max(1, Math.min(opts.k, n));
  const rng = createRng(opts.seed);
  const trials = opts.seedingTrials ?? 2 + Math.floor(Math.log(k));
  let best: KmeansResult | undefined;
  for (let run = 0; run < Math.max(1, opts.inits ?? 10); run++) {
    let centres: Float32Array;
    // Seeding scores every row per candidate centre: from 2,000 rows a 1,000-row subsample picks
    // centres as well (Lloyd's iterations then run on every row) at a third of the cost.
    if (n >= 2 * SEED_ROWS) {
      const pick = sampleIndices(n, SEED_ROWS, rng);
      centres = seedCentres(gatherRows(x, d, pick), pick.length, d, k, rng, trials);
    } else centres = seedCentres(x, n, d, k, rng, trials);
    const res = refine(x, n, d, centres, k, opts.maxIterations ?? 60, opts.tolerance ?? 0);
    if (!best || res.objective > best.objective) best = res;
  }
  return best!;
}
