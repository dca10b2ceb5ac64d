/**
 * Issue-led clustering: the road-map's strategic issues lead the grouping. Each issue's lexicon
 * evidence is a prior (the idea of BERTopic's seed topics, on the project's own vectors): an
 * issue's theme starts at the centre of the suggestions its keywords name, and every suggestion
 * is assigned by cosine to the centres plus a bonus for the issues its own words name. Centres
 * then move with what the members actually say, so words the lexicon never listed ("lontar",
 * "royalti lagu") pull their suggestions to the issue they co-occur with. Free themes, seeded in
 * the suggestions no issue explains, take what the taxonomy does not name.
 */
import { kmeans, type KmeansResult, type Rows } from './kmeans.js';
import type { Rng } from './prng.js';

export interface GuidedOptions {
  /** the issues to lead themes (entry indices), strongest first */
  issues: readonly number[];
  /** themes besides the issues' */
  free: number;
  rng: Rng;
  /** weight of the lexicon prior against the cosine (default 0.3) */
  priorWeight?: number;
}

export interface GuidedResult extends KmeansResult {
  /** per cluster: the issue entry it is led by, or -1 for a free theme */
  issueOf: Int32Array;
}

/** Per suggestion, each issue's share of its lexicon evidence (rows of length issues.length). */
export function evidenceShares(evidence: readonly Float64Array[]): Float64Array[] {
  return evidence.map((e) => {
    const total = e.reduce((a, b) => a + b, 0);
    return total > 0 ? e.map((v) => v / total) : new Float64Array(e.length);
  });
}

/** Total evidence share per issue over all suggestions: how much of the forum speaks of it. */
export function issueSupport(shares: readonly Float64Array[], issues: number): Float64Array {
  const support = new Float64Array(issues);
  for (const s of shares) for (let j = 0; j < issues; j++) support[j]! += s[j]!;
  return support;
}

export function guidedClusters(e: Rows, shares: readonly Float64Array[], options: GuidedOptions): GuidedResult {
  const k = options.issues.length + options.free;
  const lambda = options.priorWeight ?? 0.3;
  const centres = new Float32Array(k * e.dims);
  options.issues.forEach((issue, c) => {
    for (let i = 0; i < e.n; i++) {
      const w = shares[i]![issue]!;
      if (w > 0) e.add(i, centres, c, w);
    }
  });
  for (let c = 0; c < options.issues.length; c++) normalise(centres, c, e.dims);
  // Free centres: farthest-first picks among the suggestions least explained by the issues.
  const explained = Float64Array.from({ length: e.n }, (_, i) => options.issues.reduce((s, j) => s + shares[i]![j]!, 0));
  for (let c = options.issues.length; c < k; c++) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < e.n; i++) {
      if (e.empty(i)) continue;
      let nearest = 0;
      for (let d = 0; d < c; d++) nearest = Math.max(nearest, e.dot(i, centres, d));
      const score = (1 - nearest) * (1 - explained[i]!) + 1e-6 * options.rng();
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best >= 0) e.add(best, centres, c);
    normalise(centres, c, e.dims);
  }
  const bias = new Float32Array(e.n * k);
  for (let i = 0; i < e.n; i++) options.issues.forEach((issue, c) => (bias[i * k + c] = lambda * shares[i]![issue]!));
  const result = kmeans(e, { k, rng: options.rng, initial: centres, bias });
  const issueOf = Int32Array.from({ length: k }, (_, c) => (c < options.issues.length ? options.issues[c]! : -1));
  return { ...result, issueOf };
}

/** Scales centre `row` to unit length (a zero centre stays zero). */
function normalise(x: Float32Array, row: number, dims: number): void {
  let s = 0;
  for (let t = 0; t < dims; t++) s += x[row * dims + t]! ** 2;
  const n = Math.sqrt(s) || 1;
  for (let t = 0; t < dims; t++) x[row * dims + t]! /= n;
}
