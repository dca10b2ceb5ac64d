/**
 * The cluster stage: decides whether the strategic issues lead (their lexicons speak for most
 * suggestions, across several issues) and how many themes, then clusters. Issue-led themes
 * cluster the TF-IDF rows themselves (the issues' prior carries the grouping; an SVD would only
 * cost time); open clustering embeds them first (LSA: synonyms and co-occurrence matter there).
 */
import { chooseK } from './choose-k.js';
import { evidenceShares, guidedClusters, issueSupport } from './guided.js';
import { denseRows, kmeans, sparseRows, type Rows } from './kmeans.js';
import { denseEmbedding, lsaEmbedding, type Embedding } from './lsa.js';
import type { Rng } from './prng.js';
import { selectRows, type Csr } from './vectorise.js';

/** Up to this many texts the TF-IDF rows are the embedding (an SVD of a few dozen texts loses words). */
const DENSE_ROWS = 400;
const LSA_DIMS = 100;

/** Rows ready for choose-k and open k-means: the TF-IDF rows (few texts) or their LSA. */
export function embed(m: Csr, rng: Rng): Embedding {
  return m.rows <= DENSE_ROWS || m.cols <= LSA_DIMS ? denseEmbedding(m) : lsaEmbedding(m, LSA_DIMS, rng);
}

export interface ClusterPlan {
  mode: 'issues' | 'open';
  /** the rows as clustered (centroids are in their space) */
  rows: Rows;
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
 * Issue-led when the lexicons speak for most suggestions (a forum on the road-map: 0.8-0.95)
 * and the talk spreads over five issues or more, each in 5 % of the texts (a road-map forum
 * covers its chapters); other text stays open: news and Q&A match little (0.2-0.55), complaints
 * may match as much (LAPOR!: 0.6-0.7) but mostly two or three issues (roads, aid, schooling).
 */
export const LEAD_COVERAGE = 0.7;
const LEAD_SPREAD = 5;

export function clusterRows(matrix: Csr, options: ClusterOptions): ClusterPlan {
  const n = matrix.rows;
  const shares = evidenceShares(options.evidence);
  const issues = options.evidence[0]?.length ?? 0;
  const support = issueSupport(shares, issues);
  const covered = shares.filter((s) => s.some((v) => v > 0)).length;
  // An issue leads a theme when it speaks for a few suggestions: 2, or 3% of a large input.
  const minSupport = Math.max(2, 0.03 * n);
  const active = [...support.keys()].filter((j) => support[j]! >= minSupport).sort((a, b) => support[b]! - support[a]! || a - b);
  const spread = active.filter((j) => options.evidence.filter((ev) => ev[j]! > 0).length >= 0.05 * n).length;
  // A handful of suggestions cannot cover five chapters yet: one issue per 20 texts, at least two.
  const wantedSpread = Math.min(LEAD_SPREAD, issues, Math.max(2, Math.floor(n / 20)));
  const issueLed = options.issuePrior > 0 && n >= 4 && covered >= LEAD_COVERAGE * n && spread >= wantedSpread && active.length >= 2;

  if (issueLed) {
    let leading = active;
    let free = 0;
    let kScores: ClusterPlan['kScores'] = [];
    if (options.k === 'auto') {
      // Themes beyond the issues: found among the suggestions no issue keyword speaks for.
      const unexplained = shares.map((s, i) => (s.some((v) => v > 0) ? -1 : i)).filter((i) => i >= 0);
      if (unexplained.length >= Math.max(10, 0.1 * n)) {
        const choice = chooseK(embed(selectRows(matrix, unexplained), options.rng), options.rng, { maxK: Math.max(2, Math.floor(unexplained.length / 5)) });
        free = choice.k;
        kScores = choice.scores;
      }
    } else {
      leading = active.slice(0, options.k);
      free = Math.max(0, options.k - leading.length);
    }
    const rows = sparseRows(matrix);
    const r = guidedClusters(rows, shares, { issues: leading, free, rng: options.rng, priorWeight: options.issuePrior });
    return { mode: 'issues', rows, ...r, kScores };
  }
  // Open clustering needs rows with shared words: an empty row would seed a theme of nothing.
  const filled: number[] = [];
  for (let i = 0; i < n; i++) if (matrix.indptr[i + 1]! > matrix.indptr[i]!) filled.push(i);
  if (filled.length === 0) {
    const none = sparseRows(matrix);
    return { mode: 'open', rows: none, labels: new Int32Array(n).fill(-1), centroids: new Float32Array(0), similarity: new Float32Array(n), issueOf: new Int32Array(0), k: 0, kScores: [] };
  }
  const e = embed(selectRows(matrix, filled), options.rng);
  let k: number;
  let kScores: ClusterPlan['kScores'] = [];
  if (options.k === 'auto') {
    const choice = chooseK(e, options.rng);
    k = choice.k;
    kScores = choice.scores;
  } else k = Math.min(options.k, e.n);
  const rows = denseRows(e);
  const r = kmeans(rows, { k, rng: options.rng, restarts: 3 });
  // Back to the caller's rows: a row left out is in no cluster (-1).
  const labels = new Int32Array(n).fill(-1);
  const similarity = new Float32Array(n);
  filled.forEach((i, f) => {
    labels[i] = r.labels[f]!;
    similarity[i] = r.similarity[f]!;
  });
  return { mode: 'open', rows: remapped(rows, filled, n), ...r, labels, similarity, issueOf: new Int32Array(r.k).fill(-1), kScores };
}

/** `rows` (over the filled rows) addressed by the caller's row numbers; a left-out row is zero. */
function remapped(rows: Rows, filled: readonly number[], n: number): Rows {
  const at = new Int32Array(n).fill(-1);
  filled.forEach((i, f) => (at[i] = f));
  return {
    n,
    dims: rows.dims,
    dot: (i, centres, c) => (at[i]! >= 0 ? rows.dot(at[i]!, centres, c) : 0),
    add: (i, target, c, weight) => {
      if (at[i]! >= 0) rows.add(at[i]!, target, c, weight);
    },
    empty: (i) => at[i]! < 0 || rows.empty(at[i]!),
  };
}
