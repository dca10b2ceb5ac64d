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
function cholesky(g: Float64Array, l: number): { r: Float64Array; deficient: boolean } {
  const r = new Float64Array(l * l);
  let deficient = false;
  let maxDiag = 0;
  for (let a = 0; a < l; a++) maxDiag = Math.max(maxDiag, g[a * l + a]!);
  const eps = Math.max(maxDiag, 1e-300) * 1e-12;
  for (let j = 0; j < l; j++) {
    let s = g[j * l + j]!;
    for (let k = 0; k < j; k++) s -= r[k * l + j]! * r[k * l + j]!;
    const d = s > eps ? Math.sqrt(s) : 0;
    if (d === 0) deficient = true;
    r[j * l + j] = d === 0 ? 1 : d;
    for (let i = j + 1; i < l; i++) {
      let t = g[j * l + i]!;
      for (let k = 0; k < j; k++) t -= r[k * l + j]! * r[k * l + i]!;
      r[j * l + i] = d === 0 ? 0 : t / d;
    }
  }
  return { r, deficient };
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

/**
 * The 1-norm condition number |R|_1 |R^-1|_1 of an upper-triangular R (l x l, row-major), exact:
 * R^-1 by back substitution, ~l^3/6 multiply-adds (a Cholesky-QR pass is ~n l^2).
 */
function triangularCondition(r: Float64Array, l: number): number {
  let normR = 0;
  let normInverse = 0;
  const x = new Float64Array(l);
  for (let j = 0; j < l; j++) {
    let column = 0;
    for (let i = 0; i <= j; i++) column += Math.abs(r[i * l + j]!);
    normR = Math.max(normR, column);
    // Column j of R^-1: R x = e_j, zero below row j.
    let inverse = 0;
    for (let i = j; i >= 0; i--) {
      let t = i === j ? 1 : 0;
      for (let k = i + 1; k <= j; k++) t -= r[i * l + k]! * x[k]!;
      x[i] = t / r[i * l + i]!;
      inverse += Math.abs(x[i]!);
    }
    normInverse = Math.max(normInverse, inverse);
  }
  return normR * normInverse;
}

/**
 * One Cholesky-QR pass on column-major columns: C <- C R^{-1} with R^T R = C^T C. Returns the
 * condition number of C (that of R; Infinity when C was rank-deficient).
 */
function cholQr(c: Float64Array, n: number, l: number): number {
  const { r, deficient } = cholesky(gramColumns(c, n, l), l);
  const condition = deficient ? Infinity : triangularCondition(r, l);
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
  return condition;
}

/**
 * Below this condition number (1-norm; the 2-norm one is at most l times larger) one Cholesky-QR
 * pass leaves the columns orthonormal to within ~(l x 1e3)^2 x 1e-16, about 1e-6 for the SVD's
 * l = 74, far below what its Rayleigh-Ritz step and the 4-decimal similarities can notice.
 */
const ONE_PASS_CONDITION = 1e3;

/**
 * Orthonormalises the columns of row-major Y (n x l) in place: Cholesky-QR, then a second pass
 * (CholeskyQR2, for stability) when Y was ill-conditioned, or always `passes` when given. On the
 * labelled datasets the SVD's blocks are far better conditioned, so one pass does.
 */
export function orthonormalise(y: Float64Array, n: number, l: number, passes?: number): void {
  const c = toColumns(y, n, l);
  const condition = cholQr(c, n, l);
  if ((passes ?? (condition < ONE_PASS_CONDITION ? 1 : 2)) > 1) cholQr(c, n, l);
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
