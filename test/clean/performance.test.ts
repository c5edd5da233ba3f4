import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';
import { identity } from '../../src/core/source-map.js';

const MB = 1024 * 1024;
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function timed(text: string): number {
  const t0 = performance.now();
  cleanText(identity(text));
  return performance.now() - t0;
}

describe('linear time on hostile input', () => {
  it.each([
    ['plan prose', fill('推进政务公开工作,做好信息发布。(市政府办牵头落实)', 5 * MB)],
    ['brackets', fill('((((((((((', MB)],
    ['pinyin glosses', fill('印發(fā)', 5 * MB)],
    ['almost-glosses', fill('發(fāaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 5 * MB)],
    ['breadcrumb separators', '首页' + fill(' > 政务公开', 5 * MB)],
    ['label pairs', fill('来源:本站 ', 5 * MB)],
    ['spam list', fill('久久中文字幕人妻丝袜| ', 5 * MB)],
    ['spam-word prose', fill('国产免费精品亚洲政务公开工作', 5 * MB)],
    ['farm sentences', fill('小编为大家整理的。', 5 * MB)],
    ['share words', fill('微信 微博 ', 5 * MB)],
    ['colons', fill(':', 5 * MB)],
  ])('%s, one line', (_name, text) => {
    expect(timed(text)).toBeLessThan(5000);
  });

  it.each([
    ['short plan lines', fill('1.做好信息公开。\n', 10_000 * 10)],
    ['compilation markers', fill('【篇一】xx市工作要点\n', 10_000 * 14)],
    ['related headings and items', fill('相关文章\n关于做好工作的通知\n', 10_000 * 15)],
    ['footer lines then prose', fill('版权所有\n', 10_000 * 5) + '一、做好信息公开。'],
    ['blank lines', '\n'.repeat(100_000)],
  ])('%s, many lines', (_name, text) => {
    expect(timed(text)).toBeLessThan(3000);
  });
});
