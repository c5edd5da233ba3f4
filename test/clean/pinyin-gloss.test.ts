import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isHanBefore, pinyinGloss } from '../../src/clean/rules/pinyin-gloss.js';
import type { Hit } from '../../src/clean/types.js';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/** The rule as it was: the Han test as a lookbehind on \p{Script=Han} inside the pattern. */
function oracle(line: string): Hit[] {
  const gloss = new RegExp(`\\((?<=\\p{Script=Han}\\()([a-zü${TONED}ɑ ]{1,30})\\)`, 'gu');
  const tone = new RegExp(`[${TONED}ǖǘǚǜ]`, 'u');
  if (!line.includes('(')) return [];
  const hits: Hit[] = [];
  for (let m = gloss.exec(line); m; m = gloss.exec(line)) {
    const inner = m[1];
    if (!tone.test(inner) || inner.startsWith(' ') || inner.endsWith(' ')) continue;
    hits.push({ reason: `Pinyin gloss ${m[0]} after ${line[m.index - 1]}`, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

describe('pinyin-gloss', () => {
  it('tells Han characters as \\p{Script=Han} does, for every code point', () => {
    const han = /^\p{Script=Han}$/u;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (isHanBefore(`${ch}(`, ch.length) !== han.test(ch)) throw new Error(`U+${cp.toString(16)}`);
    }
  });

  it('finds the glosses the lookbehind pattern found (property)', () => {
    const piece = fc.constantFrom('(', ')', 'fā', 'rén', ' ', 'a', 'ǖ', '發', '人', '〇', '⺀', '𠀀', '𠀀'.slice(0, 1), '𠀀'.slice(1), 'IPv6', '政');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const line = pieces.join('');
        expect(pinyinGloss.match(line, { lines: [line], index: 0 } as never)).toEqual(oracle(line));
      }),
      { numRuns: 20000 },
    );
  });
});
