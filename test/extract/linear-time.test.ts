import { describe, expect, it } from 'vitest';
import { findAnnotations, findDeadlines, findTargets, parseUnits, splitTasks } from '../../src/extract/index.js';

// These inputs once took minutes through quadratic scans; their time is now in `npm run bench`
// (hostile rows: brackets, unclosed, long-line, annotations). Here: they are read, and read right.

const task = '围绕中心工作,2019年10月底前完成,专项检查不少于1次。(市规划国土委房山分局、区文委负责落实)';

describe('hostile input to the extractors', () => {
  it.each<[string, string]>([
    ['1 MB of nested brackets', '('.repeat(500_000) + ')'.repeat(500_000)],
    ['1 MB of unclosed openers', '〔'.repeat(1_000_000)],
    ['1 MB of empty pairs', '()'.repeat(500_000)],
    ['1 MB of mismatched pairs', '〔)'.repeat(500_000)],
    ['5 MB single line of tasks', task.repeat(Math.ceil(5_000_000 / task.length))],
    ['5 MB of role words', '分别牵头等部门'.repeat(700_000)],
    ['5 MB of digits and 年', '2019年1'.repeat(800_000)],
    ['5 MB of 至少', '至少'.repeat(2_500_000)],
    // The deadline and target patterns: long runs of what their bounded parts repeat.
    ['5 MB of digits', '1'.repeat(5_000_000)],
    ['5 MB of numerals', '一'.repeat(5_000_000)],
    ['5 MB of 最长 and an unclosed span', '最长20个工作'.repeat(700_000)],
    ['5 MB of 不低于 and digits without a unit', '不低于123456789.1234'.repeat(250_000)],
    ['5 MB of years and months', '二〇二〇年十二月'.repeat(600_000)],
    ['5 MB of 至少 and filler', '至少向主要负责同志'.repeat(500_000)],
  ])('%s', (_name, text) => {
    const annotations = findAnnotations(text);
    expect(splitTasks(text).length).toBeGreaterThanOrEqual(1);
    expect(Array.isArray(findDeadlines(text, 2019))).toBe(true);
    expect(Array.isArray(findTargets(text))).toBe(true);
    // Only the line of tasks holds annotations: one per task.
    if (text.startsWith(task)) expect(annotations).toHaveLength(Math.ceil(5_000_000 / task.length));
  });

  it('finds every annotation of a 5 MB line', () => {
    const n = Math.ceil(5_000_000 / task.length);
    expect(splitTasks(task.repeat(n))).toHaveLength(n);
  });

  it('parseUnits refuses 1 MB of units (no unit list is that long)', () => {
    expect(parseUnits('市财政局、'.repeat(200_000)).ok).toBe(false);
  });
});
