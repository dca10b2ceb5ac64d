import { expect } from 'chai';
import { synthesise } from '../../server/synthesis/index.js';
import { groupRows, nearDuplicates } from '../../server/synthesis/duplicates.js';
import { createRng } from '../../server/synthesis/prng.js';
import type { Csr } from '../../server/synthesis/sparse.js';
import { FORUM } from './fixtures/forum.js';

/** Unit rows over a Zipf-like vocabulary, with perturbed copies planted among them. */
function corpus(n: number, cols: number, seed: number): { m: Csr; df: Int32Array; stems: Int32Array } {
  const rng = createRng(seed);
  const rows: Array<Map<number, number>> = [];
  // Each row's stem sequence (one stem here): an exact copy keeps its original's, and its vector.
  const stems = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    stems[i] = i;
    if (i > 50 && rng() < 0.05) {
      const j = Math.floor(rng() * i);
      rows.push(rows[j]!);
      stems[i] = stems[j]!;
      continue;
    }
    const copyOf = i > 50 && rng() < 0.15 ? rows[Math.floor(rng() * i)]! : undefined;
    const row = new Map<number, number>(copyOf ?? []);
    if (copyOf) {
      // Reworded: one weight moved, sometimes a term added.
      const keys = [...row.keys()];
      const k = keys[Math.floor(rng() * keys.length)]!;
      row.set(k, row.get(k)! * (0.6 + 0.8 * rng()));
      if (rng() < 0.5) row.set(Math.floor(cols * rng() ** 3), 0.3 * rng());
    } else {
      const len = 2 + Math.floor(rng() * 10);
      while (row.size < len) row.set(Math.floor(cols * rng() ** 3), 0.2 + rng());
    }
    rows.push(row);
  }
  const indptr = new Int32Array(n + 1);
  const indices: number[] = [];
  const data: number[] = [];
  const df = new Int32Array(cols);
  rows.forEach((row, i) => {
    const norm = Math.hypot(...row.values());
    for (const [c, v] of [...row].sort((a, b) => a[0] - b[0])) {
      indices.push(c);
      data.push(v / norm);
      df[c]!++;
    }
    indptr[i + 1] = indices.length;
  });
  return { m: { rows: n, cols, indptr, indices: Int32Array.from(indices), data: Float32Array.from(data) }, df, stems };
}

/** Connected components (two or more rows) of every pair at cosine >= t, by comparing all pairs. */
function bruteForce(m: Csr, t: number): number[][] {
  const parent = Array.from({ length: m.rows }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const dense = new Float64Array(m.cols);
  for (let i = 0; i < m.rows; i++) {
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) dense[m.indices[p]!] = m.data[p]!;
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let p = m.indptr[j]!; p < m.indptr[j + 1]!; p++) s += m.data[p]! * dense[m.indices[p]!]!;
      if (s >= t - 1e-6) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
    }
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) dense[m.indices[p]!] = 0;
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < m.rows; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => a[0]! - b[0]!);
}

describe('synthesis: near-duplicates', () => {
  it('groups rewordings of the same suggestion as merge candidates, best supported first', () => {
    const r = synthesise(
      [
        ...FORUM,
        { id: 'd1', text: 'Adakan festival musik indie tahunan di alun-alun kota', votes: 1 },
        { id: 'd2', text: 'adakan FESTIVAL MUSIK indie tahunan di alun alun kota!!', votes: 9 },
        { id: 'd3', text: 'Festival musik indie tahunan di alun-alun kota yaa 🙏', votes: 0 },
      ],
      { seed: 1 },
    );
    const group = r.duplicates.find((g) => g.ids.includes('d1'));
    expect(group).to.not.equal(undefined);
    expect(group!.ids.slice(0, 3)).to.deep.equal(['d2', 'd1', 'd3']);
    expect(group!.similarity).to.be.at.least(0.8);
    // Different suggestions on the same topic are not duplicates.
    expect(r.duplicates.some((g) => g.ids.includes('s39') && g.ids.includes('s40'))).to.equal(false);
  });

  it('treats identical content words as duplicates whatever the spelling', () => {
    const r = synthesise([
      { id: 'a', text: 'Pelatihan SDM yg rutin' },
      { id: 'b', text: 'pelatihan sdm yang rutinnn!!!' },
      { id: 'c', text: 'Akses permodalan UMKM' },
    ]);
    expect(r.duplicates).to.deep.equal([{ ids: ['a', 'b'], similarity: 1 }]);
  });

  it('finds exactly the groups of all pairs at or above the threshold (checked against every pair)', () => {
    for (const [seed, t] of [[1, 0.8], [2, 0.9], [3, 0.6]] as const) {
      const { m, df, stems } = corpus(2500, 4000, seed);
      const found = nearDuplicates(m, df, { stems, offsets: Int32Array.from({ length: m.rows + 1 }, (_, i) => i) }, { threshold: t, maxPosting: 1e9 });
      const expected = bruteForce(m, t);
      expect(expected.length).to.be.greaterThan(100);
      expect(Array.from(found.similarity, (_, g) => groupRows(found, g))).to.deep.equal(expected);
      for (const s of found.similarity) expect(s).to.be.within(t - 1e-4, 1);
    }
  });
});

