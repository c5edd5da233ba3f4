import { readFileSync, readdirSync, existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/extract/index.js';
import { foldScript } from '../../src/core/zh/index.js';
import {
  cuesOf, dayOnlyAt, dayOnlyMatches, halfAt, halfMatches, monthAt, monthMatches, quarterAt, quarterMatches, relativeAt,
  relativeMatches, yearEndAt, yearEndMatches,
} from '../../src/extract/deadline-scan.js';
import { DAY_ONLY, HALF, MONTH, QUARTER, RELATIVE, YEAR_END, endAt, findDeadlinesOracle, oracleAt, spansOf } from './deadlines-oracle.js';

/*
 * deadline-scan.ts matches the deadline regexes by hand, and findDeadlines skips work by
 * the characters a text holds. deadlines-oracle.ts keeps the regex implementation; these tests
 * check both agree at every start position, match by match, and end to end.
 */
const pieces = [
  // years and the words around 年
  '2019', '2020', '0050', '12345', '201', '二〇二〇', '二〇一九', '〇二〇二〇', '零', '〇', '今', '本', '当', '明', '去', '上',
  '年', '年度', '度', '底', '末', '中', '内', '之前', '以前', '前', '为止', '完成', '截止', '止', '以内', '之内', '以', '之',
  // months, days, halves, quarters
  '月', '日', '号', '旬', '下', '份', '半年', '上半年', '下半年', '季度', '季', '第', '一季度', '三季度末',
  // amounts and units of durations
  '0', '1', '3', '5', '30', '123', '1234', '.', '一', '二', '三', '五', '十', '百', '两', '半', '千', '个', '工作日', '工作',
  '小时', '小', '星期', '星', '天', '周', '个月', '最迟', '最晚', '最长', '最多', '最', '迟', '限', '每月', '次月', '当月',
  '每', '次',
  // comparisons before a duration
  '少于', '低于', '多于', '高于', '超过', '短于', '长于', '大于', '小于', '至少', '最少', '不足', '不得', '于',
  // spacing, punctuation, filler
  ' ', ',', '。', ';', '\n', '、', '完成', '报送', '公开', '政府', 'a',
  // traditional forms foldScript folds (內 時 號 週 為 個 當 兩)
  '內', '時', '號', '週', '為', '個', '當', '兩', '為止', '日內', '個工作日內',
];
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: cjk });
const runOf = (chars: string, maxLength: number) =>
  fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength }).map((cs) => cs.join(''));
const amount = fc.oneof(runOf('0123456789', 5), runOf('〇零一二三四五六七八九十百两半', 6));
// A deadline-shaped chunk: [before][prefix][amount][unit][amount][unit][close], parts optional.
const chunk = fc
  .tuple(
    fc.constantFrom('', '', '少于', '不足', '至少', '去', '每', '月', '1', '.', '十'),
    fc.constantFrom('', '', '', '最迟', '最晚', '最长', '限', '每月', '次月', '当月', '今', '明', '上', '第', '前', '今年', '本年', '当年', '明年', '2020年', '二〇二〇年'),
    fc.oneof({ weight: 4, arbitrary: amount }, { weight: 1, arbitrary: fc.constant('') }),
    fc.constantFrom('', '年', '年度', '月', '日', '号', '个', '个月', '个工作日', '工作日', '小时', '星期', '天', '周', '季度', '半年'),
    fc.oneof({ weight: 1, arbitrary: amount }, { weight: 2, arbitrary: fc.constant('') }),
    fc.constantFrom('', '月', '日', '号', '旬', '底', '末', '中', '份', '季度', '上旬', '中旬', '下旬', '月底', '日'),
    fc.constantFrom('', '', '前', '之前', '以前', '内', '以内', '之内', '內', '为止', '完成', '截止', '止', '底', '末', '中前'),
  )
  .map((parts) => parts.join(''));
const textArb = fc
  .array(fc.oneof({ weight: 3, arbitrary: piece }, { weight: 2, arbitrary: chunk }), { maxLength: 25 })
  .map((ps) => ps.join(''));
const NUM_RUNS = Number(process.env.DEADLINES_RUNS ?? 2000);

function expectSameAtEveryPosition(text: string): void {
  const f = foldScript(text);
  for (let at = 0; at <= f.length; at++) {
    const got = [relativeAt(f, at), dayOnlyAt(f, at), yearEndAt(f, at), monthAt(f, at), halfAt(f, at), quarterAt(f, at)];
    const want = [
      endAt(RELATIVE, f, at), endAt(DAY_ONLY, f, at), oracleAt.yearEnd(f, at), oracleAt.month(f, at), oracleAt.half(f, at),
      oracleAt.quarter(f, at),
    ];
    if (JSON.stringify(got) !== JSON.stringify(want)) expect({ f, at, got }).toEqual({ f, at, got: want });
  }
}

function expectSameMatches(text: string): void {
  const f = foldScript(text);
  expect(relativeMatches(f)).toEqual(spansOf(RELATIVE, f));
  expect(dayOnlyMatches(f)).toEqual(spansOf(DAY_ONLY, f));
  expect(yearEndMatches(f).map((m) => [m.start, m.end])).toEqual(spansOf(YEAR_END, f));
  expect(monthMatches(f).map((m) => [m.start, m.end])).toEqual(spansOf(MONTH, f));
  expect(halfMatches(f).map((m) => [m.start, m.end])).toEqual(spansOf(HALF, f));
  expect(quarterMatches(f).map((m) => [m.start, m.end])).toEqual(spansOf(QUARTER, f));
}

const years = fc.constantFrom(null, 2019, 2020, 0, 50, 99, 100, 2100);
const notBefores = fc.constantFrom(undefined, '2019-07-02', '2020-03-01', '2018-12-20', 'not a date');

describe('deadline scanners agree with the regex oracle', () => {
  it.each([
    '2019年底前', '二〇二〇年底前完成', '12345年底', '今年年底前', '年中', '年中前', '年度内', '2020年度末为止',
    '30日内', '最迟5个工作日', '最长30日', '最长30日内', '限10个工作日', '1234日内', '1.5天内', '3个月内', '三个工作日内',
    '每月10日前', '123日前', '月5日前', '当月十五号之前', '十二十五日前',
    '2020年10月底前', '12019年6月底前', '123月前', '二〇二〇年十二月三十一日前', '一二三四年5月内', '今年3月份前', '6月上旬止',
    '6月中完成', '6月3x前', '2020年上半年前', '上半年内', '2019年第一季度末前', '前三季度', '前五季度', '第4季度底截止',
    '2020年2020年底前', '年年底', '六月六月底前',
    '二〇二〇年一十二月底前', '2020年十一二月前', '6月中旬前', '6月30号前', '当年6月底前', '本年上半年', '明年第一季度末',
  ])('%s', (text) => {
    expectSameAtEveryPosition(text);
    expectSameMatches(text);
  });

  it('at every start position of generated text', () => {
    fc.assert(fc.property(textArb, (t) => expectSameAtEveryPosition(t)), { numRuns: NUM_RUNS });
  });

  it('match by match on generated text', () => {
    fc.assert(fc.property(textArb, (t) => expectSameMatches(t)), { numRuns: NUM_RUNS });
  });
});

describe('findDeadlines agrees with the regex oracle', () => {
  it('end to end on generated text', () => {
    fc.assert(
      fc.property(textArb, years, notBefores, (t, year, notBefore) => {
        expect(findDeadlines(t, year, { notBefore })).toEqual(findDeadlinesOracle(t, year, { notBefore }));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('on every line and every whole input of the fixtures', () => {
    for (const dir of readdirSync('fixtures')) {
      for (const name of ['input.txt', 'input.html']) {
        const path = `fixtures/${dir}/${name}`;
        if (!existsSync(path)) continue;
        const text = readFileSync(path, 'utf8');
        for (const line of [text, ...text.split('\n')]) {
          expect(findDeadlines(line, 2019, { notBefore: '2019-07-02' })).toEqual(findDeadlinesOracle(line, 2019, { notBefore: '2019-07-02' }));
          expectSameMatches(line);
        }
      }
    }
  });

  it('reads the same cues from a character as from its folded form', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (cuesOf(ch) !== cuesOf(foldScript(ch))) expect([ch, cuesOf(ch)]).toEqual([ch, cuesOf(foldScript(ch))]);
    }
  });
});
