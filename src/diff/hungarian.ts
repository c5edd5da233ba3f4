/**
 * Maximum-weight assignment on a dense rows × cols weight matrix (Kuhn–Munkres with potentials,
 * O(n²·m)). Returns for each row the column it takes, or -1. Zero weights mean "no edge": a row
 * assigned only through a zero weight is left unassigned.
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): number[] {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0].length;
  if (rows === 0 || cols === 0) return new Array<number>(rows).fill(-1);
  if (rows > cols) {
    // The algorithm wants rows ≤ cols: solve the transpose.
    const t = Array.from({ length: cols }, (_, j) => weights.map((row) => row[j]));
    const byCol = maxWeightAssignment(t);
    const result = new Array<number>(rows).fill(-1);
    byCol.forEach((row, col) => {
      if (row >= 0) result[row] = col;
    });
    return result;
  }
  let max = 0;
  for (const row of weights) for (const w of row) if (w > max) max = w;
  const n = rows;
  const m = cols;
  const INF = Number.POSITIVE_INFINITY;
  // 1-based arrays as in the textbook formulation; cost = max - weight (minimisation).
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(INF);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = max - weights[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= m; j++) {
    if (p[j] !== 0 && weights[p[j] - 1][j - 1] > 0) result[p[j] - 1] = j - 1;
  }
  return result;
}
