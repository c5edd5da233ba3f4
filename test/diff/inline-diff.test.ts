import { describe, expect, it } from 'vitest';
import { inlineDiff, toDiffTokens } from '../../src/diff/inline-diff.js';
import { formatInline } from '../../src/diff/format-human.js';
import { taskInlineDiff } from '../../src/diff/inline-diff.js';

const words = (s: string): { key: string; text: string }[] => s.split(' ').map((w) => ({ key: w, text: w }));

describe('inline diff', () => {
  it.each([
    ['equal', 'a b c', 'a b c', 'abc'],
    ['insert in the middle', 'a c', 'a b c', 'a{+b+}c'],
    ['delete at the end', 'a b c', 'a b', 'ab[-c-]'],
    ['replace', 'a b c', 'a x c', 'a[-b-]{+x+}c'],
    ['everything new', 'a', 'b', '[-a-]{+b+}'],
  ])('%s', (_name, a, b, expected) => {
    expect(formatInline(inlineDiff(words(a), words(b)))).toBe(expected);
  });

  it('compares in one script and shows each side in its own', () => {
    const oldTokens = toDiffTokens('加強政策解讀', ['加强', '政策', '解读']);
    const newTokens = toDiffTokens('加强政策解读工作', ['加强', '政策', '解读', '工作']);
    expect(inlineDiff(oldTokens, newTokens)).toEqual([
      { op: 'equal', text: '加强政策解读' },
      { op: 'insert', text: '工作' },
    ]);
  });

  it('falls back to the converted words when conversion changed the length', () => {
    expect(toDiffTokens('abc', ['ab']).map((t) => t.text)).toEqual(['ab']);
  });
});

describe('inline diff of a heavily rewritten task', () => {
  const segmenter = { cut: (t: string) => [...t] };
  const side = (text: string) => ({ text, ref: { text } });

  it('goes clause by clause: the clause that carried over is diffed, the others deleted or inserted whole', () => {
    const o = side('建立台账,每月通报。完善河道巡查制度,明确巡查频次。');
    const n = side('推进河湖长制全面落地见效。完善河道巡查制度,明确巡查频次和内容。开展美丽河湖创建,年内建成两条示范河段。');
    const { parts, clauses } = taskInlineDiff(o, n, segmenter);
    expect(clauses).toBe(true);
    expect(parts).toContainEqual({ op: 'delete', text: '建立台账,每月通报。' });
    expect(
      parts
        .filter((p) => p.op !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe(o.text);
    expect(
      parts
        .filter((p) => p.op !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe(n.text);
    expect(parts.some((p) => p.op === 'equal' && p.text.includes('完善河道巡查制度'))).toBe(true);
  });

  it('stays word by word for a light rewording', () => {
    const { clauses } = taskInlineDiff(side('办好政府公报电子版。'), side('办好政府公报电子版和纸质版。'), segmenter);
    expect(clauses).toBe(false);
  });
});
