import type { Target } from '../core/register.js';
import { allMatches } from './all-matches.js';
import { foldScript } from './fold-script.js';

/*
 * Quantified targets: 不低于4%, 不少于1次, 不得少于5个工作日, 达到90%以上, 至少一次, 最多100天,
 * 不超过3个工作日, 控制在5%以内. Spans are kept as written (quotes around them excluded). Matched on
 * foldScript(text) (不低於 → 不低于); bounded quantifiers and fixed words keep the scan linear.
 */
const AMOUNT = '(?:\\d{1,9}(?:\\.\\d{1,4})?|[一二三四五六七八九十百千万两半]{1,6})';
const UNIT =
  '(?:%|％|‰|个百分点|百分点|个工作日|工作日|个月|小时|分钟|人次|场次|万元|亿元|元|次|个|项|家|篇|条|期|场|批|天|日|周|年|人|名|所|倍|成|件|份|套|户|万|亿|分)';
const RANGE = '(?:以上|以下|以内|左右)';
const QUANTITY = `${AMOUNT}[ ]?(?:${UNIT}${RANGE}?|${RANGE})`;
const TARGET = new RegExp(
  [
    `(?:原则上|均|应|须|必须)?(?:不得|不应|不能|不)(?:低于|少于|高于|超过|多于|大于|小于|晚于|短于)${QUANTITY}`,
    `(?:力争|确保)?(?:达到|超过|提高到|提升到|提高至|提升至|控制在|保持在)${QUANTITY}`,
    // Upper and lower bounds written with 最: 审批“最多100天”. The count must follow at once
    // (最多跑一次 is a slogan), and 最长30日内 is a deadline (deadlines.ts), not a target.
    `(?:最多|最长|最短|最高|最低)${AMOUNT}[ ]?(?:${UNIT}(?!以内|之内|内)${RANGE}?|${RANGE})`,
    // 至少向主要负责同志作一次: a short verb phrase may stand between 至少 and the count.
    `(?:至少|最少)[\\u4e00-\\u9fff]{0,8}?${AMOUNT}(?:${UNIT})`,
  ].join('|'),
  'g',
);
/** 每年 / 每季度 … before the comparison, in the same clause, belongs to the target. */
const PERIOD = /每(?:半年|年度|年|季度|季|月|周|学期)/;
const CLAUSE_END = ',，;；。!！?？\n';
const MAX_PERIOD_DISTANCE = 20;

/** Start of a 每年-type period word in the same clause shortly before `at`, else `at`. */
function periodStart(f: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < MAX_PERIOD_DISTANCE && !CLAUSE_END.includes(f[from - 1])) from--;
  const m = PERIOD.exec(f.slice(from, at));
  return m ? from + m.index : at;
}

/** Targets in text order, each a short span as written around the comparison. */
export function findTargets(text: string): Target[] {
  const f = foldScript(text);
  const out: Target[] = [];
  let taken = 0;
  for (const m of allMatches(TARGET, f)) {
    const at = m.index ?? 0;
    if (at < taken) continue;
    const start = Math.max(taken, periodStart(f, at));
    const end = at + m[0].length;
    out.push({ text: text.slice(start, end) });
    taken = end;
  }
  return out;
}
