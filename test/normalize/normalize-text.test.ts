import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { identity, toSource, type MappedText } from '../../src/core/source-map.js';

const run = (text: string): string => normalizeText(identity(text)).text;

describe('normalizeText: width, spaces, lines', () => {
  it.each([
    ['full-width annotation', '(市政管局牵头落实)', '(市政管局牵头落实)'],
    ['full-width digits, letters, colon, semicolon', '1.2019年ABC:甲;乙!', '1.2019年ABC:甲;乙!'],
    ['CJK punctuation kept', '。、“”《》〔〕【】', '。、“”《》〔〕【】'],
    ['spaces between CJK dropped', '脱贫攻  坚', '脱贫攻坚'],
    ['主题词 separators kept', '主题词:行政事务 政务公开 通知', '主题词:行政事务 政务公开 通知'],
    ['主題詞 separators kept (traditional, full-width colon)', '主題詞：行政事務　政務公開', '主題詞:行政事務 政務公開'],
    ['ideographic space between CJK dropped', '政务\u3000公开', '政务公开'],
    ['NBSP between CJK dropped', '政务\u00a0\u00a0公开', '政务公开'],
    ['spaces between ASCII words kept', 'Produced By 大汉网络', 'Produced By 大汉网络'],
    ['NBSP between ASCII words → space', 'IPv6\u00a0ready', 'IPv6 ready'],
    ['space between CJK and digit kept', '共 12 项', '共 12 项'],
    ['space after a folded bracket kept', '(一) 清单式公开', '(一) 清单式公开'],
    // Spaces after half-width prose punctuation (folded from ，；：！？）) inside CJK text are stranded.
    ['space after a folded comma before a quote dropped', '改革成果， “五个一”包保服务', '改革成果,“五个一”包保服务'],
    ['space after a half-width comma in CJK dropped', '创新发展, “一区多园”', '创新发展,“一区多园”'],
    ['spaces after ; : ! ? ) in CJK dropped', '甲;  乙:\u3000丙! 丁? 戊(注) 己', '甲;乙:丙!丁?戊(注)己'],
    ['space after a sentence-final . in CJK dropped', '完成工作. 推进公开', '完成工作.推进公开'],
    ['space after a comma kept before ASCII', '成果, IPv6', '成果, IPv6'],
    ['space after a comma kept after ASCII', 'IPv6, 政务公开', 'IPv6, 政务公开'],
    ['space after a marker (1) kept', '(1) 做好公开', '(1) 做好公开'],
    ['space after a marker 一. kept', '一. 总体要求', '一. 总体要求'],
    ['space after a marker 3. kept', '3. 做好公开', '3. 做好公开'],
    ['主题词 separators after a colon kept', '主题词: 行政事务 政务公开', '主题词: 行政事务 政务公开'],
    ['leading and trailing spaces per line', '\u3000\u3000一、总体要求  \n  二、任务\u00a0', '一、总体要求\n二、任务'],
    ['leading tab indentation', '\t一、总体要求', '一、总体要求'],
    ['tab inside CJK prose → dropped like a space', '政务\t公开', '政务公开'],
    ['zero-width and BOM dropped', '政\u200b务\ufeff公开', '政务公开'],
    ['blank lines kept', '甲\n\n\n乙\n', '甲\n\n\n乙\n'],
    ['whitespace-only lines become empty', '甲\n \u3000 \n乙', '甲\n\n乙'],
    ['table row tabs kept', '1\t制定清单\t市政管局\t年底前', '1\t制定清单\t市政管局\t年底前'],
    ['table row with an empty cell', '2 \t 规范清单\t\t年内 ', '2\t规范清单\t\t年内'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it('full-width and half-width versions of a notice give identical text', () => {
    const half = '(二)点题式公开\n1.依法积极稳妥制定政务公开负面清单,细化明确不予公开范围;及时调整更新。(市政管局牵头落实)';
    const full = half.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(full).not.toBe(half);
    expect(run(full)).toBe(half);
  });

  it('NBSP indentation in seed 003 is gone and 脱贫攻  坚 is rejoined', () => {
    const seed = readFileSync(new URL('../../fixtures/seed-003-hangzhou-2018/input.txt', import.meta.url), 'utf8');
    const out = run(seed);
    expect(out).not.toMatch(/[\u00a0\u3000]/);
    expect(out).toContain('脱贫攻坚');
    expect(out.split('\n').every((l) => l === l.trim())).toBe(true);
  });
});

/** Asserts every output char that is not a width fold or a space maps back onto the same char. */
function expectMapsBack(source: string, out: MappedText): void {
  for (let i = 0; i < out.text.length; i++) {
    const src = toSource(out.map, i);
    const o = out.text[i];
    const s = source[src];
    const folded =
      s !== undefined && s.charCodeAt(0) >= 0xff01 && s.charCodeAt(0) <= 0xff5e && s.charCodeAt(0) - 0xfee0 === o.charCodeAt(0);
    const spaced = o === ' ' && s !== undefined && /[\s\u00a0\u3000\u2000-\u200a\u202f\u205f]/.test(s);
    if (!(s === o || folded || spaced)) {
      throw new Error(`output[${i}]=${JSON.stringify(o)} maps to source[${src}]=${JSON.stringify(s)}`);
    }
  }
}

describe('normalizeText: source map', () => {
  const alphabet = fc.constantFrom(
    '政',
    '务',
    '公',
    '开',
    'a',
    'B',
    '1',
    ' ',
    '\u00a0',
    '\u3000',
    '\t',
    '\n',
    '(',
    '(',
    ')',
    ';',
    '。',
    '\u200b',
    '\ufeff',
    '、',
  );
  it('every output char maps back to its source char (property)', () => {
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')),
        (source) => {
          expectMapsBack(source, normalizeText(identity(source)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('maps through an input map to the original source', () => {
    // Stage 1 dropped a 2-char prefix: input offsets are source offsets + 2.
    const source = 'XX政务  公开(一)';
    const input: MappedText = { text: source.slice(2), map: [[0, 2]] };
    const out = normalizeText(input);
    expect(out.text).toBe('政务公开(一)');
    expectMapsBack(source, out);
    expect(toSource(out.map, 2)).toBe(6);
  });

  // Timing of 5 MB on one line is in `npm run bench` (hostile rows full-width, produced-by), not here.
  it('handles 5 MB on one line', () => {
    const big = '政务 公开(市政管局)\u3000Produced By '.repeat(200_000);
    const out = normalizeText(identity(big));
    // The space between CJK goes, the ideographic space becomes a space, the last one is trimmed.
    expect(out.text).toBe('政务公开(市政管局) Produced By '.repeat(200_000).trimEnd());
  });
});
