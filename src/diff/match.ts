import { maxWeightAssignment } from './hungarian.js';

export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly w: number;
}

/** Components up to this many nodes a side are solved exactly; larger ones greedily plus swaps. */
export const EXACT_LIMIT = 300;

/**
 * One-to-one matching of maximum total weight. The candidate graph is split into connected
 * components (union-find); each component is solved exactly with the Hungarian algorithm when it
 * is small (the usual case: pairs only connect tasks that share rare words), otherwise by greedy
 * matching followed by improving swaps (augmenting paths of length 3) until none helps.
 */
export function maximumMatching(edges: readonly Edge[], oldCount: number, newCount: number): Edge[] {
  const parent = Array.from({ length: oldCount + newCount }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const e of edges) {
    const ra = find(e.a);
    const rb = find(oldCount + e.b);
    if (ra !== rb) parent[ra] = rb;
  }
  const groups = new Map<number, Edge[]>();
  for (const e of edges) {
    const root = find(e.a);
    let list = groups.get(root);
    if (!list) groups.set(root, (list = []));
    list.push(e);
  }
  const out: Edge[] = [];
  for (const group of groups.values()) out.push(...matchComponent(group));
  return out.sort((x, y) => x.a - y.a);
}

function matchComponent(edges: readonly Edge[]): Edge[] {
  const rows = [...new Set(edges.map((e) => e.a))].sort((x, y) => x - y);
  const cols = [...new Set(edges.map((e) => e.b))].sort((x, y) => x - y);
  if (edges.length === 1) return [...edges];
  if (rows.length > EXACT_LIMIT && cols.length > EXACT_LIMIT) return greedyWithSwaps(edges);
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const colIndex = new Map(cols.map((c, i) => [c, i]));
  const matrix = rows.map(() => new Array<number>(cols.length).fill(0));
  for (const e of edges) matrix[rowIndex.get(e.a)!][colIndex.get(e.b)!] = e.w;
  const assignment = maxWeightAssignment(matrix);
  const out: Edge[] = [];
  assignment.forEach((col, row) => {
    if (col >= 0) out.push({ a: rows[row], b: cols[col], w: matrix[row][col] });
  });
  return out;
}

/** Greedy by weight, then swaps (a–b', a'–b) → (a–b, a'–b') or moves to a free node while they gain. */
export function greedyWithSwaps(edges: readonly Edge[]): Edge[] {
  const sorted = [...edges].sort((x, y) => y.w - x.w || x.a - y.a || x.b - y.b);
  const mateA = new Map<number, Edge>();
  const mateB = new Map<number, Edge>();
  for (const e of sorted) {
    if (mateA.has(e.a) || mateB.has(e.b)) continue;
    mateA.set(e.a, e);
    mateB.set(e.b, e);
  }
  const byA = new Map<number, Edge[]>();
  for (const e of sorted) {
    let list = byA.get(e.a);
    if (!list) byA.set(e.a, (list = []));
    list.push(e);
  }
  for (let pass = 0; pass < 8; pass++) {
    let improved = false;
    for (const e of sorted) {
      const current = mateA.get(e.a);
      if (current === e) continue;
      const rival = mateB.get(e.b);
      const lost = (current?.w ?? 0) + (rival?.w ?? 0);
      // The rival's best alternative among still-free new tasks (or staying unmatched).
      let alt: Edge | undefined;
      if (rival) {
        for (const f of byA.get(rival.a) ?? []) {
          if (f.b !== e.b && (!mateB.has(f.b) || mateB.get(f.b) === current)) {
            alt = f;
            break;
          }
        }
      }
      const gain = e.w + (alt?.w ?? 0) - lost;
      if (gain <= 1e-12) continue;
      if (current) mateB.delete(current.b);
      if (rival) mateA.delete(rival.a);
      mateA.set(e.a, e);
      mateB.set(e.b, e);
      if (alt && rival && !mateB.has(alt.b)) {
        mateA.set(rival.a, alt);
        mateB.set(alt.b, alt);
      }
      improved = true;
    }
    if (!improved) break;
  }
  return [...mateA.values()];
}
