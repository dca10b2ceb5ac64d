/**
 * Small dense linear algebra for the randomized SVD: Cholesky-QR orthonormalisation of tall
 * row-major blocks and the small Gram products (the eigen-solver is in eigen.ts).
 */

/** Dot product of two contiguous length-n runs (4 accumulators: the hot loop of the SVD). */
function dot(a: Float64Array, ao: number, b: Float64Array, bo: number, n: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    s0 += a[ao + i]! * b[bo + i]!;
    s1 += a[ao + i + 1]! * b[bo + i + 1]!;
    s2 += a[ao + i + 2]! * b[bo + i + 2]!;
    s3 += a[ao + i + 3]! * b[bo + i + 3]!;
  }
  for (; i < n; i++) s0 += a[ao + i]! * b[bo + i]!;
  return s0 + s1 + s2 + s3;
}

/** Row-major (n x l) <-> column-major copies. */
function toColumns(y: Float64Array, n: number, l: number): Float64Array {
  const c = new Float64Array(n * l);
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) c[j * n + i] = y[i * l + j]!;
  return c;
}

function fromColumns(c: Float64Array, y: Float64Array, n: number, l: number): void {
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) y[i * l + j] = c[j * n + i]!;
}

/** Upper-triangular R with R^T R = G; near-zero pivots become 1 so rank-deficient blocks survive. */
function cholesky(g: Float64Array, l: number): Float64Array {
  const r = new Float64Array(l * l);
  let maxDiag = 0;
  for (let a = 0; a < l; a++) maxDiag = Math.max(maxDiag, g[a * l + a]!);
  const eps = Math.max(maxDiag, 1e-300) * 1e-12;
  for (let j = 0; j < l; j++) {
    let s = g[j * l + j]!;
    for (let k = 0; k < j; k++) s -= r[k * l + j]! * r[k * l + j]!;
    const d = s > eps ? Math.sqrt(s) : 0;
    r[j * l + j] = d === 0 ? 1 : d;
    for (let i = j + 1; i < l; i++) {
      let t = g[j * l + i]!;
      for (let k = 0; k < j; k++) t -= r[k * l + j]! * r[k * l + i]!;
      r[j * l + i] = d === 0 ? 0 : t / d;
    }
  }
  return r;
}

/**
 * G = C^T C for column-major C (n x l). Four columns share each load of column a (register
 * blocking): the Gram products are most of the SVD's dense work.
 */
function gramColumns(c: Float64Array, n: number, l: number): Float64Array {
  const g = new Float64Array(l * l);
  for (let a = 0; a < l; a++) {
    const oa = a * n;
    let b = a;
    for (; b + 3 < l; b += 4) {
      const o0 = b * n;
      const o1 = o0 + n;
      const o2 = o1 + n;
      const o3 = o2 + n;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < n; i++) {
        const v = c[oa + i]!;
        s0 += v * c[o0 + i]!;
        s1 += v * c[o1 + i]!;
        s2 += v * c[o2 + i]!;
        s3 += v * c[o3 + i]!;
      }
      g[a * l + b] = g[b * l + a] = s0;
      g[a * l + b + 1] = g[(b + 1) * l + a] = s1;
      g[a * l + b + 2] = g[(b + 2) * l + a] = s2;
      g[a * l + b + 3] = g[(b + 3) * l + a] = s3;
    }
    for (; b < l; b++) g[a * l + b] = g[b * l + a] = dot(c, oa, c, b * n, n);
  }
  return g;
}

/** One Cholesky-QR pass on column-major columns: C <- C R^{-1} with R^T R = C^T C. */
function cholQr(c: Float64Array, n: number, l: number): void {
  const r = cholesky(gramColumns(c, n, l), l);
  for (let j = 0; j < l; j++) {
    const oj = j * n;
    let k = 0;
    // Columns k < j are final: subtract four of them per sweep over column j.
    for (; k + 3 < j; k += 4) {
      const f0 = r[k * l + j]!;
      const f1 = r[(k + 1) * l + j]!;
      const f2 = r[(k + 2) * l + j]!;
      const f3 = r[(k + 3) * l + j]!;
      const o0 = k * n;
      const o1 = o0 + n;
      const o2 = o1 + n;
      const o3 = o2 + n;
      for (let i = 0; i < n; i++) c[oj + i]! -= f0 * c[o0 + i]! + f1 * c[o1 + i]! + f2 * c[o2 + i]! + f3 * c[o3 + i]!;
    }
    for (; k < j; k++) {
      const f = r[k * l + j]!;
      if (f === 0) continue;
      const ok = k * n;
      for (let i = 0; i < n; i++) c[oj + i]! -= f * c[ok + i]!;
    }
    const d = r[j * l + j]!;
    for (let i = 0; i < n; i++) c[oj + i]! /= d;
  }
}

/** Orthonormalises the columns of row-major Y (n x l) in place (CholeskyQR2, for stability). */
export function orthonormalise(y: Float64Array, n: number, l: number, passes = 2): void {
  const c = toColumns(y, n, l);
  for (let p = 0; p < passes; p++) cholQr(c, n, l);
  fromColumns(c, y, n, l);
}

/**
 * Q^T W for row-major Q and W (n x l) when the product is known to be symmetric (W = X X^T Q):
 * only the upper triangle is computed and mirrored.
 */
export function symmetricCross(q: Float64Array, w: Float64Array, n: number, l: number): Float64Array {
  const qc = toColumns(q, n, l);
  const wc = toColumns(w, n, l);
  const g = new Float64Array(l * l);
  for (let a = 0; a < l; a++) for (let b = a; b < l; b++) g[a * l + b] = g[b * l + a] = dot(qc, a * n, wc, b * n, n);
  return g;
}
