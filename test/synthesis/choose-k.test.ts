import { expect } from 'chai';
import { MergePath, candidateKs, chooseK, pathPartition, silhouette } from '../../server/synthesis/choose-k.js';
import { createRng, gaussian } from '../../server/synthesis/prng.js';
import { DEFAULT_TUNING, clusterFromPartition, type Embedding } from '../../server/synthesis/cluster.js';
import { nmi } from '../../server/synthesis/metrics.js';

/** n unit rows in d dims around `centres` random directions (noise: spread around each centre). */
function blobs(n: number, d: number, centres: number, noise: number, seed: number): Embedding & { truth: Int32Array } {
  const rng = createRng(seed);
  const c = Array.from({ length: centres }, () => Array.from({ length: d }, () => gaussian(rng)));
  const x = new Float32Array(n * d);
  const truth = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const j = i % centres;
    truth[i] = j;
    let s = 0;
    for (let t = 0; t < d; t++) {
      const v = c[j]![t]! + noise * gaussian(rng);
      x[i * d + t] = v;
      s += v * v;
    }
    for (let t = 0; t < d; t++) x[i * d + t]! /= Math.sqrt(s);
  }
  return { x, n, dims: d, truth };
}

function cosines(e: Embedding): Float32Array {
  const sim = new Float32Array(e.n * e.n);
  for (let i = 0; i < e.n; i++)
    for (let j = 0; j < e.n; j++) {
      let s = 0;
      for (let t = 0; t < e.dims; t++) s += e.x[i * e.dims + t]! * e.x[j * e.dims + t]!;
      sim[i * e.n + j] = i === j ? 1 : s;
    }
  return sim;
}

describe('synthesis: choosing the number of themes', () => {
  it('keeps the silhouette of every merged partition equal to one computed from scratch', () => {
    const e = blobs(120, 8, 6, 0.9, 3);
    const sim = cosines(e);
    const start = Int32Array.from({ length: e.n }, (_, i) => i % 10);
    const path = new MergePath(e.x, e.n, e.dims, start, 10);
    let checked = 0;
    do {
      // Relabel the live clusters 0..k-1 and score the same partition directly.
      const ids = new Map<number, number>();
      const labels = Int32Array.from(path.label, (c) => ids.get(c) ?? (ids.set(c, ids.size), ids.size - 1));
      expect(ids.size).to.equal(path.live);
      expect(path.silhouette()).to.be.closeTo(silhouette(sim, e.n, labels, ids.size), 1e-6);
      checked++;
    } while (path.mergeCheapest());
    expect(checked).to.equal(9); // 10 clusters down to 2
    expect(path.live).to.equal(2);
  });

  it('finds the number of well separated groups, the same for the same seed', () => {
    for (const groups of [3, 5, 8]) {
      const e = blobs(900, 40, groups, 0.35, 10 + groups);
      const a = chooseK(e, { seed: 1 });
      expect(a.k, `${groups} groups`).to.equal(groups);
      expect(chooseK(e, { seed: 1 })).to.deep.equal(a);
      expect(a.scores.map((s) => s.k)).to.deep.equal(candidateKs(900));
    }
  });

  it('copes with tiny inputs', () => {
    expect(chooseK(blobs(3, 4, 2, 0.1, 1), { seed: 1 }).k).to.be.at.most(1);
    const four = chooseK(blobs(4, 4, 2, 0.1, 1), { seed: 1 });
    expect(four.k).to.be.within(1, 2);
  });

  it("gives its partition at the chosen k, and the merge path's at a planner's k, as k-means seeds", () => {
    const e = blobs(6000, 24, 5, 0.5, 21);
    const choice = chooseK(e, { seed: 2 });
    expect(choice.k).to.equal(5);
    const { rows, labels } = choice.seeds!;
    expect(labels.length).to.equal(rows.length);
    expect(new Set(labels).size).to.equal(5);
    expect(Math.max(...labels)).to.equal(4);
    // The partition agrees with the groups of its rows already; k-means from it on all rows too.
    expect(nmi(Array.from(rows, (r) => e.truth[r]!), Array.from(labels))).to.be.greaterThan(0.95);
    const clusters = clusterFromPartition(e, 5, choice.seeds!, 2, DEFAULT_TUNING);
    expect(nmi(Array.from(e.truth), Array.from(clusters.assignment))).to.be.greaterThan(0.95);
    expect(clusterFromPartition(e, 5, choice.seeds!, 2, DEFAULT_TUNING)).to.deep.equal(clusters);
    const three = pathPartition(e, 3, { seed: 2 })!;
    expect(three.rows).to.deep.equal(rows);
    expect(new Set(three.labels).size).to.equal(3);
    // Merges only join clusters: each of the 3 is a union of the chosen 5.
    const parent = new Map<number, number>();
    labels.forEach((c, i) => expect(parent.get(c) ?? (parent.set(c, three.labels[i]!), three.labels[i]!)).to.equal(three.labels[i]));
    expect(pathPartition(e, 1, { seed: 2 })).to.equal(undefined);
    expect(pathPartition(e, 500, { seed: 2 })).to.equal(undefined);
  });
});
