import { expect } from 'chai';
import { kmeans } from '../../server/synthesis/kmeans.js';
import { accuracy } from '../../server/synthesis/metrics.js';
import { createRng } from '../../server/synthesis/prng.js';
import { blobs, cosine } from './fixtures/planted.js';

describe('synthesis: spherical k-means (kmeans.ts)', () => {
  it('separates well-separated planted clusters exactly', () => {
    for (const [groups, seed] of [[2, 1], [4, 2], [7, 3]] as const) {
      const e = blobs(350, 16, groups, 0.3, seed);
      const r = kmeans(e, { k: groups, rng: createRng(seed) });
      expect(r.k).to.equal(groups);
      expect(accuracy(Array.from(e.truth), Array.from(r.labels)), `${groups} groups`).to.equal(1);
    }
  });

  it('fits on a sample of rows, then assigns every row', () => {
    const e = blobs(3000, 12, 5, 0.3, 4);
    const r = kmeans(e, { k: 5, rng: createRng(4), sampleRows: 400 });
    expect(r.labels).to.have.length(3000);
    expect(accuracy(Array.from(e.truth), Array.from(r.labels))).to.equal(1);
  });

  it('returns unit centres, each row’s cosine to its own centre, and the best such cosine', () => {
    const e = blobs(200, 10, 4, 0.6, 5);
    const r = kmeans(e, { k: 4, rng: createRng(5) });
    const centres = { x: r.centroids, n: r.k, dims: e.dims };
    for (let c = 0; c < r.k; c++) expect(cosine(centres, c, c)).to.be.closeTo(1, 1e-5);
    let objective = 0;
    for (let i = 0; i < e.n; i++) {
      const own = r.labels[i]!;
      let s = 0;
      for (let t = 0; t < e.dims; t++) s += e.x[i * e.dims + t]! * r.centroids[own * e.dims + t]!;
      expect(r.similarity[i]).to.be.closeTo(s, 1e-5);
      objective += s;
      for (let c = 0; c < r.k; c++) {
        let other = 0;
        for (let t = 0; t < e.dims; t++) other += e.x[i * e.dims + t]! * r.centroids[c * e.dims + t]!;
        expect(other, `row ${i} is nearer to centre ${c} than to its own`).to.be.at.most(s + 1e-4);
      }
    }
    // Centres move after the last assignment: the objective is of that assignment, close to this one.
    expect(r.objective).to.be.closeTo(objective, 0.05 * e.n);
  });

  it('is deterministic for a seed', () => {
    const e = blobs(300, 8, 6, 0.8, 6);
    const a = kmeans(e, { k: 6, rng: createRng(11) });
    expect(kmeans(e, { k: 6, rng: createRng(11) })).to.deep.equal(a);
  });

  it('starts from given centres, and a bias steers rows to a cluster against their cosine', () => {
    const e = blobs(100, 8, 2, 0.3, 7);
    const steered = [0, 2, 4, 6, 8]; // rows of group 0
    const plain = kmeans(e, { k: 2, rng: createRng(1), initial: e.centres });
    expect(Array.from(plain.labels)).to.deep.equal(Array.from(e.truth));
    const strong = new Float32Array(e.n * 2);
    for (const i of steered) strong[i * 2 + 1] = 3;
    const biased = kmeans(e, { k: 2, rng: createRng(1), initial: e.centres, bias: strong });
    for (let i = 0; i < e.n; i++) expect(biased.labels[i], `row ${i}`).to.equal(steered.includes(i) ? 1 : e.truth[i]);
    // A small bias does not outweigh a clear cosine.
    const weak = strong.map((b) => b / 300);
    expect(Array.from(kmeans(e, { k: 2, rng: createRng(1), initial: e.centres, bias: weak }).labels)).to.deep.equal(Array.from(e.truth));
  });

  it('caps k at the number of rows', () => {
    const e = blobs(3, 4, 3, 0.1, 8);
    const r = kmeans(e, { k: 10, rng: createRng(1) });
    expect(r.k).to.equal(3);
    expect(new Set(r.labels).size).to.equal(3);
  });
});
