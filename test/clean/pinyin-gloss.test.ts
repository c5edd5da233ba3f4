import { describe, expect, it } from 'vitest';
import { isHanBefore, pinyinGloss } from '../../src/clean/rules/pinyin-gloss.js';

describe('pinyin-gloss', () => {
  it('tells Han characters as \\p{Script=Han} does, for every code point', () => {
    const han = /^\p{Script=Han}$/u;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (isHanBefore(`${ch}(`, ch.length) !== han.test(ch)) throw new Error(`U+${cp.toString(16)}`);
    }
  });

  // A gloss: lower-case pinyin with at least one tone mark, 1 to 30 characters, right after a Han
  // character (〇, radicals and astral ideographs too), no space at either end.
  it.each<[string, Array<[number, number]>]>([
    [
      '發(fā)人(rén)',
      [
        [1, 5],
        [6, 11],
      ],
    ],
    ['〇(líng)', [[1, 7]]],
    ['⺀(rén)', [[1, 6]]],
    ['𠀀(rén)', [[2, 7]]],
    ['人(ǖ)', [[1, 4]]],
    ['人(rén)(fā)', [[1, 6]]], // the second follows a bracket, not a character
    ['人(' + 'ā'.repeat(30) + ')', [[1, 33]]],
    ['人(' + 'ā'.repeat(31) + ')', []],
    ['人(ren)', []], // no tone mark: a word in brackets
    ['人(Fā)', []],
    ['人( rén)', []],
    ['人(rén )', []],
    ['a(fā)', []],
  ])('%s', (line, spans) => {
    expect(
      pinyinGloss.match(line, { lines: [line], index: 0 } as never).map((h) => ('start' in h ? [h.start, h.end] : [])),
    ).toEqual(spans);
  });
});
