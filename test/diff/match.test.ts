import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { greedyWithSwaps, maximumMatching, type Edge } from '../../src/diff/match.js';
import { maxWeightAssignment } from '../../src/diff/hungarian.js';

const total = (edges: readonly Edge[]): number => edges.reduce((s, e) => s + e.w, 0);

/** Exhaustive optimum for tiny graphs. */
function bruteForce(edges: readonly Edge[], oldCount: number): number {
  const byA = Array.from({ length: oldCount }, (_, a) => edges.filter((e) => e.a === a));
  const go = (a: number, used: Set<number>): number => {
    if (a === oldCount) return 0;
    let best = go(a + 1, used);
    for (const e of byA[a]) {
      if (used.has(e.b)) continue;
      used.add(e.b);
      best = Math.max(best, e.w + go(a + 1, used));
      used.delete(e.b);
    }
    return best;
  };
  return go(0, new Set());
}

describe('maximum-weight matching', () => {
  it.each([
    // First-come greedy takes 0–0 (0.9) and leaves 1 unmatched: 0.9 < 0.8 + 0.85.
    [
      'greedy trap',
      [
        { a: 0, b: 0, w: 0.9 },
        { a: 0, b: 1, w: 0.8 },
        { a: 1, b: 0, w: 0.85 },
      ],
      1.65,
    ],
    [
      'independent pairs',
      [
        { a: 0, b: 1, w: 0.5 },
        { a: 1, b: 0, w: 0.6 },
      ],
      1.1,
    ],
    [
      'one node, two choices',
      [
        { a: 0, b: 0, w: 0.4 },
        { a: 0, b: 1, w: 0.7 },
      ],
      0.7,
    ],
  ])('%s', (_name, edges, expected) => {
    const m = maximumMatching(edges, 2, 2);
    expect(total(m)).toBeCloseTo(expected, 9);
    expect(new Set(m.map((e) => e.b)).size).toBe(m.length);
  });

  it('greedy plus swaps repairs the greedy trap', () => {
    const edges = [
      { a: 0, b: 0, w: 0.9 },
      { a: 0, b: 1, w: 0.8 },
      { a: 1, b: 0, w: 0.85 },
    ];
    expect(total(greedyWithSwaps(edges))).toBeCloseTo(1.65, 9);
  });

  it('Hungarian handles rectangular matrices both ways', () => {
    expect(maxWeightAssignment([[0.1, 0.9, 0.2]])).toEqual([1]);
    expect(maxWeightAssignment([[0.1], [0.9], [0.2]])).toEqual([-1, 0, -1]);
    expect(
      maxWeightAssignment([
        [0, 0],
        [0, 0],
      ]),
    ).toEqual([-1, -1]);
  });

  it('is optimal on random small graphs (checked by exhaustive search)', () => {
    const edge = fc.record({
      a: fc.integer({ min: 0, max: 4 }),
      b: fc.integer({ min: 0, max: 4 }),
      w: fc.double({ min: 0.01, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 14 }), (raw) => {
        const seen = new Set<string>();
        const edges = raw.filter((e) => !seen.has(`${e.a},${e.b}`) && seen.add(`${e.a},${e.b}`));
        const m = maximumMatching(edges, 5, 5);
        expect(new Set(m.map((e) => e.a)).size).toBe(m.length);
        expect(new Set(m.map((e) => e.b)).size).toBe(m.length);
        expect(total(m)).toBeCloseTo(bruteForce(edges, 5), 9);
      }),
      { numRuns: 300 },
    );
  });
});
