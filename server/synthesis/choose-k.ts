/**
 * Automatic number of themes: k-means at each candidate k on a sample of rows, scored by the
 * silhouette (cosine); the chosen k is the best score, preferring the smaller k within a
 * tolerance (a planner reads fewer, broader themes more easily than many thin ones).
 */
import { dot, kmeans } from './kmeans.js';
import type { Embedding } from './lsa.js';
import { sampleIndices, type Rng } from './prng.js';

export interface KChoice {
  k: number;
  scores: Array<{ k: number; score: number }>;
}

/** Candidate ks: 2 .. min(maxK, sqrt(n) + 2). */
export function candidateKs(n: number, maxK = 30): number[] {
  const top = Math.max(2, Math.min(maxK, Math.floor(Math.sqrt(n)) + 2, n - 1));
  return Array.from({ length: top - 1 }, (_, i) => i + 2);
}

/** Mean silhouette (cosine distance) of a labelled sample. */
export function silhouette(e: Embedding, labels: Int32Array, k: number): number {
  const n = e.n;
  const sizes = new Int32Array(k);
  for (const c of labels) sizes[c]!++;
  let total = 0;
  const dist = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    dist.fill(0);
    for (let j = 0; j < n; j++) if (j !== i) dist[labels[j]!]! += 1 - dot(e.x, i, e.x, j, e.dims);
    const own = labels[i]!;
    if (sizes[own]! <= 1) continue;
    const a = dist[own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, dist[c]! / sizes[c]!);
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b, 1e-12);
  }
  return total / n;
}

function sampleOf(e: Embedding, rows: Int32Array): Embedding {
  const x = new Float32Array(rows.length * e.dims);
  rows.forEach((r, i) => x.set(e.x.subarray(r * e.dims, (r + 1) * e.dims), i * e.dims));
  return { x, n: rows.length, dims: e.dims };
}

export function chooseK(e: Embedding, rng: Rng, options: { maxK?: number; sampleRows?: number; tolerance?: number } = {}): KChoice {
  const sample = sampleOf(e, sampleIndices(e.n, options.sampleRows ?? 1500, rng));
  const scores = candidateKs(e.n, options.maxK).map((k) => {
    const r = kmeans(sample, { k, rng, restarts: 3 });
    return { k, score: silhouette(sample, r.labels, k) };
  });
  const best = Math.max(...scores.map((s) => s.score));
  const tolerance = options.tolerance ?? 0.0;
  const chosen = scores.find((s) => s.score >= best - tolerance) ?? scores[0] ?? { k: 1, score: 0 };
  return { k: chosen.k, scores };
}
