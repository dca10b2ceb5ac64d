/**
 * The cluster stage: decides whether the strategic issues lead (their lexicons speak for most
 * suggestions, across several issues) and how many themes, then clusters the embedded rows.
 */
import { chooseK } from './choose-k.js';
import { evidenceShares, guidedClusters, issueSupport } from './guided.js';
import { kmeans } from './kmeans.js';
import type { Embedding } from './lsa.js';
import type { Rng } from './prng.js';

export interface ClusterPlan {
  mode: 'issues' | 'open';
  labels: Int32Array;
  centroids: Float32Array;
  similarity: Float32Array;
  /** per cluster: the issue entry leading it, or -1 */
  issueOf: Int32Array;
  k: number;
  kScores: Array<{ k: number; score: number }>;
}

export interface ClusterOptions {
  k: number | 'auto';
  rng: Rng;
  /** per embedded row, each issue's lexicon evidence */
  evidence: readonly Float64Array[];
  issuePrior: number;
}

/**
 * Issue-led when the lexicons speak for most suggestions (a forum on the road-map: ~0.8-0.95),
 * across several issues; other text (complaints, news, questions) stays open (0.2-0.6).
 */
export const LEAD_COVERAGE = 0.7;
const LEAD_SPREAD = 4;

export function clusterRows(e: Embedding, options: ClusterOptions): ClusterPlan {
  const shares = evidenceShares(options.evidence);
  const issues = options.evidence[0]?.length ?? 0;
  const support = issueSupport(shares, issues);
  const covered = shares.filter((s) => s.some((v) => v > 0)).length;
  // An issue leads a theme when it speaks for a few suggestions: 2, or 3% of a large input.
  const minSupport = Math.max(2, 0.03 * e.n);
  const active = [...support.keys()].filter((j) => support[j]! >= minSupport).sort((a, b) => support[b]! - support[a]! || a - b);
  const spread = active.filter((j) => options.evidence.filter((ev) => ev[j]! > 0).length >= 0.05 * e.n).length;
  const issueLed = options.issuePrior > 0 && e.n >= 4 && covered >= LEAD_COVERAGE * e.n && spread >= Math.min(LEAD_SPREAD, active.length) && active.length >= 2;

  if (issueLed) {
    let leading = active;
    let free = 0;
    let kScores: ClusterPlan['kScores'] = [];
    if (options.k === 'auto') {
      // Themes beyond the issues: found among the suggestions no issue keyword speaks for.
      const unexplained = shares.map((s, i) => (s.some((v) => v > 0) ? -1 : i)).filter((i) => i >= 0);
      if (unexplained.length >= Math.max(10, 0.1 * e.n)) {
        const sub = subset(e, unexplained);
        const choice = chooseK(sub, options.rng, { maxK: Math.max(2, Math.floor(unexplained.length / 5)) });
        free = choice.k;
        kScores = choice.scores;
      }
    } else {
      leading = active.slice(0, options.k);
      free = Math.max(0, options.k - leading.length);
    }
    const r = guidedClusters(e, shares, { issues: leading, free, rng: options.rng, priorWeight: options.issuePrior });
    return { mode: 'issues', ...r, kScores };
  }
  let k: number;
  let kScores: ClusterPlan['kScores'] = [];
  if (options.k === 'auto') {
    const choice = chooseK(e, options.rng);
    k = choice.k;
    kScores = choice.scores;
  } else k = Math.min(options.k, e.n);
  const r = kmeans(e, { k, rng: options.rng, restarts: 3 });
  return { mode: 'open', ...r, issueOf: new Int32Array(r.k).fill(-1), kScores };
}

function subset(e: Embedding, rows: readonly number[]): Embedding {
  const x = new Float32Array(rows.length * e.dims);
  rows.forEach((r, i) => x.set(e.x.subarray(r * e.dims, (r + 1) * e.dims), i * e.dims));
  return { x, n: rows.length, dims: e.dims };
}
