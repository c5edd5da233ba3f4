import { describe, expect, it } from 'vitest';
import { inlineDiff, toDiffTokens } from '../../src/diff/inline-diff.js';
import { formatInline } from '../../src/diff/format-human.js';

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
