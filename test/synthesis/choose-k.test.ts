import { expect } from 'chai';
import { PLAIN_K, candidateKs, chooseK, kneeOf, silhouette } from '../../server/synthesis/choose-k.js';
import type { Embedding } from '../../server/synthesis/lsa.js';
import { createRng, gaussian } from '../../server/synthesis/prng.js';
import { blobs, normaliseRows } from './fixtures/planted.js';

/** Silhouette by its definition (cosine distance; a point alone in its cluster scores 0), mean over all points. */
function bruteSilhouette(points: number[][], labels: number[]): number {
  const cos = (a: number[], b: number[]): number => {
    const dot = a.reduce((s, v, t) => s + v * b[t]!, 0);
    return dot / Math.sqrt(a.reduce((s, v) => s + v * v, 0) * b.reduce((s, v) => s + v * v, 0));
  };
  const clusters = [...new Set(labels)];
  let total = 0;
  points.forEach((p, i) => {
    const meanTo = (c: number): number => {
      const others = points.filter((_, j) => j !== i && labels[j] === c);
      return others.reduce((s, q) => s + (1 - cos(p, q)), 0) / others.length;
    };
    if (labels.filter((l) => l === labels[i]).length === 1) return;
    const a = meanTo(labels[i]!);
    const b = Math.min(...clusters.filter((c) => c !== labels[i]).map(meanTo));
    total += (b - a) / Math.max(a, b);
  });
  return total / points.length;
}

describe('synthesis: choosing the number of themes (choose-k.ts)', () => {
  it('computes the silhouette by its definition on a tiny example', () => {
    const rng = createRng(1);
    const points = Array.from({ length: 9 }, () => Array.from({ length: 4 }, () => gaussian(rng)));
    const e: Embedding = { x: Float32Array.from(points.flat()), n: 9, dims: 4 };
    normaliseRows(e.x, 9, 4);
    for (const labels of [
      [0, 0, 0, 1, 1, 1, 2, 2, 2],
      [0, 1, 0, 1, 0, 1, 0, 1, 2], // a singleton cluster scores 0
      [1, 1, 1, 1, 1, 0, 0, 0, 0],
    ]) {
      const k = Math.max(...labels) + 1;
      expect(silhouette(e, Int32Array.from(labels), k), labels.join('')).to.be.closeTo(bruteSilhouette(points, labels), 1e-6);
    }
    // An unused cluster id changes nothing.
    expect(silhouette(e, Int32Array.from([0, 0, 0, 2, 2, 2, 3, 3, 3]), 4)).to.be.closeTo(bruteSilhouette(points, [0, 0, 0, 2, 2, 2, 3, 3, 3]), 1e-6);
  });

  it('scores a planted partition above a shuffled one', () => {
    const e = blobs(60, 6, 3, 0.3, 2);
    const shuffled = Int32Array.from(e.truth, (_, i) => Math.floor(i / 20)); // blocks of 20 mix the groups
    expect(silhouette(e, e.truth, 3)).to.be.greaterThan(0.5);
    expect(silhouette(e, e.truth, 3)).to.be.greaterThan(silhouette(e, shuffled, 3) + 0.3);
  });

  it('finds the number of well-separated planted clusters, the same for the same seed', () => {
    for (const groups of [3, 5, 8]) {
      const e = blobs(300, 16, groups, 0.3, 10 + groups);
      const a = chooseK(e, createRng(1));
      expect(a.k, `${groups} groups`).to.equal(groups);
      expect(a.scores.map((s) => s.k)).to.deep.equal(candidateKs(300));
      expect(chooseK(e, createRng(1))).to.deep.equal(a);
    }
  });

  it('offers increasing candidates from 2 up to a cap that never reaches the number of rows', () => {
    for (const [n, maxK] of [[3, 30], [5, 30], [100, 30], [10_000, 30], [10_000, 6]] as const) {
      const ks = candidateKs(n, maxK);
      expect(ks[0], `n=${n}`).to.equal(2);
      for (let i = 1; i < ks.length; i++) expect(ks[i]).to.be.greaterThan(ks[i - 1]!);
      expect(ks[ks.length - 1]).to.be.at.most(Math.max(2, Math.min(maxK, n - 1)));
    }
    expect(candidateKs(10_000, 6)).to.deep.equal([2, 3, 4, 5, 6]);
    expect(candidateKs(10_000).length).to.be.greaterThan(candidateKs(100).length);
  });

  it('copes with tiny inputs', () => {
    for (const n of [3, 4, 6]) {
      const choice = chooseK(blobs(n, 4, 2, 0.1, n), createRng(1));
      expect(choice.k, `${n} rows`).to.be.within(1, Math.max(2, n - 1));
    }
  });

  it('reads the curve: a clear peak, else its knee, else (an even rise) the plain number of themes', () => {
    const curve = (f: (k: number) => number) => candidateKs(1000).map((k) => ({ k, score: f(k) }));
    // Peak at 5, falling well after it.
    expect(kneeOf(curve((k) => (k === 5 ? 0.9 : 0.3)))).to.equal(5);
    // Fast rise to 12, then nearly flat up to the best at 30: the knee is 12.
    expect(kneeOf(curve((k) => (k <= 12 ? 0.02 * k : 0.24 + 0.001 * (k - 12))))).to.equal(12);
    // An even rise has no knee.
    expect(kneeOf(curve((k) => 0.01 * k))).to.equal(PLAIN_K);
    // The best at the smallest k.
    expect(kneeOf(curve((k) => 1 / k))).to.equal(2);
  });
});
