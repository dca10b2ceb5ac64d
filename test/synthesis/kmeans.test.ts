import { expect } from 'chai';
import { denseRows, kmeans as kmeansOf, sparseRows, type KmeansOptions } from '../../server/synthesis/kmeans.js';
import { denseEmbedding, type Embedding } from '../../server/synthesis/lsa.js';
import type { Csr } from '../../server/synthesis/vectorise.js';
import { accuracy } from '../../server/synthesis/metrics.js';
import { createRng } from '../../server/synthesis/prng.js';
import { blobs, cosine } from './fixtures/planted.js';

const kmeans = (e: Embedding, options: KmeansOptions) => kmeansOf(denseRows(e), options);

describe('synthesis: spherical k-means (kmeans.ts)', () => {
  it('clusters sparse rows exactly as the same rows made dense', () => {
    // Four topics of six terms each; every row holds three terms of its topic and one stray term.
    const rng = createRng(9);
    const rows = 200;
    const cols = 30;
    const indptr = new Int32Array(rows + 1);
    const indices: number[] = [];
    const data: number[] = [];
    for (let i = 0; i < rows; i++) {
      const topic = i % 4;
      const terms = new Set<number>();
      while (terms.size < 3) terms.add(topic * 6 + Math.floor(rng() * 6));
      terms.add(24 + Math.floor(rng() * 6));
      const sorted = [...terms].sort((a, b) => a - b);
      const weights = sorted.map(() => 0.5 + rng());
      const norm = Math.hypot(...weights);
      sorted.forEach((t, j) => {
        indices.push(t);
        data.push(weights[j]! / norm);
      });
      indptr[i + 1] = indices.length;
    }
    const m: Csr = { rows, cols, indptr, indices: Int32Array.from(indices), data: Float64Array.from(data) };
    const sparse = kmeansOf(sparseRows(m), { k: 4, rng: createRng(3) });
    const dense = kmeansOf(denseRows(denseEmbedding(m)), { k: 4, rng: createRng(3) });
    expect(Array.from(sparse.labels)).to.deep.equal(Array.from(dense.labels));
    expect(accuracy(Array.from({ length: rows }, (_, i) => i % 4), Array.from(sparse.labels))).to.equal(1);
    for (let i = 0; i < sparse.centroids.length; i++) expect(sparse.centroids[i]).to.be.closeTo(dense.centroids[i]!, 1e-5);
  });

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

  it('skips dot products by its distance bounds without changing a label or the objective', () => {
    // A zero bias takes the path that scores every centre for every row on every pass.
    for (const [groups, noise, seed] of [[6, 0.8, 6], [12, 1.2, 8], [20, 2, 9]] as const) {
      const e = blobs(1500, 24, groups, noise, seed);
      const bounded = kmeans(e, { k: groups, rng: createRng(seed), restarts: 2, sampleRows: 600 });
      const scanned = kmeans(e, { k: groups, rng: createRng(seed), restarts: 2, sampleRows: 600, bias: new Float32Array(e.n * groups) });
      expect(Array.from(bounded.labels), `${groups} groups`).to.deep.equal(Array.from(scanned.labels));
      expect(bounded.objective).to.be.closeTo(scanned.objective, 1e-6 * e.n);
    }
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
