/**
 * Automatic number of themes, on a sample of the LSA rows:
 *   1. spherical k-means at the largest candidate k;
 *   2. those clusters merged two at a time, always the pair whose merge loses the least of the
 *      k-means objective (sum over clusters of |sum of members|: Ward's rule on the sphere),
 *      down to two clusters;
 *   3. every candidate k on that path scored by the mean silhouette (cosine distance, exact on
 *      the sample); the knee of that curve wins.
 * One k-means run instead of one per candidate, and the silhouettes come from per-(row, cluster)
 * similarity sums (row . cluster sum: no m x m cosines) that a merge updates by adding columns. The nested partitions also give a
 * smooth curve (independent runs per k were noisy enough to need a moving average, which moved
 * the knee). The sample keeps its first CHOOSE_DIMS LSA dimensions (the strongest directions):
 * half the work for the same choices on the labelled datasets.
 */
import { createRng, sampleIndices } from './prng.js';
import { sphericalKmeans } from './kmeans.js';
import type { Embedding } from './cluster.js';

export interface KChoice {
  k: number;
  /** score of every candidate tried, for the planner's "why this many themes" view */
  scores: Array<{ k: number; score: number }>;
  /** the chosen k's partition of the sampled rows: the final k-means starts from it */
  seeds?: SeedPartition;
}

/** Some rows (embedding row indices) and their cluster, 0..k-1. */
export interface SeedPartition {
  rows: Int32Array;
  labels: Int32Array;
}

export interface ChooseKOptions {
  seed: number;
  minK?: number;
  maxK?: number;
  /** rows scored (a sample keeps this step near-constant in n) */
  sample?: number;
  /** leading LSA dimensions kept for the choice */
  dims?: number;
}

const CHOOSE_SAMPLE = 700;
const CHOOSE_DIMS = 40;

/** Candidate k: 2..min(30, max(sqrt(n / 2), min(n / 5, 12))); small forums still get up to ~n/5. */
export function candidateKs(n: number, minK = 2, maxK = 30): number[] {
  const hi = Math.max(minK, Math.min(maxK, Math.max(Math.floor(Math.sqrt(n / 2)), Math.min(Math.floor(n / 5), 12))));
  const out: number[] = [];
  for (let k = minK; k <= hi; k += k < 12 ? 1 : k < 20 ? 2 : 3) out.push(k);
  if (out[out.length - 1] !== hi) out.push(hi);
  return out;
}

/** Mean silhouette (cosine distance) of an assignment, from the pairwise similarities. */
export function silhouette(sim: Float32Array, m: number, assignment: Int32Array, k: number): number {
  const sizes = new Int32Array(k);
  for (let i = 0; i < m; i++) sizes[assignment[i]!]!++;
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

/** The sampled rows cut to their first `dims` coordinates and scaled back to unit length. */
function sampleRows(e: Embedding, rows: Int32Array, dims: number): Float32Array {
  const d = Math.min(e.dims, dims);
  const x = new Float32Array(rows.length * d);
  for (let i = 0; i < rows.length; i++) {
    const o = rows[i]! * e.dims;
    let s = 0;
    for (let t = 0; t < d; t++) s += e.x[o + t]! ** 2;
    const norm = Math.sqrt(s) || 1;
    for (let t = 0; t < d; t++) x[i * d + t] = e.x[o + t]! / norm;
  }
  return x;
}

/**
 * The merge path of a partition into K clusters (see the top of the file): calls score(k) with
 * the current labels at every k in `wanted`, from K down to 2.
 */
export class MergePath {
  /** cluster of each row (ids of merged-away clusters are no longer used) */
  readonly label: Int32Array;
  readonly size: Int32Array;
  readonly alive: Uint8Array;
  /** rowSims[i * K + c]: sum of the similarities of row i with the other members of cluster c */
  readonly rowSims: Float64Array;
  private readonly sums: Float64Array;
  live = 0;

  constructor(
    x: Float32Array,
    private readonly m: number,
    private readonly d: number,
    assignment: Int32Array,
    readonly K: number,
  ) {
    this.label = Int32Array.from(assignment);
    this.size = new Int32Array(K);
    this.alive = new Uint8Array(K);
    this.sums = new Float64Array(K * d);
    this.rowSims = new Float64Array(m * K);
    for (let i = 0; i < m; i++) {
      const c = this.label[i]!;
      this.size[c]!++;
      for (let t = 0; t < d; t++) this.sums[c * d + t]! += x[i * d + t]!;
    }
    // Rows are unit vectors, so the similarities of row i with the members of c sum to
    // x_i . (sum of c's rows): m x K dot products instead of the m x m cosines. Its own cluster's
    // sum includes x_i itself, whose x_i . x_i is taken back out.
    for (let i = 0; i < m; i++) {
      const o = i * d;
      let self = 0;
      for (let t = 0; t < d; t++) self += x[o + t]! * x[o + t]!;
      for (let c = 0; c < K; c++) {
        if (this.size[c] === 0) continue;
        let s = 0;
        for (let t = 0; t < d; t++) s += x[o + t]! * this.sums[c * d + t]!;
        this.rowSims[i * K + c] = c === this.label[i] ? s - self : s;
      }
    }
    for (let c = 0; c < K; c++) {
      if (this.size[c] === 0) continue;
      this.alive[c] = 1;
      this.live++;
    }
  }

  private norm(c: number): number {
    let s = 0;
    for (let t = 0; t < this.d; t++) s += this.sums[c * this.d + t]! ** 2;
    return Math.sqrt(s);
  }

  /** Mean silhouette of the current partition, from the row-cluster similarity sums: O(m K). */
  silhouette(): number {
    const { m, K, label, size, alive, rowSims } = this;
    let total = 0;
    for (let i = 0; i < m; i++) {
      const own = label[i]!;
      if (size[own]! <= 1) continue;
      const a = (size[own]! - 1 - rowSims[i * K + own]!) / (size[own]! - 1);
      let b = Infinity;
      for (let c = 0; c < K; c++) if (c !== own && alive[c]) b = Math.min(b, (size[c]! - rowSims[i * K + c]!) / size[c]!);
      if (b === Infinity) continue;
      total += (b - a) / Math.max(a, b, 1e-12);
    }
    return total / m;
  }

  /** Merges the pair of clusters whose union loses the least objective; false below 3 clusters. */
  mergeCheapest(): boolean {
    if (this.live <= 2) return false;
    const { K, d, sums, alive } = this;
    const norms = new Float64Array(K);
    for (let c = 0; c < K; c++) if (alive[c]) norms[c] = this.norm(c);
    let keep = -1;
    let drop = -1;
    let best = Infinity;
    for (let a = 0; a < K; a++) {
      if (!alive[a]) continue;
      for (let b = a + 1; b < K; b++) {
        if (!alive[b]) continue;
        let s = 0;
        for (let t = 0; t < d; t++) s += (sums[a * d + t]! + sums[b * d + t]!) ** 2;
        const loss = norms[a]! + norms[b]! - Math.sqrt(s);
        if (loss < best) {
          best = loss;
          keep = a;
          drop = b;
        }
      }
    }
    for (let t = 0; t < d; t++) sums[keep * d + t]! += sums[drop * d + t]!;
    this.size[keep]! += this.size[drop]!;
    this.size[drop] = 0;
    alive[drop] = 0;
    this.live--;
    for (let i = 0; i < this.m; i++) {
      if (this.label[i] === drop) this.label[i] = keep;
      this.rowSims[i * K + keep]! += this.rowSims[i * K + drop]!;
    }
    return true;
  }
}

/** The merge path's start: k-means at the largest candidate k on the sampled, cut rows. */
function startPath(e: Embedding, opts: ChooseKOptions): { path: MergePath; rows: Int32Array; ks: number[] } {
  const ks = candidateKs(e.n, opts.minK, opts.maxK);
  const rows = sampleIndices(e.n, opts.sample ?? CHOOSE_SAMPLE, createRng(opts.seed ^ 0x1b873593));
  const m = rows.length;
  const d = Math.min(e.dims, opts.dims ?? CHOOSE_DIMS);
  const x = sampleRows(e, rows, d);
  const K = Math.min(ks[ks.length - 1]!, m);
  const base = sphericalKmeans(x, m, d, { k: K, seed: opts.seed * 7919 + K, inits: 1, maxIterations: 12, tolerance: 0.002 });
  return { path: new MergePath(x, m, d, base.assignment, base.k), rows, ks };
}

export function chooseK(e: Embedding, opts: ChooseKOptions): KChoice {
  if (e.n < 4) return { k: Math.min(e.n, 1), scores: [] };
  const { path, rows, ks } = startPath(e, opts);
  const wanted = new Set(ks);
  const scores: Array<{ k: number; score: number }> = [];
  const partitions = new Map<number, Int32Array>();
  do
    if (wanted.has(path.live)) {
      scores.push({ k: path.live, score: path.silhouette() });
      partitions.set(path.live, compactLabels(path.label));
    }
  while (path.mergeCheapest());
  scores.reverse();
  const k = kneeOf(scores);
  return { k, scores, seeds: { rows, labels: partitions.get(k)! } };
}

/**
 * The partition of the sampled rows into k clusters on the merge path, for a k given rather than
 * chosen (the planner's override): undefined when k is outside the path (k < 2 or above its start).
 */
export function pathPartition(e: Embedding, k: number, opts: ChooseKOptions): SeedPartition | undefined {
  if (e.n < 4 || k < 2) return undefined;
  const { path, rows } = startPath(e, opts);
  if (k > path.live) return undefined;
  while (path.live > k) path.mergeCheapest();
  return { rows, labels: compactLabels(path.label) };
}

/** Cluster ids renumbered 0, 1, 2... in order of first appearance. */
function compactLabels(label: Int32Array): Int32Array {
  const ids = new Map<number, number>();
  return label.map((c) => {
    let id = ids.get(c);
    if (id === undefined) ids.set(c, (id = ids.size));
    return id;
  });
}
