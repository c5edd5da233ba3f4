import { describe, expect, it } from 'vitest';
import { findAnnotations, findDeadlines, findTargets, parseUnits, splitTasks } from '../../src/extract/index.js';

// Generous bounds: a quadratic scan of these inputs would take minutes, a linear one well under a second.
const LIMIT_MS = 4000;

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

const task = '围绕中心工作,2019年10月底前完成,专项检查不少于1次。(市规划国土委房山分局、区文委负责落实)';

describe('linear time on hostile input', () => {
  it.each<[string, string]>([
    ['1 MB of nested brackets', '('.repeat(500_000) + ')'.repeat(500_000)],
    ['1 MB of unclosed openers', '〔'.repeat(1_000_000)],
    ['1 MB of empty pairs', '()'.repeat(500_000)],
    ['1 MB of mismatched pairs', '〔)'.repeat(500_000)],
    ['5 MB single line of tasks', task.repeat(Math.ceil(5_000_000 / task.length))],
    ['5 MB of role words', '分别牵头等部门'.repeat(700_000)],
    ['5 MB of digits and 年', '2019年1'.repeat(800_000)],
    ['5 MB of 至少', '至少'.repeat(2_500_000)],
  ])('%s', (_name, text) => {
    const [, ms] = timed(() => {
      findAnnotations(text);
      splitTasks(text);
      findDeadlines(text, 2019);
      findTargets(text);
    });
    expect(ms).toBeLessThan(LIMIT_MS * 3);
  });

  it('finds every annotation of a 5 MB line', () => {
    const n = Math.ceil(5_000_000 / task.length);
    const [pieces, ms] = timed(() => splitTasks(task.repeat(n)));
    expect(pieces).toHaveLength(n);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('parseUnits on 1 MB returns quickly', () => {
    const [parse, ms] = timed(() => parseUnits('市财政局、'.repeat(200_000)));
    expect(parse.ok).toBe(false);
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});
