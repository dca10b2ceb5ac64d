/**
 * Optimal assignment (Hungarian method with potentials, O(r^2 c)). Used to carry theme ids from
 * one run to the next and, in evaluation, for clustering accuracy (ACC).
 */

/**
 * Maximum-weight one-to-one matching on a rows x cols weight matrix (row-major).
 * Returns, for each row, its column or -1 (when rows > cols some rows stay unmatched).
 */
export function maxWeightMatching(weights: ArrayLike<number>, rows: number, cols: number): Int32Array {
  const result = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return result;
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, weights[i]!);
  const cost = (i: number, j: number): number =>
    max - (transpose ? weights[j * cols + i]! : weights[i * cols + j]!);
  // 1-based potentials u (rows), v (cols); p[j] = row matched to column j.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  for (let j = 1; j <= m; j++) {
    if (!p[j]) continue;
    if (transpose) result[j - 1] = p[j]! - 1;
    else result[p[j]! - 1] = j - 1;
  }
  return result;
}
