import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText } from '../../src/clean/index.js';
import { identity } from '../../src/core/source-map.js';
import { joinBrokenLines, normalizeText } from '../../src/normalize/index.js';
import { fold, readSeed, SEEDS, unaccounted } from './helpers.js';

/** Seed lines after the test fold, plus debris-like and random lines, to shuffle and mutate. */
const seedLines = SEEDS.flatMap((name) => fold(readSeed(name)).text.split('\n')).filter((l) => l.length > 0);
const debris = [
  '首頁',
  '> 專題 > 省內政策',
  '相关文章',
  'Produced By 大汉网络',
  '【篇一】xx市工作要点',
  '篇二:',
  '日期:2019-05-17 09:15',
  '印發(fā)通知',
  '京ICP备05070218号',
  '微信 微博 QQ空间',
  '【打印】【关闭】',
  '下面是小编为大家整理的,供大家参考。',
  '久久中文字幕人妻丝袜| 亚洲中文字幕无码| 国产精品无码|',
  '当前位置:首页 > 政务公开 关于印发通知',
  '正文:',
  '标题:x 正文:y',
];
const alphabet = [...'一二三、()(),.:;。|_>》《【】篇首页来源日期 \tabcāéxX0123456789无码人妻亚洲免费国产精品政务公开工作要点'];
const randomLine = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((cs) => cs.join(''));
const mutate = (line: string, cut: number, insert: string): string => {
  const at = line.length === 0 ? 0 : cut % (line.length + 1);
  return line.slice(0, at) + insert + line.slice(at);
};
const line = fc.oneof(
  fc.constantFrom(...seedLines),
  fc.constantFrom(...debris),
  randomLine,
  fc
    .tuple(fc.constantFrom(...seedLines, ...debris), fc.nat(), fc.oneof(randomLine, fc.constantFrom(...debris)))
    .map(([l, c, i]) => mutate(l, c, i)),
  fc.constant(''),
);
const page = fc.array(line, { maxLength: 30 }).map((ls) => ls.join('\n'));

describe('properties', () => {
  it('every non-whitespace character is kept or audited', () => {
    fc.assert(
      fc.property(page, (text) => {
        expect(unaccounted(text, cleanText(identity(text)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('cleaning its own output removes nothing more', () => {
    fc.assert(
      fc.property(page, (text) => {
        const once = cleanText(identity(text))
          .documents.map((d) => d.text)
          .join('\n');
        expect(cleanText(identity(once)).removals).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  // The pipeline normalises, cleans, then joins broken lines; a rule must not find more in a joined
  // line. (Cleaning un-normalised text first would test another pipeline: `篇 一` is only the
  // compilation title `篇一` once its stranded space is gone, which normalising does first.)
  const asRead = (text: string): string =>
    cleanText(normalizeText(identity(text)))
      .documents.map((d) => normalizeText(joinBrokenLines(normalizeText(d))).text)
      .join('\n');

  it('cleaning its own output as the pipeline joins it removes nothing more', () => {
    fc.assert(
      fc.property(page, (text) => {
        expect(cleanText(identity(asRead(text))).removals).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a menu chain made by a join after a bracket', 'l>《>\n分', ['l>《>', '分']],
    ['a menu chain made by a join across an unclosed bracket', 'r>〔\np>切', ['r>〔', 'p>切']],
    [
      'a chain joined after 、 between plan lines',
      '一、推进工作。\n政务公开>通知公告、\n正文>附件\n二、完善制度。',
      ['政务公开>通知公告、', '正文>附件'],
    ],
  ])('a line that joins into debris goes in the first clean: %s', (_name, text, removed) => {
    const r = cleanText(identity(text));
    expect(r.removals.map((x) => [x.rule, x.text])).toEqual(removed.map((t) => ['breadcrumb', t]));
    expect(cleanText(identity(asRead(text))).removals).toEqual([]);
  });

  it.each([
    ['a sentence broken after a comma', '推进政务公开工作,\n做好信息发布。'],
    ['a title broken inside book-title marks', '认真贯彻《政\n府信息公开条例》。'],
  ])('a broken line that joins into text stays: %s', (_name, text) => {
    expect(cleanText(identity(text)).removals).toEqual([]);
  });

  it('maps and removals stay inside the input and documents are never missing', () => {
    fc.assert(
      fc.property(page, (text) => {
        const r = cleanText(identity(text));
        expect(r.documents.length).toBeGreaterThanOrEqual(1);
        for (const x of r.removals) {
          expect(0 <= x.start && x.start < x.end && x.end <= text.length).toBe(true);
          expect(x.reason).not.toMatch(/\n/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('maps compose with a non-identity input map', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...seedLines.slice(0, 50), ...debris), { maxLength: 12 }), (ls) => {
        // Indent every line with full-width spaces: the fold drops them and its map skips them.
        const raw = ls.map((l) => `\u3000\u3000${l}`).join('\n');
        expect(unaccounted(raw, cleanText(fold(raw)))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
