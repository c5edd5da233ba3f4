import type { Target } from '../core/register.js';
import { code, isDigit, startsAt } from './scan-chars.js';
import { foldScript } from '../core/zh/index.js';

/*
 * Quantified targets: 不低于4%, 不少于1次, 不得少于5个工作日, 达到90%以上, 至少一次, 最多100天,
 * 不超过3个工作日, 控制在5%以内. Spans are kept as written (quotes around them excluded). Matched on
 * foldScript(text) (不低於 → 不低于).
 *
 * The grammar is that of the regex below, but matched by hand: irregexp unrolled its counted
 * quantifiers and the four copies of QUANTITY, so compiling it cost 2.5–6 ms on first use (the
 * largest cold cost of a one-file run). The scanner reproduces the regex's backtracking order
 * exactly (test/extract/targets-oracle.ts keeps the regex; targets.test.ts checks both agree):
 *
 *   AMOUNT   = \d{1,9}(?:\.\d{1,4})? | [一二三四五六七八九十百千万两半]{1,6}     (greedy)
 *   QUANTITY = AMOUNT[ ]?(?:UNIT RANGE? | RANGE)                            (UNIT: first in list order)
 *   1. (?:原则上|均|应|须|必须)?(?:不得|不应|不能|不)(?:低于|少于|高于|超过|多于|大于|小于|晚于|短于)QUANTITY
 *   2. (?:力争|确保)?(?:达到|超过|提高到|提升到|提高至|提升至|控制在|保持在)QUANTITY
 *   3. (?:最多|最长|最短|最高|最低)AMOUNT[ ]?(?:UNIT(?!以内|之内|内)RANGE? | RANGE)
 *   4. (?:至少|最少)[\u4e00-\u9fff]{0,8}?AMOUNT UNIT                         (lazy filler)
 *
 * Only the few positions just before a comparison word (KEYWORD) are tried, each at most once;
 * a match's first character decides its alternative, and look-ahead is bounded (≤ 9 filler
 * starts × ≤ 13 amount ends × a few units): linear on any input.
 */

/** Units in the regex's alternation order, grouped by first character (order kept within a group). */
const UNITS = [
  '%', '％', '‰', '个百分点', '百分点', '个工作日', '工作日', '个月', '小时', '分钟', '人次', '场次', '万元', '亿元',
  '元', '次', '个', '项', '家', '篇', '条', '期', '场', '批', '天', '日', '周', '年', '人', '名', '所', '倍', '成',
  '件', '份', '套', '户', '万', '亿', '分',
];
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of UNITS) {
  const c = u.charCodeAt(0);
  const group = UNITS_BY_FIRST.get(c);
  if (group) group.push(u);
  else UNITS_BY_FIRST.set(c, [u]);
}

const BU = code('不');
const YU = code('于');
const SHAO = code('少');
const NEI = code('内');
const YUAN = code('原');
const BI = code('必');
const SPACE = 0x20;
const DOT = 0x2e;
/** Which alternative a match starting with this character can be (0: none). */
const PREFIX_1 = 1; // 原则上 均 应 须 必须 → alternative 1 after the prefix
const NOT = 2; // 不 → alternative 1
const PREFIX_2 = 3; // 力争 确保 → alternative 2 after the prefix
const REACH = 4; // 达到 超过 提… 控制在 保持在 → alternative 2
const MOST = 5; // 最多 最长 … → alternative 3; 最少 → alternative 4
const AT_LEAST = 6; // 至少 → alternative 4
const FIRST = new Uint8Array(0x10000);
for (const c of '原均应须必') FIRST[code(c)] = PREFIX_1;
FIRST[BU] = NOT;
for (const c of '力确') FIRST[code(c)] = PREFIX_2;
for (const c of '达超提控保') FIRST[code(c)] = REACH;
FIRST[code('最')] = MOST;
FIRST[code('至')] = AT_LEAST;
/** Bit flags for the characters the matchers test by class. */
const COMPARE = 1; // 低少高多大小晚短 (+于); 超过 is tested apart
const NEGATE = 2; // 得应能 after 不
const NUMERAL = 4; // CN numerals of AMOUNT
const BOUND = 8; // 多长短高低 after 最
const CLASS = new Uint8Array(0x10000);
for (const c of '低少高多大小晚短') CLASS[code(c)] |= COMPARE;
for (const c of '得应能') CLASS[code(c)] |= NEGATE;
for (const c of '一二三四五六七八九十百千万两半') CLASS[code(c)] |= NUMERAL;
for (const c of '多长短高低') CLASS[code(c)] |= BOUND;

const has = (f: string, i: number, flag: number): boolean => (CLASS[f.charCodeAt(i)] & flag) !== 0;

/**
 * What follows AMOUNT: QUANTITY's tail (alternatives 1, 2), the same with (?!以内|之内|内) after
 * the unit (3), a bare unit (4).
 */
const TAIL_QUANTITY = 0;
const TAIL_NOT_WITHIN = 1;
const TAIL_UNIT = 2;

/** Length of RANGE at i, else 0. */
function rangeAt(f: string, i: number): number {
  return startsAt(f, i, '以上') || startsAt(f, i, '以下') || startsAt(f, i, '以内') || startsAt(f, i, '左右')
    ? 2
    : 0;
}

/** End of `(?:UNIT…|RANGE)` at s, trying units in alternation order as the regex backtracks. */
function unitOrRange(f: string, s: number, tail: number): number {
  const group = UNITS_BY_FIRST.get(f.charCodeAt(s));
  if (group !== undefined) {
    for (const u of group) {
      if (!startsAt(f, s, u)) continue;
      const t = s + u.length;
      if (tail === TAIL_UNIT) return t;
      // 最长30日内 is a deadline: the regex then backtracks to a shorter unit (最长20个工作日内 → 最长20个).
      const within = f.charCodeAt(t) === NEI || startsAt(f, t, '以内') || startsAt(f, t, '之内');
      if (tail === TAIL_NOT_WITHIN && within) continue;
      return t + rangeAt(f, t);
    }
  }
  if (tail === TAIL_UNIT) return -1;
  const r = rangeAt(f, s);
  return r > 0 ? s + r : -1;
}

/** End of the tail after an amount ending at e: `[ ]?` greedy, except in alternative 4. */
function afterAmount(f: string, e: number, tail: number): number {
  if (tail !== TAIL_UNIT && f.charCodeAt(e) === SPACE) {
    const end = unitOrRange(f, e + 1, tail);
    if (end >= 0) return end;
  }
  return unitOrRange(f, e, tail);
}

/** End of AMOUNT + tail at q, amount ends tried longest first as greedy backtracking does. */
function amountAt(f: string, q: number, tail: number): number {
  let n = 0;
  while (n < 9 && isDigit(f.charCodeAt(q + n))) n++;
  if (n > 0) {
    // A fraction can only follow the whole digit run (a 10th digit is no '.').
    if (f.charCodeAt(q + n) === DOT) {
      let m = 0;
      while (m < 4 && isDigit(f.charCodeAt(q + n + 1 + m))) m++;
      for (; m > 0; m--) {
        const end = afterAmount(f, q + n + 1 + m, tail);
        if (end >= 0) return end;
      }
    }
    for (; n > 0; n--) {
      const end = afterAmount(f, q + n, tail);
      if (end >= 0) return end;
    }
    return -1;
  }
  // 万/千/百/半 are numerals and units alike: 达到一万 is 一 + 万 once 一万 finds no unit.
  while (n < 6 && has(f, q + n, NUMERAL)) n++;
  for (; n > 0; n--) {
    const end = afterAmount(f, q + n, tail);
    if (end >= 0) return end;
  }
  return -1;
}

/** Alternative 1 without its prefix at q: (?:不得|不应|不能|不)COMPARATOR QUANTITY. */
function notBelow(f: string, q: number): number {
  if (f.charCodeAt(q) !== BU) return -1;
  // 得应能 start no comparator, so after 不得 fails, 不 alone cannot match either.
  const c = has(f, q + 1, NEGATE) ? q + 2 : q + 1;
  const comparator =
    (has(f, c, COMPARE) && f.charCodeAt(c + 1) === YU) || startsAt(f, c, '超过');
  return comparator ? amountAt(f, c + 2, TAIL_QUANTITY) : -1;
}

/** Alternative 2 without its prefix at q. */
function reach(f: string, q: number): number {
  if (startsAt(f, q, '达到') || startsAt(f, q, '超过')) return amountAt(f, q + 2, TAIL_QUANTITY);
  if (
    startsAt(f, q, '提高到') || startsAt(f, q, '提升到') || startsAt(f, q, '提高至') ||
    startsAt(f, q, '提升至') || startsAt(f, q, '控制在') || startsAt(f, q, '保持在')
  ) {
    return amountAt(f, q + 3, TAIL_QUANTITY);
  }
  return -1;
}

/** Alternative 4 after 至少/最少 at q: the lazy filler tries 0..8 CJK characters, shortest first. */
function atLeast(f: string, q: number): number {
  for (let k = 0; k <= 8; k++) {
    if (k > 0) {
      const c = f.charCodeAt(q + k - 1);
      if (!(c >= 0x4e00 && c <= 0x9fff)) return -1;
    }
    const end = amountAt(f, q + k, TAIL_UNIT);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * End of the match starting exactly at `at` in folded text `f` (the regex with the sticky flag),
 * or -1. Exported for the differential test against the regex oracle.
 */
export function targetAt(f: string, at: number): number {
  switch (FIRST[f.charCodeAt(at)]) {
    case PREFIX_1: {
      // With the prefix or not at all: a prefix character is not 不.
      const c = f.charCodeAt(at);
      if (c === YUAN) return startsAt(f, at, '原则上') ? notBelow(f, at + 3) : -1;
      if (c === BI) return startsAt(f, at, '必须') ? notBelow(f, at + 2) : -1;
      return notBelow(f, at + 1);
    }
    case NOT:
      return notBelow(f, at);
    case PREFIX_2:
      return startsAt(f, at, '力争') || startsAt(f, at, '确保') ? reach(f, at + 2) : -1;
    case REACH:
      return reach(f, at);
    case MOST:
      if (f.charCodeAt(at + 1) === SHAO) return atLeast(f, at + 2);
      return has(f, at + 1, BOUND) ? amountAt(f, at + 2, TAIL_NOT_WITHIN) : -1;
    case AT_LEAST:
      return f.charCodeAt(at + 1) === SHAO ? atLeast(f, at + 2) : -1;
    default:
      return -1;
  }
}

/*
 * 每年 / 每季度 … before the comparison, in the same clause, belongs to the target: the first
 * /每(?:半年|年度|年|季度|季|月|周|学期)/ within the 20 characters before it. Only where it
 * starts matters, so 年度 and 季度 need no check past 年 and 季; tested by char codes, since this
 * runs for every target and slicing plus a regex cost more than the match itself.
 */
const MAX_PERIOD_DISTANCE = 20;
const MEI = code('每');
const [NIAN, JI, YUE, ZHOU, BAN, XUE, QI] = Array.from('年季月周半学期', code);

/** Whether f[i] ends a clause (,，;；。!！?？ and newline). */
function endsClause(c: number): boolean {
  switch (c) {
    case 0x2c: case 0xff0c: case 0x3b: case 0xff1b: case 0x3002:
    case 0x21: case 0xff01: case 0x3f: case 0xff1f: case 0x0a:
      return true;
    default:
      return false;
  }
}

/** Start of a 每年-type period word in the same clause shortly before `at`, else `at`. */
function periodStart(f: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < MAX_PERIOD_DISTANCE && !endsClause(f.charCodeAt(from - 1))) from--;
  for (let i = from; i + 1 < at; i++) {
    if (f.charCodeAt(i) !== MEI) continue;
    const c = f.charCodeAt(i + 1);
    if (c === NIAN || c === JI || c === YUE || c === ZHOU) return i;
    const d = i + 2 < at ? f.charCodeAt(i + 2) : -1;
    if ((c === BAN && d === NIAN) || (c === XUE && d === QI)) return i;
  }
  return at;
}

/**
 * Where matches can be: the comparison words, found by a small regex (cheap to compile, and
 * irregexp skips text faster than a charCodeAt loop). Each is matched by its first two characters
 * (a third one only looked at), so it starts at lastIndex - 2 and test() needs no match array. A
 * match starts at most MAX_LEAD characters before its word (原则上 + 不得) and at most at it.
 */
const KEYWORD = /[低少高多大小晚短]于|超过|达到|提[高升](?=[到至])|控制(?=在)|保持(?=在)|最[多长短高低少]|至少/g;
const MAX_LEAD = 5;

/** Targets in text order, each a short span as written around the comparison. */
export function findTargets(text: string): Target[] {
  const f = foldScript(text);
  const out: Target[] = [];
  let taken = 0;
  // Leftmost match first and the next search from its end, as the global regex did: every start
  // position near a keyword is tried once, in order (`next` is the first one not yet tried).
  let next = 0;
  KEYWORD.lastIndex = 0;
  while (KEYWORD.test(f)) {
    const word = KEYWORD.lastIndex - 2;
    let at = Math.max(next, word - MAX_LEAD);
    let end = -1;
    for (; at <= word; at++) {
      end = targetAt(f, at);
      if (end >= 0) break;
    }
    if (end < 0) {
      // Keywords may overlap (至少于), so look for the next one from the following character.
      next = KEYWORD.lastIndex = word + 1;
      continue;
    }
    const start = Math.max(taken, periodStart(f, at));
    out.push({ text: text.slice(start, end) });
    taken = next = KEYWORD.lastIndex = end;
  }
  KEYWORD.lastIndex = 0;
  return out;
}
