/**
 * Automatic number of themes: spherical k-means for each candidate k on a sample of the LSA rows,
 * scored by the mean silhouette (cosine distance, exact on the sample); the knee of that curve wins.
 * Bounded (see candidateKs); a coarse grid above 12 keeps the cost flat.
 */
import { createRng, sampleIndices } from './prng.js';
import { sphericalKmeans } from './kmeans.js';
import type { Embedding } from './cluster.js';

export interface KChoice {
  k: number;
  /** score of every candidate tried, for the planner's "why this many themes" view */
  scores: Array<{ k: number; score: number }>;
}

export interface ChooseKOptions {
  seed: number;
  minK?: number;
  maxK?: number;
  /** rows scored (a sample keeps this step near-constant in n) */
  sample?: number;
}

/** Candidate k: 2..min(30, max(sqrt(n), min(n / 5, 12))); small forums still get up to ~n/5. */
export function candidateKs(n: number, minK = 2, maxK = 30): number[] {
  const hi = Math.max(minK, Math.min(maxK, Math.max(Math.floor(Math.sqrt(n)), Math.min(Math.floor(n / 5), 12))));
  const out: number[] = [];
  for (let k = minK; k <= hi; k += k < 12 ? 1 : k < 20 ? 2 : 3) out.push(k);
  if (out[out.length - 1] !== hi) out.push(hi);
  return out;
}

/** Cosine similarity of every pair of sampled rows (m x m). */
function pairwise(x: Float32Array, m: number, d: number): Float32Array {
  const sim = new Float32Array(m * m);
  for (let i = 0; i < m; i++) {
    sim[i * m + i] = 1;
    for (let j = i + 1; j < m; j++) {
      const a = i * d;
      const b = j * d;
      let s0 = 0;
      let s1 = 0;
      let t = 0;
      for (; t + 1 < d; t += 2) {
        s0 += x[a + t]! * x[b + t]!;
        s1 += x[a + t + 1]! * x[b + t + 1]!;
      }
      if (t < d) s0 += x[a + t]! * x[b + t]!;
      const s = s0 + s1;
      sim[i * m + j] = s;
      sim[j * m + i] = s;
    }
  }
  return sim;
}

/** Mean silhouette (cosine distance) of an assignment, from the pairwise similarities. */
export function silhouette(sim: Float32Array, m: number, assignment: Int32Array, k: number): number {
  const sizes = new Int32Array(k);
  for (let i = 0; i < m; i++) sizes[assignment[i]!]!++;
  // Distance sums per (row, cluster), each pair visited once and credited to both rows. Row i
  // still receives its terms in ascending j (from earlier rows first, then its own), so the sums
  // are bit-identical to a full row scan at half the cost.
  const sums = new Float64Array(m * k);
  for (let i = 0; i < m; i++) {
    const ai = assignment[i]!;
    const oi = i * k;
    for (let j = i + 1; j < m; j++) {
      const dist = 1 - sim[i * m + j]!;
      sums[oi + assignment[j]!]! += dist;
      sums[j * k + ai]! += dist;
    }
  }
  let total = 0;
  for (let i = 0; i < m; i++) {
    const own = assignment[i]!;
    if (sizes[own]! <= 1) continue;
    const a = sums[i * k + own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, sums[i * k + c]! / sizes[c]!);
    if (b === Infinity) continue;
    total += (b - a) / Math.max(a, b, 1e-12);
  }
  return total / m;
}

/**
 * Silhouette keeps rising with k on short texts (more, tighter clusters), so its maximum picks
 * the largest k allowed. Kneedle instead: with k and score both scaled to 0..1, take the k whose
 * score lies furthest above the diagonal, where adding themes stops paying. An early peak (a
 * clear structure) is that point too.
 */
export function kneeOf(scores: ReadonlyArray<{ k: number; score: number }>): number {
  if (scores.length === 0) return 1;
  const k0 = scores[0]!.k;
  const k1 = scores[scores.length - 1]!.k;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of scores) {
    lo = Math.min(lo, s.score);
    hi = Math.max(hi, s.score);
  }
  let best = scores[0]!.k;
  let bestGap = -Infinity;
  let top = scores[0]!;
  for (const s of scores) {
    const gap = (hi > lo ? (s.score - lo) / (hi - lo) : 0) - (k1 > k0 ? (s.k - k0) / (k1 - k0) : 0);
    if (gap > bestGap + 1e-12) {
      bestGap = gap;
      best = s.k;
    }
    if (s.score > top.score) top = s;
  }
  // No knee (the curve rises about linearly to the end of the range): take the best score.
  return bestGap > 0.05 ? best : top.k;
}

export function chooseK(e: Embedding, opts: ChooseKOptions): KChoice {
  const ks = candidateKs(e.n, opts.minK, opts.maxK);
  if (e.n < 4) return { k: Math.min(e.n, 1), scores: [] };
  const rows = sampleIndices(e.n, opts.sample ?? 700, createRng(opts.seed ^ 0x1b873593));
  const d = e.dims;
  const x = new Float32Array(rows.length * d);
  rows.forEach((r, i) => x.set(e.x.subarray(r * d, r * d + d), i * d));
  const sim = pairwise(x, rows.length, d);
  const scores = ks.map((k) => {
    const res = sphericalKmeans(x, rows.length, d, { k, seed: opts.seed * 7919 + k, inits: 1, maxIterations: 12, tolerance: 0.002, similarities: sim });
    return { k, score: silhouette(sim, rows.length, res.assignment, res.k) };
  });
  // One k-means run per k is noisy; a 3-point moving average steadies the knee.
  const smooth = scores.map((s, i) => {
    const window = scores.slice(Math.max(0, i - 1), i + 2);
    return { k: s.k, score: window.reduce((t, w) => t + w.score, 0) / window.length };
  });
  return { k: kneeOf(smooth), scores };
}
