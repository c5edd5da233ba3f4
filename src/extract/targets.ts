import type { Target } from '../core/register.js';
import { foldScript } from '../core/zh/index.js';
import { isTimeLimitAt } from './deadlines.js';
import { lazyRegExp } from '../core/lazy-regexp.js';

/*
 * Quantified targets: 不低于4%, 不少于1次, 不得少于5个工作日, 达到90%以上, 至少一次, 最多100天,
 * 不超过3个工作日, 控制在5%以内. Spans are kept as written (quotes around them excluded). Matched on
 * foldScript(text) (不低於 → 不低于).
 *
 * Every quantifier is bounded ({1,9} at most) and the alternations are fixed words, so the match
 * tried at one position reads a few dozen characters at most: linear on any input
 * (test/extract/linear-time.test.ts).
 */
const AMOUNT = String.raw`(?:\d{1,9}(?:\.\d{1,4})?|[一二三四五六七八九十百千万两半]{1,6})`;
/** Units after an amount, a longer one before its prefix (个工作日 before 个, 万元 before 万). */
const UNIT =
  '(?:%|％|‰|个百分点|百分点|个工作日|工作日|个月|小时|分钟|人次|场次|万元|亿元|元|次|个|项|家|篇|条|期|场|批|天|日|周|年|人|名|所|倍|成|件|份|套|户|万|亿|分)';
const RANGE = '(?:以上|以下|以内|左右)';
const QUANTITY = `${AMOUNT}[ ]?(?:${UNIT}${RANGE}?|${RANGE})`;
/** Words that open a bound: 不低于, 原则上不得超过; 达到, 力争提高到; 最多, 最长. */
const BOUND = [
  '(?:原则上|均|应|须|必须)?(?:不得|不应|不能|不)(?:低于|少于|高于|超过|多于|大于|小于|晚于|短于)',
  '(?:力争|确保)?(?:达到|超过|提高到|提升到|提高至|提升至|控制在|保持在)',
  // 最长20个工作日内 is a time limit, a deadline (see findTargets), not a target.
  '(?<most>最多|最长|最短|最高|最低)',
].join('|');
const TARGET = lazyRegExp(
  [
    `(?:${BOUND})${QUANTITY}`,
    // 至少向主要负责同志作一次: up to 8 characters between 至少 and the count, as few as will do.
    `(?:至少|最少)[\\u4e00-\\u9fff]{0,8}?${AMOUNT}${UNIT}`,
  ].join('|'),
  'g',
);

/**
 * 每年 / 每季度 … before the comparison, in the same clause and at most 20 characters before it,
 * belongs to the target: 每年解读重要政策措施不少于1次.
 */
const PERIOD = /每(?:半年|年度|年|季度|季|月|周|学期)/;
const CLAUSE_END = /[,，;；。!！?？\n]/;
const MAX_PERIOD_DISTANCE = 20;

/** Start of a 每年-type period word in the same clause shortly before `at`, else `at`. */
function periodStart(f: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < MAX_PERIOD_DISTANCE && !CLAUSE_END.test(f[from - 1])) from--;
  const m = PERIOD.exec(f.slice(from, at));
  return m ? from + m.index : at;
}

/** Targets in text order, each a short span as written around the comparison. */
export function findTargets(text: string): Target[] {
  const f = foldScript(text);
  const out: Target[] = [];
  let taken = 0;
  const re = TARGET();
  re.lastIndex = 0;
  for (let m = re.exec(f); m !== null; m = re.exec(f)) {
    // 最长 + a duration closed by 内 is what findDeadlines reads as a time limit: no target starts
    // at this 最 (nor could another: every other opening word starts with another character).
    if (m.groups?.most !== undefined && isTimeLimitAt(f, m.index + 2)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const start = Math.max(taken, periodStart(f, m.index));
    taken = m.index + m[0].length;
    out.push({ text: text.slice(start, taken) });
  }
  re.lastIndex = 0;
  return out;
}
