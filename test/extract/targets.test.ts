import { describe, expect, it } from 'vitest';
import { findDeadlines, findTargets } from '../../src/extract/index.js';

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
    // 最… + a duration + 内 is a time limit, read by findDeadlines (below), never cut down to a
    // shorter quantity (最长20个); 最… + another quantity + 以内 stays a target.
    ['最长20个工作日内', []],
    ['最长20个工作日内办结', []],
    ['最多3天以内', []],
    ['最短两个月之内', []],
    ['最长十个小时內', []],
    ['最高5%以内', ['最高5%以内']],
    ['最多五万元之内', ['最多五万元']],
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
  });
});

describe('a time limit is a deadline, a bound on a quantity a target', () => {
  it.each<[string, string[], string[]]>([
    ['最长20个工作日内办结', ['最长20个工作日内'], []],
    ['办理时限最长20个工作日', [], ['最长20个工作日']],
    ['在5个工作日内答复,满意率不低于90%', ['5个工作日内'], ['不低于90%']],
    ['征求意见时间不得少于30日', [], ['不得少于30日']],
    ['最迟3个工作日内反馈,每年培训不少于2次', ['最迟3个工作日内'], ['每年培训不少于2次']],
  ])('%s', (text, deadlines, targets) => {
    expect(findDeadlines(text, 2019).map((d) => d.text)).toEqual(deadlines);
    expect(findTargets(text).map((t) => t.text)).toEqual(targets);
  });
});
