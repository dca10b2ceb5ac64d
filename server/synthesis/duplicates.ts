/**
 * Near-duplicate suggestions as merge candidates: cosine on the unit TF-IDF rows at or above a
 * high threshold, found with prefix filtering (Bayardo et al., "Scaling up all pairs similarity
 * search"): with terms ordered rarest first, a row only needs its terms indexed until the norm of
 * the rest drops below the threshold; any row at cosine >= t shares an indexed term with it.
 * Identical content (same stems) is grouped directly.
 *
 * Everything is typed arrays: postings are laid out up front (each row's prefix does not depend
 * on other rows), and a candidate's cosine is a gather against the probing row's dense values.
 */
import { sortRange, type Csr } from './sparse.js';

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

/** Each row's stem ids, flat: row i is stems[offsets[i], offsets[i + 1]). */
export interface RowStems {
  stems: Int32Array;
  offsets: Int32Array;
}

function sameStems(r: RowStems, a: number, b: number): boolean {
  const { stems, offsets } = r;
  const len = offsets[a + 1]! - offsets[a]!;
  if (len !== offsets[b + 1]! - offsets[b]!) return false;
  for (let i = 0; i < len; i++) if (stems[offsets[a]! + i] !== stems[offsets[b]! + i]) return false;
  return true;
}

function hashStems(r: RowStems, a: number): number {
  const end = r.offsets[a + 1]!;
  let h = 0x811c9dc5 ^ (end - r.offsets[a]!);
  for (let i = r.offsets[a]!; i < end; i++) h = Math.imul(h ^ r.stems[i]!, 0x01000193);
  return h;
}

/**
 * Near-duplicate groups, flat (typed arrays: a helper thread hands them over without cloning an
 * object per group): group g is rows[offsets[g], offsets[g + 1]), ascending, groups in order of
 * their first row; similarity[g] is its weakest link found (4 decimals).
 */
export interface DuplicateGroups {
  offsets: Int32Array;
  rows: Int32Array;
  similarity: Float64Array;
}

/** The rows of group g. */
export function groupRows(groups: DuplicateGroups, g: number): number[] {
  const out: number[] = [];
  for (let q = groups.offsets[g]!; q < groups.offsets[g + 1]!; q++) out.push(groups.rows[q]!);
  return out;
}

/**
 * Links each row to the first earlier row with the same stem sequence (weakest link 1). Rows by
 * stem hash in an open-addressing table (slot -> first row + 1), rows of one hash chained in
 * order (a Map of arrays cost ~0.07 s at 100k suggestions).
 */
function linkIdenticalStems(stems: RowStems, n: number, link: (a: number, b: number, s: number) => void): void {
  const hashes = new Int32Array(n);
  let cap = 16;
  while (cap < 2 * n) cap *= 2;
  const headOf = new Int32Array(cap);
  const nextOf = new Int32Array(n).fill(-1);
  const tailOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (stems.offsets[i + 1] === stems.offsets[i]) continue;
    const h = hashStems(stems, i);
    hashes[i] = h;
    let slot = h & (cap - 1);
    while (headOf[slot] !== 0 && hashes[headOf[slot]! - 1] !== h) slot = (slot + 1) & (cap - 1);
    const head = headOf[slot]! - 1;
    if (head < 0) {
      headOf[slot] = i + 1;
      tailOf[i] = i;
      continue;
    }
    let first = head;
    while (first >= 0 && !sameStems(stems, first, i)) first = nextOf[first]!;
    if (first >= 0) link(first, i, 1);
    else {
      nextOf[tailOf[head]!] = i;
      tailOf[head] = i;
    }
  }
}

/**
 * The groups of two or more rows, flat. A group's root is its smallest row (union keeps the
 * smaller root): groups by root ascending are groups by first row, and rows filled in ascending
 * order stay ascending.
 */
function groupsOf(uf: UnionFind, weakest: Float64Array, n: number): DuplicateGroups {
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) size[uf.find(i)]!++;
  const roots: number[] = [];
  for (let i = 0; i < n; i++) if (size[i]! >= 2) roots.push(i);
  const offsets = new Int32Array(roots.length + 1);
  const similarity = new Float64Array(roots.length);
  // next[root]: where the group's next row goes
  const next = new Int32Array(n);
  roots.forEach((r, g) => {
    next[r] = offsets[g]!;
    offsets[g + 1] = offsets[g]! + size[r]!;
    similarity[g] = Number(weakest[r]!.toFixed(4));
  });
  const rows = new Int32Array(offsets[roots.length]!);
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    if (size[r]! >= 2) rows[next[r]!++] = i;
  }
  return { offsets, rows, similarity };
}

/** Groups of near-duplicate rows (see DuplicateGroups). */
export function nearDuplicates(m: Csr, df: Int32Array, stems: RowStems, opts: DuplicateOptions): DuplicateGroups {
  const t = opts.threshold;
  const maxPosting = opts.maxPosting ?? 1000;
  const n = m.rows;
  const uf = new UnionFind(n);
  const weakest = new Float64Array(n).fill(1);
  const link = (a: number, b: number, s: number): void => {
    const w = Math.min(weakest[uf.find(a)]!, weakest[uf.find(b)]!, s);
    uf.union(a, b);
    weakest[uf.find(a)] = w;
  };
  linkIdenticalStems(stems, n, link);
  // Terms rarest first: rank of each column by (df, column).
  // Counting sort by df (columns in order within a df): the same order as sorting by (df, column).
  let maxDf = 0;
  for (let c = 0; c < m.cols; c++) maxDf = Math.max(maxDf, df[c]!);
  const startOf = new Int32Array(maxDf + 2);
  for (let c = 0; c < m.cols; c++) startOf[df[c]! + 1]!++;
  for (let v = 1; v < startOf.length; v++) startOf[v]! += startOf[v - 1]!;
  const byRank = new Int32Array(m.cols);
  for (let c = 0; c < m.cols; c++) byRank[startOf[df[c]!]!++] = c;
  const rankOf = new Int32Array(m.cols);
  for (let r = 0; r < m.cols; r++) rankOf[byRank[r]!] = r;
  // Each row's indexed prefix (as ranks, ascending) and the posting capacity of every column.
  const prefix = new Int32Array(m.indices.length);
  const prefixEnd = new Int32Array(n);
  const capacity = new Int32Array(m.cols + 1);
  const value = new Float64Array(m.cols);
  for (let i = 0; i < n; i++) {
    const a = m.indptr[i]!;
    const b = m.indptr[i + 1]!;
    for (let p = a; p < b; p++) {
      prefix[p] = rankOf[m.indices[p]!]!;
      value[m.indices[p]!] = m.data[p]!;
    }
    sortRange(prefix, a, b);
    let rest = 0;
    for (let p = a; p < b; p++) {
      const v = value[byRank[prefix[p]!]!]!;
      rest += v * v;
    }
    let p = a;
    for (; p < b; p++) {
      if (Math.sqrt(rest) < t - 1e-6) break;
      const c = byRank[prefix[p]!]!;
      if (capacity[c + 1]! < maxPosting) capacity[c + 1]!++;
      rest -= value[c]! * value[c]!;
    }
    prefixEnd[i] = p;
  }
  for (let c = 0; c < m.cols; c++) capacity[c + 1]! += capacity[c]!;
  const postings = new Int32Array(capacity[m.cols]!);
  const fill = capacity.slice(0, m.cols);
  const seenBy = new Int32Array(n).fill(-1);
  value.fill(0);
  for (let i = 0; i < n; i++) {
    const a = m.indptr[i]!;
    const b = m.indptr[i + 1]!;
    if (a === b) continue;
    for (let p = a; p < b; p++) value[m.indices[p]!] = m.data[p]!;
    // Only the row's own indexed prefix is probed: a pair at cosine >= t first shares a term
    // (rarest first) that is in both prefixes (past either prefix, the rest of that row has a
    // norm below t, which bounds the cosine), so the common terms' long posting lists, which
    // cannot bring a new pair, are never read.
    for (let p = a; p < prefixEnd[i]!; p++) {
      const c = byRank[prefix[p]!]!;
      for (let q = capacity[c]!; q < fill[c]!; q++) {
        const j = postings[q]!;
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        if (uf.find(i) === uf.find(j)) continue;
        let s = 0;
        for (let r = m.indptr[j]!; r < m.indptr[j + 1]!; r++) s += m.data[r]! * value[m.indices[r]!]!;
        if (s >= t - 1e-6) link(j, i, s);
      }
    }
    for (let p = a; p < b; p++) value[m.indices[p]!] = 0;
    for (let p = a; p < prefixEnd[i]!; p++) {
      const c = byRank[prefix[p]!]!;
      if (fill[c]! < capacity[c + 1]!) postings[fill[c]!++] = i;
    }
  }
  return groupsOf(uf, weakest, n);
}
