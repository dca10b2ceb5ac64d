/**
 * Near-duplicate suggestions as merge candidates: cosine on the unit TF-IDF rows at or above a
 * high threshold, found with prefix filtering (Bayardo et al., "Scaling up all pairs similarity
 * search"): with terms ordered rarest first, a row only needs its terms indexed until the norm of
 * the rest drops below the threshold; any row at cosine >= t shares an indexed term with it.
 * Identical content (same stems) is grouped directly.
 */
import { rowDot, type Csr } from './sparse.js';

export interface DuplicateOptions {
  threshold: number;
  /** longest posting list kept per term (guards against rows made only of common words) */
  maxPosting?: number;
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

/** Groups of row indices (each ascending, groups by first index) with their weakest link. */
export function nearDuplicates(
  m: Csr,
  df: Int32Array,
  signatures: readonly string[],
  opts: DuplicateOptions,
): Array<{ rows: number[]; similarity: number }> {
  const t = opts.threshold;
  const maxPosting = opts.maxPosting ?? 1000;
  const uf = new UnionFind(m.rows);
  const weakest = new Float64Array(m.rows).fill(1);
  const link = (a: number, b: number, s: number): void => {
    const w = Math.min(weakest[uf.find(a)]!, weakest[uf.find(b)]!, s);
    uf.union(a, b);
    weakest[uf.find(a)] = w;
  };
  const exact = new Map<string, number>();
  signatures.forEach((sig, i) => {
    if (!sig) return;
    const first = exact.get(sig);
    if (first === undefined) exact.set(sig, i);
    else link(first, i, 1);
  });
  const postings = new Map<number, number[]>();
  const seenBy = new Int32Array(m.rows).fill(-1);
  for (let i = 0; i < m.rows; i++) {
    const a = m.indptr[i]!;
    const b = m.indptr[i + 1]!;
    if (a === b) continue;
    for (let p = a; p < b; p++) {
      for (const j of postings.get(m.indices[p]!) ?? []) {
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        if (uf.find(i) === uf.find(j)) continue;
        const s = rowDot(m, i, m, j);
        if (s >= t - 1e-6) link(j, i, s);
      }
    }
    // Index the prefix (rarest terms first) until the remaining norm is below the threshold.
    const order = Array.from({ length: b - a }, (_, q) => a + q).sort(
      (x, y) => df[m.indices[x]!]! - df[m.indices[y]!]! || m.indices[x]! - m.indices[y]!,
    );
    let rest = 0;
    for (const p of order) rest += m.data[p]! * m.data[p]!;
    for (const p of order) {
      if (Math.sqrt(rest) < t - 1e-6) break;
      const list = postings.get(m.indices[p]!);
      if (!list) postings.set(m.indices[p]!, [i]);
      else if (list.length < maxPosting) list.push(i);
      rest -= m.data[p]! * m.data[p]!;
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < m.rows; i++) {
    const r = uf.find(i);
    if (r === i) continue;
    const g = groups.get(r) ?? [r];
    g.push(i);
    groups.set(r, g);
  }
  return [...groups.values()]
    .map((rows) => ({ rows: rows.sort((x, y) => x - y), similarity: Number(weakest[uf.find(rows[0]!)]!.toFixed(4)) }))
    .sort((x, y) => x.rows[0]! - y.rows[0]!);
}
