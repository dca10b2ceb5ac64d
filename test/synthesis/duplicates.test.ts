import { expect } from 'chai';
import { nearDuplicates } from '../../server/synthesis/duplicates.js';
import { findDuplicates, synthesise } from '../../server/synthesis/index.js';
import { createRng } from '../../server/synthesis/prng.js';
import type { Csr } from '../../server/synthesis/vectorise.js';
import { csrFromRows } from './fixtures/planted.js';
import { FORUM } from './fixtures/forum.js';

/** Rows over a Zipf-like vocabulary with planted rewordings: exact copies, moved weights, added terms. */
function corpus(n: number, cols: number, seed: number): { m: Csr; df: Int32Array } {
  const rng = createRng(seed);
  const rows: Array<Map<number, number>> = [];
  for (let i = 0; i < n; i++) {
    const original = i > 50 && rng() < 0.2 ? rows[Math.floor(rng() * i)] : undefined;
    const row = new Map<number, number>(original ?? []);
    if (original && rng() < 0.8) {
      const keys = [...row.keys()];
      const k = keys[Math.floor(rng() * keys.length)]!;
      row.set(k, row.get(k)! * (0.6 + 0.8 * rng()));
      if (rng() < 0.5) row.set(Math.floor(cols * rng() ** 3), 0.3 * rng());
    } else if (!original) {
      const len = 2 + Math.floor(rng() * 10);
      while (row.size < len) row.set(Math.floor(cols * rng() ** 3), 0.2 + rng());
    }
    rows.push(row);
  }
  const m = csrFromRows(rows, cols);
  const df = new Int32Array(cols);
  for (const c of m.indices) df[c]!++;
  return { m, df };
}

/** Components (two or more rows) of all pairs at cosine >= t, each with its weakest such pair, by comparing every pair. */
function bruteForce(m: Csr, t: number): Array<{ rows: number[]; similarity: number }> {
  const parent = Array.from({ length: m.rows }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const links: Array<[number, number, number]> = [];
  const dense = new Float64Array(m.cols);
  for (let i = 0; i < m.rows; i++) {
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) dense[m.indices[p]!] = m.data[p]!;
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let p = m.indptr[j]!; p < m.indptr[j + 1]!; p++) s += m.data[p]! * dense[m.indices[p]!]!;
      if (s >= t - 1e-9) {
        links.push([j, i, s]);
        const [a, b] = [find(i), find(j)];
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) dense[m.indices[p]!] = 0;
  }
  const groups = new Map<number, { rows: number[]; similarity: number }>();
  for (let i = 0; i < m.rows; i++) {
    const g = groups.get(find(i)) ?? { rows: [], similarity: 1 };
    g.rows.push(i);
    groups.set(find(i), g);
  }
  for (const [a, , s] of links) {
    const g = groups.get(find(a))!;
    g.similarity = Math.min(g.similarity, s);
  }
  return [...groups.values()].filter((g) => g.rows.length > 1);
}

describe('synthesis: near-duplicates (duplicates.ts)', () => {
  it('finds exactly the groups of an all-pairs brute force, at several thresholds', () => {
    for (const [seed, t] of [[1, 0.8], [2, 0.9], [3, 0.6], [4, 0.95]] as const) {
      const { m, df } = corpus(1500, 3000, seed);
      const expected = bruteForce(m, t);
      expect(expected.length, `planted groups at ${t}`).to.be.greaterThan(50);
      const found = nearDuplicates(m, df, t);
      const key = (g: { rows: number[] }): string => g.rows.join(',');
      expect(found.map(key).sort(), `threshold ${t}`).to.deep.equal(expected.map(key).sort());
      const weakest = new Map(expected.map((g) => [key(g), g.similarity]));
      for (const g of found) {
        expect(g.rows).to.deep.equal([...g.rows].sort((a, b) => a - b));
        expect(g.similarity, key(g)).to.be.closeTo(weakest.get(key(g))!, 1e-4);
      }
    }
  });

  it('ignores empty rows and finds nothing below the threshold', () => {
    const m = csrFromRows([new Map([[0, 1]]), new Map(), new Map(), new Map([[1, 1]]), new Map([[0, 1], [1, 0.1]])], 2);
    const df = Int32Array.from([2, 2]);
    expect(nearDuplicates(m, df, 0.99)).to.deep.equal([{ rows: [0, 4], similarity: 0.995 }]);
    expect(nearDuplicates(m, df, 0.999)).to.deep.equal([]);
  });

  it('groups rewordings of a suggestion in a run, best supported first', () => {
    const items = [
      ...FORUM,
      { id: 'd1', text: 'Adakan festival musik indie tahunan di alun-alun kota', votes: 1 },
      { id: 'd2', text: 'adakan FESTIVAL MUSIK indie tahunan di alun alun kota!!', votes: 9 },
      { id: 'd3', text: 'Festival musik indie tahunan di alun-alun kota dong 🙏', votes: 0 },
    ];
    const r = synthesise(items, { seed: 1 });
    const group = r.duplicates.find((g) => g.ids.includes('d1'));
    expect(group?.ids).to.deep.equal(['d2', 'd1', 'd3']);
    // The moderators' merge candidates come from findDuplicates alone (no clustering): the same groups.
    expect(findDuplicates(items)).to.deep.equal(r.duplicates);
    expect(group?.similarity).to.be.at.least(0.8);
    // Different suggestions on one topic are not duplicates.
    for (const g of r.duplicates) expect(g.ids.filter((id) => id.startsWith('s')).length, g.ids.join(',')).to.be.at.most(1);
  });

  it('compares whole suggestions: words only one suggestion uses still set it apart', () => {
    // Distinct asks on one topic ("bunga KUR", "syarat pinjaman", "koperasi dan crowdfunding" about
    // akses permodalan UMKM) share their common words; the words found once (below minDf) differ.
    expect(synthesise(FORUM, { seed: 1 }).duplicates).to.deep.equal([]);
  });

  it('treats identical content words as duplicates whatever the spelling', () => {
    const r = synthesise([
      { id: 'a', text: 'Pelatihan SDM yg rutin' },
      { id: 'b', text: 'pelatihan sdm yang rutinnn!!!' },
      { id: 'c', text: 'Akses permodalan UMKM' },
    ]);
    expect(r.duplicates).to.deep.equal([{ ids: ['a', 'b'], similarity: 1 }]);
  });
});
