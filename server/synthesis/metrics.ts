/**
 * External clustering scores against known labels (evaluation) and agreement between two
 * clusterings (stability): NMI (arithmetic mean, as scikit-learn), ARI, ACC, purity. 0..1.
 */
import { maxWeightMatching } from './hungarian.js';

interface Contingency {
  table: Float64Array;
  rows: number;
  cols: number;
  rowSums: Float64Array;
  colSums: Float64Array;
  n: number;
}

function densify(labels: ArrayLike<number | string>): { ids: Int32Array; count: number } {
  const map = new Map<number | string, number>();
  const ids = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    let id = map.get(labels[i]!);
    if (id === undefined) map.set(labels[i]!, (id = map.size));
    ids[i] = id;
  }
  return { ids, count: map.size };
}

function contingency(a: ArrayLike<number | string>, b: ArrayLike<number | string>): Contingency {
  if (a.length !== b.length) throw new Error('label arrays differ in length');
  const x = densify(a);
  const y = densify(b);
  const table = new Float64Array(x.count * y.count);
  const rowSums = new Float64Array(x.count);
  const colSums = new Float64Array(y.count);
  for (let i = 0; i < a.length; i++) {
    table[x.ids[i]! * y.count + y.ids[i]!]!++;
    rowSums[x.ids[i]!]!++;
    colSums[y.ids[i]!]!++;
  }
  return { table, rows: x.count, cols: y.count, rowSums, colSums, n: a.length };
}

function entropy(sums: Float64Array, n: number): number {
  let h = 0;
  for (const s of sums) if (s > 0) h -= (s / n) * Math.log(s / n);
  return h;
}

/** Normalised mutual information, arithmetic-mean normalisation. */
export function nmi(truth: ArrayLike<number | string>, pred: ArrayLike<number | string>): number {
  const c = contingency(truth, pred);
  if (c.n === 0) return 1;
  const hx = entropy(c.rowSums, c.n);
  const hy = entropy(c.colSums, c.n);
  if (hx === 0 && hy === 0) return 1;
  let mi = 0;
  for (let i = 0; i < c.rows; i++) {
    for (let j = 0; j < c.cols; j++) {
      const v = c.table[i * c.cols + j]!;
      if (v > 0) mi += (v / c.n) * Math.log((v * c.n) / (c.rowSums[i]! * c.colSums[j]!));
    }
  }
  const denom = (hx + hy) / 2;
  return denom > 0 ? Math.max(0, mi / denom) : 0;
}

const choose2 = (x: number): number => (x * (x - 1)) / 2;

/** Adjusted Rand index. */
export function ari(truth: ArrayLike<number | string>, pred: ArrayLike<number | string>): number {
  const c = contingency(truth, pred);
  let index = 0;
  for (const v of c.table) index += choose2(v);
  let a = 0;
  for (const v of c.rowSums) a += choose2(v);
  let b = 0;
  for (const v of c.colSums) b += choose2(v);
  const expected = (a * b) / (choose2(c.n) || 1);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/** Clustering accuracy: share of items on the best one-to-one cluster -> label mapping. */
export function accuracy(truth: ArrayLike<number | string>, pred: ArrayLike<number | string>): number {
  const c = contingency(pred, truth);
  if (c.n === 0) return 1;
  const match = maxWeightMatching(c.table, c.rows, c.cols);
  let hit = 0;
  match.forEach((j, i) => {
    if (j >= 0) hit += c.table[i * c.cols + j]!;
  });
  return hit / c.n;
}

/** Purity: each cluster counts its majority label. */
export function purity(truth: ArrayLike<number | string>, pred: ArrayLike<number | string>): number {
  const c = contingency(pred, truth);
  if (c.n === 0) return 1;
  let hit = 0;
  for (let i = 0; i < c.rows; i++) {
    let best = 0;
    for (let j = 0; j < c.cols; j++) best = Math.max(best, c.table[i * c.cols + j]!);
    hit += best;
  }
  return hit / c.n;
}
