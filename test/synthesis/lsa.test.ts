import { expect } from 'chai';
import { denseEmbedding, lsaEmbedding, type Embedding } from '../../server/synthesis/lsa.js';
import { symmetricEigen } from '../../server/synthesis/eigen.js';
import type { Csr } from '../../server/synthesis/vectorise.js';
import { createRng, gaussian } from '../../server/synthesis/prng.js';
import { cosine, lowRankRows, topicRows } from './fixtures/planted.js';

/** Cosine of rows i and j of a CSR matrix. */
function csrCosine(m: Csr, i: number, j: number): number {
  const row = new Map<number, number>();
  for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) row.set(m.indices[p]!, m.data[p]!);
  let dot = 0;
  let ni = 0;
  let nj = 0;
  for (const v of row.values()) ni += v * v;
  for (let p = m.indptr[j]!; p < m.indptr[j + 1]!; p++) {
    dot += (row.get(m.indices[p]!) ?? 0) * m.data[p]!;
    nj += m.data[p]! ** 2;
  }
  return dot / Math.sqrt(ni * nj);
}

function rowNorm(e: Embedding, i: number): number {
  return Math.sqrt(cosine(e, i, i));
}

describe('synthesis: LSA (lsa.ts)', () => {
  it('symmetricEigen reconstructs a random symmetric matrix: A = V diag(w) V^T, V orthonormal, w descending', () => {
    for (const [l, seed] of [[1, 1], [2, 2], [7, 3], [20, 4], [110, 5]] as const) {
      const rng = createRng(seed);
      const a = new Float64Array(l * l);
      for (let i = 0; i < l; i++) for (let j = i; j < l; j++) a[i * l + j] = a[j * l + i] = gaussian(rng);
      const { values, vectors } = symmetricEigen(a, l);
      expect(values).to.have.length(l);
      for (let c = 1; c < l; c++) expect(values[c]).to.be.at.most(values[c - 1]!);
      for (let i = 0; i < l; i++) {
        for (let j = 0; j < l; j++) {
          let rebuilt = 0;
          let gram = 0;
          for (let c = 0; c < l; c++) {
            rebuilt += vectors[i * l + c]! * values[c]! * vectors[j * l + c]!;
            gram += vectors[c * l + i]! * vectors[c * l + j]!;
          }
          expect(rebuilt, `A[${i}][${j}] (l=${l})`).to.be.closeTo(a[i * l + j]!, 1e-9);
          expect(gram, `V^T V [${i}][${j}]`).to.be.closeTo(i === j ? 1 : 0, 1e-9);
        }
      }
    }
  });

  it('symmetricEigen leaves its input untouched and finds the known spectrum of a diagonal matrix', () => {
    const a = Float64Array.from([2, 0, 0, 0, 5, 0, 0, 0, -1]);
    const copy = Float64Array.from(a);
    const { values } = symmetricEigen(a, 3);
    expect(Array.from(values)).to.deep.equal([5, 2, -1]);
    expect(a).to.deep.equal(copy);
  });

  it('symmetricEigen finds a rank-deficient Gram matrix: its zero eigenvalues, and vectors that rebuild it', () => {
    // B B^T of a 12 x 3 matrix: rank 3, nine zero eigenvalues (repeated).
    const rng = createRng(6);
    const l = 12;
    const b = Float64Array.from({ length: l * 3 }, () => gaussian(rng));
    const a = new Float64Array(l * l);
    for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) for (let t = 0; t < 3; t++) a[i * l + j]! += b[i * 3 + t]! * b[j * 3 + t]!;
    const { values, vectors } = symmetricEigen(a, l);
    for (let c = 3; c < l; c++) expect(values[c]).to.be.closeTo(0, 1e-9);
    for (let i = 0; i < l; i++) {
      for (let j = 0; j < l; j++) {
        let rebuilt = 0;
        for (let c = 0; c < 3; c++) rebuilt += vectors[i * l + c]! * values[c]! * vectors[j * l + c]!;
        expect(rebuilt).to.be.closeTo(a[i * l + j]!, 1e-9);
      }
    }
  });

  it('keeps the topic structure of planted topic blocks, in unit rows (with and without row sampling)', () => {
    // 3,200 rows: the SVD is fitted on a sample of them, then every row is projected.
    for (const n of [240, 3200]) {
      const { m, truth } = topicRows(n, 4, 12, createRng(n));
      const e = lsaEmbedding(m, 4, createRng(1));
      expect(e.n).to.equal(n);
      expect(e.dims).to.equal(4);
      for (let i = 0; i < n; i++) expect(rowNorm(e, i)).to.be.closeTo(1, 1e-5);
      let within = 0;
      let across = 0;
      let withinPairs = 0;
      let acrossPairs = 0;
      for (let i = 0; i < 200; i++) {
        for (let j = i + 1; j < 200; j++) {
          if (truth[i] === truth[j]) {
            within += cosine(e, i, j);
            withinPairs++;
          } else {
            across += Math.abs(cosine(e, i, j));
            acrossPairs++;
          }
        }
      }
      expect(within / withinPairs, `n=${n}`).to.be.greaterThan(0.9);
      expect(across / acrossPairs, `n=${n}`).to.be.lessThan(0.1);
    }
  });

  it('keeps every cosine of a matrix whose rank is within its dimensions (a projection onto the row space)', () => {
    // The second: rank 5 in 100 dimensions, 3,000 rows (a large leading singular value: the power
    // iterations are orthonormalised only at the end, and the 95 empty directions must stay empty).
    for (const [rows, cols, dims] of [[300, 150, 12], [3000, 400, 100]] as const) {
      const m = lowRankRows(rows, cols, 5, createRng(9));
      const e = lsaEmbedding(m, dims, createRng(2));
      expect(e.dims).to.be.at.most(dims);
      const rng = createRng(3);
      for (let t = 0; t < 300; t++) {
        const i = Math.floor(rng() * m.rows);
        const j = Math.floor(rng() * m.rows);
        expect(cosine(e, i, j), `rows ${i}, ${j} of ${rows}`).to.be.closeTo(csrCosine(m, i, j), 1e-4);
      }
    }
  });

  it('is deterministic for a seed, and leaves empty rows empty', () => {
    const { m } = topicRows(120, 3, 10, createRng(4));
    // Row 0 emptied: same indptr start and end.
    const indptr = Int32Array.from(m.indptr, (p, i) => (i === 0 ? 0 : p - (m.indptr[1]! - m.indptr[0]!)));
    const emptied: Csr = { ...m, indptr, indices: m.indices.subarray(m.indptr[1]!), data: m.data.subarray(m.indptr[1]!) };
    const a = lsaEmbedding(emptied, 3, createRng(5));
    expect(lsaEmbedding(emptied, 3, createRng(5))).to.deep.equal(a);
    expect(rowNorm(a, 0)).to.equal(0);
    expect(rowNorm(a, 1)).to.be.closeTo(1, 1e-5);
  });

  it('denseEmbedding is the TF-IDF rows themselves', () => {
    const { m } = topicRows(10, 2, 6, createRng(6));
    const e = denseEmbedding(m);
    expect([e.n, e.dims]).to.deep.equal([10, 12]);
    for (let i = 0; i < 10; i++) {
      const expected = new Float32Array(12);
      for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) expected[m.indices[p]!] = m.data[p]!;
      expect(e.x.subarray(i * 12, (i + 1) * 12)).to.deep.equal(expected);
    }
  });
});
