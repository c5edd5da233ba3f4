import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';
import { identity } from '../../src/core/source-map.js';

const MB = 1024 * 1024;
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** What cleanText kept (the documents' texts) and what it removed (a count per rule). */
function cleaned(text: string): { kept: string[]; removed: Record<string, number> } {
  const result = cleanText(identity(text));
  const removed: Record<string, number> = {};
  for (const r of result.removals) removed[r.rule] = (removed[r.rule] ?? 0) + 1;
  return { kept: result.documents.map((d) => d.text), removed };
}

// These inputs once took quadratic time. Timing is in `npm run bench` (hostile rows pinyin-glosses,
// almost-glosses, breadcrumb, label-pairs, spam-list, spam-prose, farm-sentences, share-words, colons,
// brackets, long-line, plan-lines, compilation-markers, related-lines, footer-lines, blank-lines), not here:
// the suite checks what cleaning them gives. One-line inputs are 1 MB (the bench goes to 5 MB).
describe('hostile input: what is kept and removed', () => {
  it.each([
    ['plan prose', fill('推进政务公开工作,做好信息发布。(市政府办牵头落实)', MB)],
    ['brackets', fill('((((((((((', MB)],
    ['almost-glosses', fill('發(fāaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', MB)],
    ['label pairs', fill('来源:本站 ', MB)],
    ['spam-word prose', fill('国产免费精品亚洲政务公开工作', MB)],
    ['share words', fill('微信 微博 ', MB)],
    ['colons', fill(':', MB)],
  ])('%s, one 1 MB line: kept whole', (_name, text) => {
    expect(cleaned(text)).toEqual({ kept: [text], removed: {} });
  });

  it('pinyin glosses, one 1 MB line: every gloss removed, the characters kept', () => {
    const text = fill('印發(fā)', MB);
    const { kept, removed } = cleaned(text);
    expect(removed).toEqual({ 'pinyin-gloss': Math.floor(MB / 6) });
    expect(kept).toEqual([text.replaceAll('(fā)', '')]);
  });

  it.each([
    ['breadcrumb separators', '首页' + fill(' > 政务公开', MB), 'breadcrumb'],
    ['spam list', fill('久久中文字幕人妻丝袜| ', MB), 'seo-spam'],
    ['farm sentences', fill('小编为大家整理的。', MB), 'farm-header'],
  ])('%s, one 1 MB line: removed as one line', (_name, text, rule) => {
    expect(cleaned(text)).toEqual({ kept: [''], removed: { [rule]: 1 } });
  });

  it('short plan lines, 10,000 lines: kept', () => {
    const text = fill('1.做好信息公开。\n', 10_000 * 10);
    expect(cleaned(text)).toEqual({ kept: [text.slice(0, -1)], removed: {} });
  });

  it('compilation markers, 11,667 lines: one document each', () => {
    const { kept, removed } = cleaned(fill('【篇一】xx市工作要点\n', 10_000 * 14));
    expect(kept).toHaveLength(11_667);
    expect(removed).toEqual({ 'compilation-title': 11_667 });
  });

  it('related headings and items, 20,000 lines: all removed', () => {
    expect(cleaned(fill('相关文章\n关于做好工作的通知\n', 10_000 * 15))).toEqual({
      kept: [''],
      removed: { 'related-list': 20_000 },
    });
  });

  it('footer lines then prose, 10,000 lines: the footers removed, the prose kept', () => {
    expect(cleaned(fill('版权所有\n', 10_000 * 5) + '一、做好信息公开。')).toEqual({
      kept: ['一、做好信息公开。'],
      removed: { 'cms-footer': 10_000 },
    });
  });

  it('blank lines, 100,000: nothing kept, nothing to remove', () => {
    expect(cleaned('\n'.repeat(100_000))).toEqual({ kept: [''], removed: {} });
  });
});
