/**
 * Near-duplicate suggestions as merge candidates: cosine of the unit TF-IDF rows at or above a
 * high threshold, found exactly with prefix filtering (Bayardo et al., "Scaling up all pairs
 * similarity search"): with a row's terms taken rarest first, it only needs the terms indexed
 * until the norm of the rest drops below the threshold, since any row at cosine >= t must share
 * one of those with it. Common words are thus rarely indexed and posting lists stay short.
 */
import type { Csr } from './vectorise.js';

export interface DuplicateGroup {
  /** rows, in input order */
  rows: number[];
  /** lowest cosine of the links that joined the group */
  similarity: number;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export function nearDuplicates(m: Csr, df: Int32Array, threshold: number): DuplicateGroup[] {
  /** per term, the rows that indexed it */
  const postings: number[][] = Array.from({ length: m.cols }, () => []);
  const uf = new UnionFind(m.rows);
  const weakest = new Float64Array(m.rows).fill(1);
  const dense = new Float64Array(m.cols);
  /** the row whose probe last met each row: a row is scored once per probe */
  const metBy = new Int32Array(m.rows).fill(-1);
  for (let y = 0; y < m.rows; y++) {
    const from = m.indptr[y]!;
    const to = m.indptr[y + 1]!;
    if (from === to) continue;
    for (let p = from; p < to; p++) dense[m.indices[p]!] = m.data[p]!;
    // Probe: every earlier row that indexed one of y's terms.
    for (let p = from; p < to; p++) {
      for (const x of postings[m.indices[p]!]!) {
        if (metBy[x] === y) continue;
        metBy[x] = y;
        let dot = 0;
        for (let q = m.indptr[x]!; q < m.indptr[x + 1]!; q++) dot += m.data[q]! * dense[m.indices[q]!]!;
        if (dot >= threshold - 1e-9) {
          const rx = uf.find(x);
          const ry = uf.find(y);
          const link = Math.min(dot, weakest[rx]!, weakest[ry]!);
          uf.union(x, y);
          weakest[uf.find(y)] = Math.min(link, 1);
        }
      }
    }
    for (let p = from; p < to; p++) dense[m.indices[p]!] = 0;
    // Index y's prefix: its rarest terms until the rest's norm is below the threshold.
    const order: number[] = [];
    for (let p = from; p < to; p++) order.push(p);
    order.sort((a, b) => df[m.indices[a]!]! - df[m.indices[b]!]! || a - b);
    let rest = 0;
    for (let p = from; p < to; p++) rest += m.data[p]! ** 2;
    for (const p of order) {
      if (Math.sqrt(rest) < threshold) break;
      postings[m.indices[p]!]!.push(y);
      rest -= m.data[p]! ** 2;
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < m.rows; i++) {
    const r = uf.find(i);
    const list = groups.get(r) ?? [];
    list.push(i);
    groups.set(r, list);
  }
  return [...groups]
    .filter(([, rows]) => rows.length > 1)
    .map(([root, rows]) => ({ rows, similarity: Math.round(weakest[root]! * 1e4) / 1e4 }));
}
