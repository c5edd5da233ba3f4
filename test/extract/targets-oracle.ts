/*
 * The regex implementation of findTargets as it was before the hand-written scanner (commit
 * 33576bd), kept verbatim as the oracle for the differential tests in targets.test.ts.
 */
import type { Target } from '../../src/core/register.js';
import { allMatches } from '../../src/extract/all-matches.js';
import { foldScript } from '../../src/core/zh/index.js';

const AMOUNT = '(?:\\d{1,9}(?:\\.\\d{1,4})?|[一二三四五六七八九十百千万两半]{1,6})';
const UNIT =
  '(?:%|％|‰|个百分点|百分点|个工作日|工作日|个月|小时|分钟|人次|场次|万元|亿元|元|次|个|项|家|篇|条|期|场|批|天|日|周|年|人|名|所|倍|成|件|份|套|户|万|亿|分)';
const RANGE = '(?:以上|以下|以内|左右)';
const QUANTITY = `${AMOUNT}[ ]?(?:${UNIT}${RANGE}?|${RANGE})`;
const SOURCE = [
  `(?:原则上|均|应|须|必须)?(?:不得|不应|不能|不)(?:低于|少于|高于|超过|多于|大于|小于|晚于|短于)${QUANTITY}`,
  `(?:力争|确保)?(?:达到|超过|提高到|提升到|提高至|提升至|控制在|保持在)${QUANTITY}`,
  `(?:最多|最长|最短|最高|最低)${AMOUNT}[ ]?(?:${UNIT}(?!以内|之内|内)${RANGE}?|${RANGE})`,
  `(?:至少|最少)[\\u4e00-\\u9fff]{0,8}?${AMOUNT}(?:${UNIT})`,
].join('|');
const TARGET = new RegExp(SOURCE, 'g');
/** The same pattern, sticky: the match starting exactly at lastIndex. */
export const TARGET_STICKY = new RegExp(SOURCE, 'y');

const PERIOD = /每(?:半年|年度|年|季度|季|月|周|学期)/;
const CLAUSE_END = ',，;；。!！?？\n';
const MAX_PERIOD_DISTANCE = 20;

function periodStart(f: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < MAX_PERIOD_DISTANCE && !CLAUSE_END.includes(f[from - 1])) from--;
  const m = PERIOD.exec(f.slice(from, at));
  return m ? from + m.index : at;
}

export function findTargetsOracle(text: string): Target[] {
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

/** End of the oracle's match starting exactly at `at` in folded text `f`, or -1. */
export function targetAtOracle(f: string, at: number): number {
  TARGET_STICKY.lastIndex = at;
  const m = TARGET_STICKY.exec(f);
  return m ? at + m[0].length : -1;
}
