/**
 * Automatic number of themes for text the strategic issues do not lead: k-means at each candidate
 * k on a sample of rows, scored by the silhouette (cosine). On short texts the silhouette mostly
 * keeps rising with k, so the chosen k is the curve's knee (Kneedle: the point farthest above the
 * chord from the first to the best score), or its peak when it falls after one, or PLAIN_K when
 * it rises evenly.
 */
import { denseRows, dot, kmeans } from './kmeans.js';
import type { Embedding } from './lsa.js';
import { sampleIndices, type Rng } from './prng.js';

export interface KChoice {
  k: number;
  scores: Array<{ k: number; score: number }>;
}

/** Candidate ks up to min(maxK, sqrt(n) + 2): every k to 12, then coarser (a planner cannot tell 27 from 28 themes). */
export function candidateKs(n: number, maxK = 30): number[] {
  const top = Math.max(2, Math.min(maxK, Math.floor(Math.sqrt(n)) + 2, n - 1));
  return [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 18, 20, 23, 26, 30].filter((k) => k < top).concat(top);
}

/** Cosine similarities of every pair of rows (n x n). */
export function gram(e: Embedding): Float32Array {
  const g = new Float32Array(e.n * e.n);
  for (let i = 0; i < e.n; i++) for (let j = i; j < e.n; j++) g[i * e.n + j] = g[j * e.n + i] = dot(e.x, i, e.x, j, e.dims);
  return g;
}

/** Each row's summed cosine distance to the rows of each cluster (itself left out): n x k. */
function distanceSums(labels: Int32Array, k: number, similarities: Float32Array): Float64Array {
  const n = labels.length;
  const sums = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (j !== i) sums[i * k + labels[j]!]! += 1 - similarities[i * n + j]!;
  return sums;
}

/** Mean silhouette of a labelling from each row's distance sums to every cluster. */
function silhouetteOf(sums: Float64Array, labels: Int32Array, k: number): number {
  const sizes = new Int32Array(k);
  for (const c of labels) sizes[c]!++;
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const own = labels[i]!;
    if (sizes[own]! <= 1) continue;
    const a = sums[i * k + own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, sums[i * k + c]! / sizes[c]!);
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b, 1e-12);
  }
  return total / labels.length;
}

/** Mean silhouette (cosine distance) of a labelled sample; `similarities` = gram(e) when at hand. */
export function silhouette(e: Embedding, labels: Int32Array, k: number, similarities: Float32Array = gram(e)): number {
  return silhouetteOf(distanceSums(labels, k, similarities), labels, k);
}

/** The rows, on the embedding's leading `dims` dimensions (LSA orders them by weight), unit length. */
function sampleOf(e: Embedding, rows: Int32Array, dims: number): Embedding {
  const d = Math.min(dims, e.dims);
  const x = new Float32Array(rows.length * d);
  rows.forEach((r, i) => {
    let norm = 0;
    for (let t = 0; t < d; t++) norm += e.x[r * e.dims + t]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let t = 0; t < d; t++) x[i * d + t] = e.x[r * e.dims + t]! / norm;
  });
  return { x, n: rows.length, dims: d };
}

/**
 * When the curve has no knee (it rises about evenly with k: no number of themes fits the text
 * better than another), a planner gets this many themes: as many as a road-map has chapters.
 */
export const PLAIN_K = 8;
/** A knee this far above the chord, in the curve's unit square, is a real one. */
const KNEE_HEIGHT = 0.1;

/** The k at the knee of a score curve (see above), or PLAIN_K when it has none. */
export function kneeOf(scores: ReadonlyArray<{ k: number; score: number }>): number {
  if (scores.length === 0) return 1;
  const bestAt = scores.reduce((b, s, i) => (s.score > scores[b]!.score ? i : b), 0);
  const after = scores.slice(bestAt + 1);
  // A clear peak (the curve falls by a tenth after it, on average) is the answer itself.
  if (bestAt === 0 || (after.length > 0 && after.reduce((sum, s) => sum + s.score, 0) / after.length <= 0.9 * scores[bestAt]!.score)) return scores[bestAt]!.k;
  const first = scores[0]!;
  const best = scores[bestAt]!;
  const span = best.score - first.score || 1;
  let knee = bestAt;
  let height = 0;
  for (let i = 1; i < bestAt; i++) {
    const x = (scores[i]!.k - first.k) / (best.k - first.k);
    const y = (scores[i]!.score - first.score) / span;
    if (y - x > height) {
      height = y - x;
      knee = i;
    }
  }
  if (height < KNEE_HEIGHT) return scores.reduce((k, s) => (Math.abs(s.k - PLAIN_K) < Math.abs(k - PLAIN_K) ? s.k : k), scores[0]!.k);
  return scores[knee]!.k;
}

/**
 * Partitions of the sample at every k from `top` down to 2: one k-means at the largest k, then
 * Ward merges of its clusters (the pair whose merge adds least within-cluster variance), so
 * each candidate costs a merge rather than a k-means of its own.
 */
export function mergePath(sample: Embedding, top: number, rng: Rng): Map<number, Int32Array> {
  const start = kmeans(denseRows(sample), { k: top, rng, restarts: 3, maxPasses: 20 });
  const d = sample.dims;
  let groups = Array.from({ length: top }, (_, c) => ({ clusters: [c], size: 0, sum: new Float64Array(d) }));
  for (let i = 0; i < sample.n; i++) {
    const g = groups[start.labels[i]!]!;
    g.size++;
    for (let t = 0; t < d; t++) g.sum[t]! += sample.x[i * d + t]!;
  }
  groups = groups.filter((g) => g.size > 0);
  const partitions = new Map<number, Int32Array>();
  while (groups.length >= 2) {
    const labelOf = new Int32Array(top);
    groups.forEach((g, gi) => g.clusters.forEach((c) => (labelOf[c] = gi)));
    partitions.set(groups.length, Int32Array.from(start.labels, (c) => labelOf[c]!));
    let best = [0, 1];
    let bestCost = Infinity;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const ga = groups[a]!;
        const gb = groups[b]!;
        let dist = 0;
        for (let t = 0; t < d; t++) dist += (ga.sum[t]! / ga.size - gb.sum[t]! / gb.size) ** 2;
        const cost = ((ga.size * gb.size) / (ga.size + gb.size)) * dist;
        if (cost < bestCost) {
          bestCost = cost;
          best = [a, b];
        }
      }
    }
    const [a, b] = best as [number, number];
    const ga = groups[a]!;
    const gb = groups[b]!;
    const merged = { clusters: [...ga.clusters, ...gb.clusters], size: ga.size + gb.size, sum: ga.sum.map((v, t) => v + gb.sum[t]!) };
    groups = groups.filter((_, i) => i !== a && i !== b).concat(merged);
  }
  return partitions;
}

export function chooseK(e: Embedding, rng: Rng, options: { maxK?: number; sampleRows?: number; dims?: number } = {}): KChoice {
  // 700 rows on 40 dimensions tell the curve's shape as well as all rows, at a fraction of the cost.
  const sample = sampleOf(e, sampleIndices(e.n, options.sampleRows ?? 700, rng), options.dims ?? 40);
  const similarities = gram(sample);
  const ks = candidateKs(e.n, options.maxK);
  const path = mergePath(sample, Math.min(sample.n, ks[ks.length - 1] ?? 2), rng);
  if (path.size === 0) return { k: 1, scores: [] };
  // Every candidate merges the clusters of the largest one: its distance sums are sums of theirs.
  const baseK = Math.max(...path.keys());
  const base = path.get(baseK)!;
  const baseSums = distanceSums(base, baseK, similarities);
  const scores = ks
    .filter((k) => path.has(k))
    .map((k) => {
      const labels = path.get(k)!;
      const groupOf = new Int32Array(baseK);
      base.forEach((c, i) => (groupOf[c] = labels[i]!));
      const sums = new Float64Array(sample.n * k);
      for (let i = 0; i < sample.n; i++) for (let c = 0; c < baseK; c++) sums[i * k + groupOf[c]!]! += baseSums[i * baseK + c]!;
      return { k, score: silhouetteOf(sums, labels, k) };
    });
  return { k: scores.length > 0 ? kneeOf(scores) : 1, scores };
}
