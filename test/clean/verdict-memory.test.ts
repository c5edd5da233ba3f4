import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/clean/engine.js';
import { cleanRules } from '../../src/clean/index.js';
import type { LineContext } from '../../src/clean/types.js';

// A line no rule touches is the common case: its verdict is shared, not rebuilt per line (a
// 50 MB notice has ~350,000 lines, and each verdict held four arrays).
describe('clean verdict memory', () => {
  const judge = (lines: string[], index: number) =>
    classifyLine(lines[index], cleanRules, { lines, index, memo: new Map() } satisfies LineContext);

  it('lines kept whole share one verdict per length', () => {
    const lines = ['推进政务公开工作。', '加强政策解读工作。', '做好依申请公开。'];
    const a = judge(lines, 0);
    expect(a.kept).toEqual([[0, lines[0].length]]);
    expect(a.removals).toEqual([]);
    expect(judge(lines, 1)).toBe(a);
    expect(judge(lines, 2)).not.toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.kept)).toBe(true);
  });

  it('blank lines share one verdict; a line a rule hits gets its own', () => {
    const lines = ['', '   ', '浏览次数:123'];
    expect(judge(lines, 0)).toBe(judge(lines, 1));
    expect(judge(lines, 0).kept).toEqual([]);
    const hit = judge(lines, 2);
    expect(hit.removals.length).toBeGreaterThan(0);
    expect(Object.isFrozen(hit)).toBe(false);
  });
});
