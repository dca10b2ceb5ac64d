/**
 * Small dense linear algebra for the randomized SVD: Cholesky-QR orthonormalisation of tall
 * row-major blocks and a Jacobi eigen-solver for the small (l x l) symmetric matrices.
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

/** One Cholesky-QR pass on column-major columns: C <- C R^{-1} with R^T R = C^T C. */
function cholQr(c: Float64Array, n: number, l: number): void {
  const g = new Float64Array(l * l);
  for (let a = 0; a < l; a++) {
    for (let b = a; b < l; b++) {
      const v = dot(c, a * n, c, b * n, n);
      g[a * l + b] = v;
      g[b * l + a] = v;
    }
  }
  const r = cholesky(g, l);
  for (let j = 0; j < l; j++) {
    const oj = j * n;
    for (let k = 0; k < j; k++) {
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

/** G = Y^T Y for row-major Y (n x l). */
export function gram(y: Float64Array, n: number, l: number): Float64Array {
  const c = toColumns(y, n, l);
  const g = new Float64Array(l * l);
  for (let a = 0; a < l; a++) {
    for (let b = a; b < l; b++) {
      const v = dot(c, a * n, c, b * n, n);
      g[a * l + b] = v;
      g[b * l + a] = v;
    }
  }
  return g;
}

/** Eigen-decomposition of a symmetric l x l matrix (cyclic Jacobi). Values descending. */
export function symmetricEigen(input: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += a[p * l + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * l + q]! - a[p * l + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p]!;
          const akq = a[k * l + q]!;
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k]!;
          const aqk = a[q * l + k]!;
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p]!;
          const vkq = v[k * l + q]!;
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: l }, (_, i) => i).sort((x, y) => a[y * l + y]! - a[x * l + x]!);
  const values = new Float64Array(l);
  const vectors = new Float64Array(l * l);
  order.forEach((src, dst) => {
    values[dst] = a[src * l + src]!;
    for (let k = 0; k < l; k++) vectors[k * l + dst] = v[k * l + src]!;
  });
  return { values, vectors };
}
