/**
 * Spherical k-means (cosine) on unit rows: k-means++ seeds, Lloyd passes, the best of several
 * restarts. Optionally guided: `bias` adds a per-row, per-cluster score to the cosine when rows
 * are assigned (a prior, such as a strategic issue's lexicon evidence), and `initial` gives the
 * starting centres. Rows are dense (LSA) or sparse (TF-IDF): centres are dense either way.
 */
import type { Embedding } from './lsa.js';
import type { Csr } from './vectorise.js';
import { sampleIndices, type Rng } from './prng.js';

/** Unit rows to cluster. */
export interface Rows {
  n: number;
  /** length of a centre */
  dims: number;
  /** row i . centre c of centres (row-major, dims wide) */
  dot(i: number, centres: Float32Array, c: number): number;
  /** target[c] += weight x row i */
  add(i: number, target: Float32Array | Float64Array, c: number, weight?: number): void;
  /** row i is all zeros (a text with no word another text shares) */
  empty(i: number): boolean;
}

export function denseRows(e: Embedding): Rows {
  const { x, dims } = e;
  return {
    n: e.n,
    dims,
    dot: (i, centres, c) => {
      let s = 0;
      for (let t = 0; t < dims; t++) s += x[i * dims + t]! * centres[c * dims + t]!;
      return s;
    },
    add: (i, target, c, weight = 1) => {
      for (let t = 0; t < dims; t++) target[c * dims + t]! += weight * x[i * dims + t]!;
    },
    empty: (i) => {
      for (let t = 0; t < dims; t++) if (x[i * dims + t] !== 0) return false;
      return true;
    },
  };
}

/** TF-IDF rows as they are: a dot product costs a row's few terms, not a dense row's width. */
export function sparseRows(m: Csr): Rows {
  const { indptr, indices, data, cols } = m;
  return {
    n: m.rows,
    dims: cols,
    dot: (i, centres, c) => {
      let s = 0;
      for (let p = indptr[i]!; p < indptr[i + 1]!; p++) s += data[p]! * centres[c * cols + indices[p]!]!;
      return s;
    },
    add: (i, target, c, weight = 1) => {
      for (let p = indptr[i]!; p < indptr[i + 1]!; p++) target[c * cols + indices[p]!]! += weight * data[p]!;
    },
    empty: (i) => indptr[i] === indptr[i + 1],
  };
}

export interface KmeansOptions {
  k: number;
  rng: Rng;
  /** restarts from fresh k-means++ seeds; the best objective wins (default 5; 1 with `initial`) */
  restarts?: number;
  maxPasses?: number;
  /** starting centres (k x dims, row-major) */
  initial?: Float32Array;
  /** row i, cluster c -> bias[i * k + c], added to the cosine when assigning */
  bias?: Float32Array;
  /** restarts run on this many sampled rows, then full passes (default 3000) */
  sampleRows?: number;
}

export interface KmeansResult {
  k: number;
  labels: Int32Array;
  /** unit centres, k x dims */
  centroids: Float32Array;
  /** cosine of each row to its centre */
  similarity: Float32Array;
  /** sum over rows of cosine (+ bias) to the assigned centre */
  objective: number;
}

export function dot(a: Float32Array, i: number, b: Float32Array, j: number, dims: number): number {
  let s = 0;
  for (let t = 0; t < dims; t++) s += a[i * dims + t]! * b[j * dims + t]!;
  return s;
}

/** k-means++ seeds (cosine distance), as centre rows. */
function seeds(e: Rows, rows: Int32Array, k: number, rng: Rng): Float32Array {
  const c = new Float32Array(k * e.dims);
  const dist = new Float64Array(rows.length).fill(Infinity);
  let pick = rows[Math.floor(rng() * rows.length)]!;
  for (let j = 0; j < k; j++) {
    e.add(pick, c, j);
    let total = 0;
    for (let r = 0; r < rows.length; r++) {
      dist[r] = Math.min(dist[r]!, Math.max(0, 1 - e.dot(rows[r]!, c, j)));
      total += dist[r]!;
    }
    if (total <= 0) break;
    let u = rng() * total;
    let r = 0;
    while (r < rows.length - 1 && (u -= dist[r]!) > 0) r++;
    pick = rows[r]!;
  }
  return c;
}

/** Euclidean distance between two unit vectors whose cosine is s. */
const chord = (s: number): number => Math.sqrt(Math.max(0, 2 - 2 * s));

/**
 * Lloyd passes over `rows` from the given centres; returns labels (per rows entry) and the
 * objective. Without a bias, each row keeps a lower bound on its distance to every centre but its
 * own (Hamerly's bound, lowered by the centres' movement each pass): while its own centre is
 * nearer than that, the other centres need no dot products and the row stays where it is.
 */
function lloyd(e: Rows, rows: Int32Array, centres: Float32Array, k: number, maxPasses: number, bias?: Float32Array): { labels: Int32Array; objective: number } {
  const labels = new Int32Array(rows.length).fill(-1);
  const lower = new Float64Array(rows.length);
  let objective = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    let changed = 0;
    objective = 0;
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r]!;
      if (!bias && labels[r]! >= 0) {
        const own = e.dot(i, centres, labels[r]!);
        if (chord(own) <= lower[r]!) {
          objective += own;
          continue;
        }
      }
      let best = 0;
      let bestScore = -Infinity;
      let second = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = e.dot(i, centres, c) + (bias ? bias[i * k + c]! : 0);
        if (s > bestScore) {
          second = bestScore;
          bestScore = s;
          best = c;
        } else if (s > second) second = s;
      }
      if (labels[r] !== best) changed++;
      labels[r] = best;
      lower[r] = bias ? 0 : chord(second);
      objective += bestScore;
    }
    const drift = updateCentres(e, rows, labels, centres, k);
    for (let r = 0; r < rows.length; r++) lower[r]! -= drift;
    // Converged: the last thousandth of rows still swapping moves no theme.
    if (changed <= rows.length / 1000) break;
  }
  return { labels, objective };
}

/**
 * Each centre becomes its members' normalised mean; an empty one keeps its place. Returns the
 * farthest any centre moved (infinite when a centre is or becomes zero: no bound holds then).
 */
function updateCentres(e: Rows, rows: Int32Array, labels: Int32Array, centres: Float32Array, k: number): number {
  const d = e.dims;
  const sums = new Float64Array(k * d);
  const sizes = new Int32Array(k);
  for (let r = 0; r < rows.length; r++) {
    const c = labels[r]!;
    sizes[c]!++;
    e.add(rows[r]!, sums, c);
  }
  let drift = 0;
  for (let c = 0; c < k; c++) {
    if (sizes[c] === 0) continue;
    let norm = 0;
    for (let t = 0; t < d; t++) norm += sums[c * d + t]! ** 2;
    norm = Math.sqrt(norm);
    let before = 0;
    let moved = 0;
    for (let t = 0; t < d; t++) {
      const next = norm > 0 ? Math.fround(sums[c * d + t]! / norm) : 0;
      before += centres[c * d + t]! ** 2;
      moved += (next - centres[c * d + t]!) ** 2;
      centres[c * d + t] = next;
    }
    drift = norm > 0 && before > 0.5 ? Math.max(drift, Math.sqrt(moved)) : Infinity;
  }
  return drift;
}

export function kmeans(e: Rows, options: KmeansOptions): KmeansResult {
  const k = Math.max(1, Math.min(options.k, e.n));
  const maxPasses = options.maxPasses ?? 40;
  const all = Int32Array.from({ length: e.n }, (_, i) => i);
  const fitRows = e.n > (options.sampleRows ?? 3000) ? sampleIndices(e.n, options.sampleRows ?? 3000, options.rng) : all;
  let best: { centres: Float32Array; objective: number } | undefined;
  const restarts = options.initial ? 1 : Math.max(1, options.restarts ?? 5);
  for (let r = 0; r < restarts; r++) {
    const centres = options.initial ? Float32Array.from(options.initial) : seeds(e, fitRows, k, options.rng);
    const { objective } = lloyd(e, fitRows, centres, k, maxPasses, options.bias);
    if (!best || objective > best.objective) best = { centres, objective };
  }
  const centroids = best?.centres ?? new Float32Array(k * e.dims);
  const { labels, objective } = fitRows === all && best ? lloyd(e, all, centroids, k, 1, options.bias) : lloyd(e, all, centroids, k, 10, options.bias);
  const similarity = Float32Array.from(labels, (c, i) => e.dot(i, centroids, c));
  return { k, labels, centroids, similarity, objective };
}
