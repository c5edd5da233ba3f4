import { readFileSync, readdirSync, existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTargets } from '../../src/extract/index.js';
import { foldScript } from '../../src/core/zh/index.js';
import { targetAt } from '../../src/extract/targets.js';
import { findTargetsOracle, targetAtOracle } from './targets-oracle.js';

describe('findTargets', () => {
  it.each<[string, string[]]>([
    ['分值权重不低于4%的要求', ['不低于4%']],
    ['分值權重不低於4%的要求', ['不低於4%']],
    ['专项检查评估不少于1次', ['不少于1次']],
    ['每年解读重要政策措施不少于1次。', ['每年解读重要政策措施不少于1次']],
    ['征求意见时间一般不得少于5个工作日。', ['不得少于5个工作日']],
    ['公开率达到90%以上', ['达到90%以上']],
    ['每季度至少开展一次', ['每季度至少开展一次']],
    ['年内至少组织开展一次政府开放日活动', ['至少组织开展一次']],
    ['至少一次', ['至少一次']],
    ['市级各部门解读不少于一次,各县、区政府组织的各类解读不少于五次', ['不少于一次', '不少于五次']],
    ['每年开展培训,不少于2次', ['不少于2次']], // 每年 is in another clause
    ['不超过3个工作日', ['不超过3个工作日']],
    // Upper bounds; quotes around the span stay outside it.
    ['一般企业投资项目开工前审批“最多100天”。', ['最多100天']],
    ['办理时限最长20个工作日', ['最长20个工作日']],
    ['审批时间不多于15天', ['不多于15天']],
    ['负债率不高于60%', ['不高于60%']],
    ['误差控制在5%以内', ['控制在5%以内']],
    ['“最多跑一次”改革', []],
    ['最长30日内办结', []], // a deadline (deadlines.ts), not a target
    ['确保不低于全市平均水平', []],
    ['达到要求', []],
    ['没有指标', []],
    // Prefixes belong to the span.
    ['原则上不得超过3天', ['原则上不得超过3天']],
    ['必须不低于80%', ['必须不低于80%']],
    ['力争达到95%以上', ['力争达到95%以上']],
    ['确保提高至3.5个百分点', ['确保提高至3.5个百分点']],
    // 万/千/半 are numerals and units: the amount gives a character back when no unit follows.
    ['达到一万', ['达到一万']],
    ['达到5万', ['达到5万']],
    ['超过一万元', ['超过一万元']],
    ['不少于半年', ['不少于半年']],
    // Optional space, range without unit, fraction, 10 digits (no match: at most 9).
    ['达到5 %以上', ['达到5 %以上']],
    ['达到 5%', []],
    ['保持在5以内', ['保持在5以内']],
    ['提升到12.25%左右', ['提升到12.25%左右']],
    ['达到1234567890%', []],
    // 最…: the unit must not open a deadline; the regex backs off to a shorter unit.
    ['最长20个工作日内', ['最长20个']],
    ['最多一万天内', ['最多一万']],
    ['最多3天以内', []],
    ['最高5%以上', ['最高5%以上']],
    // 至少: at most 8 CJK characters between it and the count, shortest first.
    ['至少向主要负责同志作一次专题汇报', ['至少向主要负责同志作一次']],
    ['至少一二三四五六七八九十次', ['至少一二三四五六七八九十次']],
    ['至少向主要负责同志和分管领导作一次', []],
    ['至少,一次', []],
    ['最少培训2人', ['最少培训2人']],
    // Back to back: the next search starts where the last match ended.
    ['达到5%达到6%', ['达到5%', '达到6%']],
    ['不少于1次至少一次最多3天', ['不少于1次', '至少一次', '最多3天']],
    ['每年不少于1次,每季度不少于2次', ['每年不少于1次', '每季度不少于2次']],
  ])('%s', (text, expected) => {
    expect(findTargets(text).map((t) => t.text)).toEqual(expected);
    expect(findTargetsOracle(text).map((t) => t.text)).toEqual(expected);
  });
});

/*
 * findTargets is a hand-written matcher for the regex kept in targets-oracle.ts. These tests check
 * that both agree: at every start position (targetAt against the sticky regex), and end to end.
 */
const pieces = [
  // comparator words, prefixes, 不 forms
  '不', '不得', '不应', '不能', '低于', '少于', '高于', '超过', '多于', '大于', '小于', '晚于', '短于', '原则上', '原则',
  '均', '应', '须', '必须', '必', '力争', '确保', '确', '达到', '达', '提高到', '提升到', '提高至', '提升至', '提高', '提升',
  '控制在', '保持在', '控制', '保持', '最多', '最长', '最短', '最高', '最低', '最少', '最', '至少', '至', '少',
  // amounts
  '0', '1', '2', '5', '9', '12', '100', '123456789', '.', '.', '一', '二', '三', '五', '十', '百', '千', '万', '两', '半', '亿',
  // units, ranges, 内 forms
  '%', '％', '‰', '个百分点', '百分点', '个工作日', '工作日', '个月', '小时', '分钟', '人次', '场次', '万元', '亿元', '元', '次',
  '个', '项', '家', '篇', '条', '期', '场', '批', '天', '日', '周', '年', '人', '名', '所', '倍', '成', '件', '份', '套', '户',
  '分', '工作', '以上', '以下', '以内', '左右', '以', '左', '之内', '内', '之',
  // spacing, punctuation, period words, filler
  ' ', ' ', '，', '。', '；', ',', '\n', '!', '！', '?', '？', ';', '“', '”', '每年', '每季度', '每半年', '每月', '每',
  '每学期', '每周', '每年度', '每半', '学期', '学', '年度', '半年', '开展', '向', '负责同志', '作', '组织', '政府', '工作要点',
  'a', '𠀀',
  // traditional forms foldScript folds (達到 不低於 個 萬 億 兩 內 時 週 場 項 條 點 戶 應)
  '達到', '不低於', '於', '個', '萬', '億', '兩', '內', '時', '週', '場', '項', '條', '點', '戶', '應',
];
const units = pieces.slice(pieces.indexOf('%'), pieces.indexOf('以上'));
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
// CJK range edges for the 至少 filler ([\u4e00-\u9fff]) and characters just outside it.
const edge = fc.constantFrom('\u4e00', '\u9fa5', '\u9fff', '\u4dff', '\ua000');
const piece = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...pieces) },
  { weight: 1, arbitrary: cjk },
  { weight: 1, arbitrary: edge },
);
const runOf = (chars: string, maxLength: number) =>
  fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength }).map((cs) => cs.join(''));
// A target-shaped chunk: [period][gap][prefix][不…][keyword][filler][amount][space][unit][range / 内 …],
// each part optional or perturbed, so the scanner's edges (9 digits, 4 decimals, 6 numerals, 8 filler
// characters, units backed off before 内, period words across clause ends) come up often.
const amount = fc.oneof(
  runOf('0123456789', 11),
  fc.tuple(runOf('0123456789', 10), runOf('0123456789', 6)).map(([a, b]) => `${a}.${b}`),
  runOf('一二三四五六七八九十百千万两半亿', 8),
);
const chunk = fc
  .tuple(
    fc.constantFrom('', '', '每年', '每季度', '每学期', '每周', '每月', '每半年', '每年度', '每半', '每学'),
    fc.oneof(
      fc.constant(''),
      fc.array(fc.oneof(piece, fc.constantFrom(...',，;；。!！?？\n')), { maxLength: 4 }).map((ps) => ps.join('')),
    ),
    fc.constantFrom('', '', '原则上', '均', '应', '须', '必须', '力争', '确保'),
    fc.constantFrom('', '', '不', '不得', '不应', '不能', '不不'),
    fc.constantFrom(
      '低于', '少于', '高于', '超过', '多于', '大于', '小于', '晚于', '短于', '低於', '达到', '達到', '提高到', '提升到',
      '提高至', '提升至', '控制在', '保持在', '最多', '最长', '最短', '最高', '最低', '最少', '至少', '',
    ),
    fc.array(fc.oneof(piece, cjk), { maxLength: 10 }).map((ps) => (ps.length > 3 ? ps.join('') : '')),
    fc.oneof({ weight: 5, arbitrary: amount }, { weight: 1, arbitrary: piece }),
    fc.constantFrom('', '', '', ' ', '  '),
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...units) }, { weight: 1, arbitrary: fc.constant('') }),
    fc.constantFrom('', '', '以上', '以下', '以内', '左右', '内', '之内', '內', '以', '之', '以内以上'),
  )
  .map((parts) => parts.join(''));
const textArb = fc
  .array(fc.oneof({ weight: 3, arbitrary: piece }, { weight: 1, arbitrary: chunk }), { maxLength: 30 })
  .map((ps) => ps.join(''));
const NUM_RUNS = Number(process.env.TARGETS_RUNS ?? 2000);

function expectSameAtEveryPosition(text: string): void {
  const f = foldScript(text);
  for (let at = 0; at <= f.length; at++) {
    if (targetAt(f, at) !== targetAtOracle(f, at)) {
      expect({ f, at, end: targetAt(f, at) }).toEqual({ f, at, end: targetAtOracle(f, at) });
    }
  }
}

describe('findTargets agrees with the regex oracle', () => {
  it('at every start position of generated text', () => {
    fc.assert(fc.property(textArb, (t) => expectSameAtEveryPosition(t)), { numRuns: NUM_RUNS });
  });

  it('end to end on generated text', () => {
    fc.assert(
      fc.property(textArb, (t) => {
        expect(findTargets(t)).toEqual(findTargetsOracle(t));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('on every line of the fixtures', () => {
    const root = new URL('../../fixtures/', import.meta.url);
    let lines = 0;
    for (const dir of readdirSync(root)) {
      const file = new URL(`${dir}/input.txt`, root);
      if (!existsSync(file)) continue;
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        expect(findTargets(line)).toEqual(findTargetsOracle(line));
        expectSameAtEveryPosition(line);
        lines++;
      }
      const whole = readFileSync(file, 'utf8');
      expect(findTargets(whole)).toEqual(findTargetsOracle(whole));
    }
    expect(lines).toBeGreaterThan(100);
  });
});
