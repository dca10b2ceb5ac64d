/**
 * Compressed sparse rows (CSR) with typed arrays: the document-term matrix of a synthesis run.
 * Dense per-document vectors would cost n x vocabulary memory; short suggestions have ~10 terms.
 */

export interface Csr {
  rows: number;
  cols: number;
  /** rows + 1 offsets into indices/data */
  indptr: Int32Array;
  /** column (term id) of each stored value, ascending within a row */
  indices: Int32Array;
  data: Float32Array;
}

/** Builds a CSR matrix from per-row (column -> value) lists; columns are sorted per row. */
export function csrFromRows(rows: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, cols: number): Csr {
  let nnz = 0;
  for (const r of rows) nnz += r.length;
  const indptr = new Int32Array(rows.length + 1);
  const indices = new Int32Array(nnz);
  const data = new Float32Array(nnz);
  let p = 0;
  rows.forEach((r, i) => {
    const sorted = [...r].sort((a, b) => a[0] - b[0]);
    for (const [c, v] of sorted) {
      indices[p] = c;
      data[p] = v;
      p++;
    }
    indptr[i + 1] = p;
  });
  return { rows: rows.length, cols, indptr, indices, data };
}

/** Scales every non-empty row to unit Euclidean length, in place. Returns the original norms. */
export function normaliseRows(m: Csr): Float64Array {
  const norms = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    let s = 0;
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) s += m.data[p]! * m.data[p]!;
    const n = Math.sqrt(s);
    norms[i] = n;
    if (n > 0) for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) m.data[p] = m.data[p]! / n;
  }
  return norms;
}

/** Selects rows (in the given order) into a new CSR matrix. */
export function selectRows(m: Csr, rows: ArrayLike<number>): Csr {
  let nnz = 0;
  for (let k = 0; k < rows.length; k++) nnz += m.indptr[rows[k]! + 1]! - m.indptr[rows[k]!]!;
  const indptr = new Int32Array(rows.length + 1);
  const indices = new Int32Array(nnz);
  const data = new Float32Array(nnz);
  let p = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const a = m.indptr[i]!;
    const b = m.indptr[i + 1]!;
    indices.set(m.indices.subarray(a, b), p);
    data.set(m.data.subarray(a, b), p);
    p += b - a;
    indptr[k + 1] = p;
  }
  return { rows: rows.length, cols: m.cols, indptr, indices, data };
}

/**
 * The non-empty rows of m (`rows`: their indices, ascending): an empty row stores nothing, so
 * the kept rows' values are m's own arrays and only indptr is new (selectRows copied 2M stored
 * values at 100k suggestions).
 */
export function nonEmptyRows(m: Csr, rows: ArrayLike<number>): Csr {
  const indptr = new Int32Array(rows.length + 1);
  for (let k = 0; k < rows.length; k++) indptr[k + 1] = m.indptr[rows[k]! + 1]!;
  return { rows: rows.length, cols: m.cols, indptr, indices: m.indices, data: m.data };
}

/** Y (rows x w, row-major) = M * D where D is (cols x w, row-major). */
export function mulDense(m: Csr, d: Float64Array, w: number): Float64Array {
  const out = new Float64Array(m.rows * w);
  for (let i = 0; i < m.rows; i++) {
    const o = i * w;
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) {
      const v = m.data[p]!;
      const r = m.indices[p]! * w;
      for (let j = 0; j < w; j++) out[o + j]! += v * d[r + j]!;
    }
  }
  return out;
}

/** Z (cols x w, row-major) = M^T * D where D is (rows x w, row-major). */
export function mulTransposeDense(m: Csr, d: Float64Array, w: number, reuse?: Float64Array): Float64Array {
  // A fresh 6 MB output costs ~15 ms of page faults on the bench machine: callers may pass a dead
  // buffer of the same size to reuse (zeroed here).
  const out = reuse ? reuse.fill(0) : new Float64Array(m.cols * w);
  for (let i = 0; i < m.rows; i++) {
    const o = i * w;
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) {
      const v = m.data[p]!;
      const r = m.indices[p]! * w;
      for (let j = 0; j < w; j++) out[r + j]! += v * d[o + j]!;
    }
  }
  return out;
}

/** Cosine (dot product of unit rows) between row i of a and row j of b; both rows sorted. */
export function rowDot(a: Csr, i: number, b: Csr, j: number): number {
  let p = a.indptr[i]!;
  const pe = a.indptr[i + 1]!;
  let q = b.indptr[j]!;
  const qe = b.indptr[j + 1]!;
  let s = 0;
  while (p < pe && q < qe) {
    const ca = a.indices[p]!;
    const cb = b.indices[q]!;
    if (ca === cb) s += a.data[p++]! * b.data[q++]!;
    else if (ca < cb) p++;
    else q++;
  }
  return s;
}

/**
 * Sorts a[from, to) ascending in place: insertion sort for short runs (a CSR row's dozen entries),
 * where a typed-array sort cost a call into the runtime and a subarray object per row.
 */
export function sortRange(a: Int32Array, from: number, to: number): void {
  if (to - from > 48) {
    a.subarray(from, to).sort();
    return;
  }
  for (let q = from + 1; q < to; q++) {
    const v = a[q]!;
    let r = q - 1;
    for (; r >= from && a[r]! > v; r--) a[r + 1] = a[r]!;
    a[r + 1] = v;
  }
}
