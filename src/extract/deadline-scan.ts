/*
 * Hand-written matchers for the deadline patterns, on folded text. Each reproduces its global
 * regex exactly (test/extract/deadlines-oracle.ts keeps the regexes; deadline-scan.test.ts checks
 * both agree at every position, match by match and end to end). Compiling the regexes cost
 * ~1 ms on the first tasks of a one-file run, and scanning every position of every task text for
 * them was most of findDeadlines' warm time.
 *
 *   NUM      = (\d{1,2}|[一二三四五六七八九十]{1,3})
 *   YEAR     = (?:(?<!\d)(\d{4})|([〇零一二三四五六七八九]{4})|(今|本|当|明))年
 *   DONE     = (?:之前|以前|前|为止|截止|止|以内|之内|内|完成)
 *   MONTH    = (?:YEAR)?NUM月(?:NUM[日号]|([上中下])旬|(底|末|份))?(DONE)
 *   YEAR_END = (?:YEAR|年)度?(?:(底|末)(?:之前|以前|前|为止|完成)?|(中)(?:之前|以前|前)|(内))
 *   HALF     = (?:YEAR)?(上|下)半年(?:之前|以前|前|内)?
 *   QUARTER  = (?:YEAR)?(前|第)?([一二三四1-4])季度(末|底)?(DONE)?
 *   SPAN     = (?<![\d.])(?:\d{1,3}|[一二三四五六七八九十百两半]{1,4})(?:个?(?:工作日|小时|星期|天|日|周|年)|个月)
 *   RELATIVE = (?:最迟|最晚|最长)?SPAN(?:以内|之内|内) | (?:最迟|最晚|限)SPAN
 *   DAY_ONLY = (?<![月\d一二三四五六七八九十])(?:每月|次月|当月)?NUM[日号](?:之前|以前|前)
 *
 * None of them ever backtracks into a different match: a run of digits or numerals given back
 * leaves a digit or numeral next, which no 月, unit, 日/号 or 年 is; the alternatives of each
 * group start with different characters (or, as 之前/之内, differ in the second); a group given
 * back leaves its own first character where the next part would have to start, which never
 * starts that part; and a prefix (YEAR, 最迟, 每月) leaves, when given back, a character the
 * pattern cannot start with. So the match at a position is read forward once, and a scan that
 * resumes after each match, like the regex's lastIndex, finds the same matches. Each read is a
 * dozen characters at most and each position is tried a bounded number of times: linear.
 */
import { code, isDigit, startsAt } from './scan-chars.js';

/** Character classes, one bit each, per char code. */
const NUM_NUMERAL = 1; // 一二三四五六七八九十 (NUM)
const SPAN_NUMERAL = 2; // 一二三四五六七八九十百两半
const YEAR_NUMERAL = 4; // 〇零一二三四五六七八九
const RELATIVE_YEAR = 8; // 今本当明
const QUARTER_NUMBER = 16; // 一二三四1234
/** Where a RELATIVE / DAY_ONLY match can start: the scans ask only there. */
const RELATIVE_START = 32; // digits, SPAN numerals, 最, 限
const DAY_START = 64; // digits, NUM numerals, 每/次/当 (月)
const CLASS = new Uint8Array(0x10000);
const mark = (chars: string, flag: number): void => {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)] |= flag;
};
mark('一二三四五六七八九十', NUM_NUMERAL | DAY_START);
mark('一二三四五六七八九十百两半', SPAN_NUMERAL | RELATIVE_START);
mark('〇零一二三四五六七八九', YEAR_NUMERAL);
mark('今本当明', RELATIVE_YEAR);
mark('一二三四1234', QUARTER_NUMBER);
mark('0123456789', RELATIVE_START | DAY_START);
mark('最限', RELATIVE_START);
mark('每次当', DAY_START);

const GE = code('个');
const YUE = code('月');
const NIAN = code('年');
const DU = code('度');
const ZUI = code('最');
const XIAN = code('限');
const NEI = code('内');
const ZHONG = code('中');
const DOT = code('.');
const CHI = code('迟');
const WAN = code('晚');
const CHANG = code('长');
const RI = code('日');
const HAO = code('号');
const DI = code('底');
const MO = code('末');
const QIAN = code('前');
const DI4 = code('第');
const SHANG = code('上');
const XIA = code('下');
const XUN = code('旬');
const FEN = code('份');


/** End of the run of digits from i, at most `max` long. */
function digitsEnd(f: string, i: number, max: number): number {
  let j = i;
  while (j - i < max && isDigit(f.charCodeAt(j))) j++;
  return j;
}

/** End of the run of `flag` chars from i, at most `max` long. */
function classEnd(f: string, i: number, max: number, flag: number): number {
  let j = i;
  while (j - i < max && (CLASS[f.charCodeAt(j)] & flag) !== 0) j++;
  return j;
}

/** Length of the first of `words` at i, in order, as an alternation tries them; else 0. */
function wordAt(f: string, i: number, words: readonly string[]): number {
  for (const w of words) if (startsAt(f, i, w)) return w.length;
  return 0;
}

const DONE = ['之前', '以前', '前', '为止', '截止', '止', '以内', '之内', '内', '完成'];
const BEFORE = ['之前', '以前', '前'];
const END_CLOSE = ['之前', '以前', '前', '为止', '完成'];
const HALF_CLOSE = ['之前', '以前', '前', '内'];

/** End of NUM at i (two digits or three numerals at most), i when none. */
function numEnd(f: string, i: number): number {
  const c = f.charCodeAt(i);
  return isDigit(c) ? digitsEnd(f, i, 2) : (CLASS[c] & NUM_NUMERAL) !== 0 ? classEnd(f, i, 3, NUM_NUMERAL) : i;
}

/** Where the 年 of a YEAR prefix at p is (2020年, 二〇二〇年, 今年), else -1. */
function namedYearAt(f: string, p: number): number {
  const c = f.charCodeAt(p);
  let nian = -1;
  if (isDigit(c)) {
    if (!isDigit(f.charCodeAt(p - 1)) && digitsEnd(f, p, 4) === p + 4) nian = p + 4;
  } else if ((CLASS[c] & YEAR_NUMERAL) !== 0) {
    if (classEnd(f, p, 4, YEAR_NUMERAL) === p + 4) nian = p + 4;
  } else if ((CLASS[c] & RELATIVE_YEAR) !== 0) {
    nian = p + 1;
  }
  return nian >= 0 && f.charCodeAt(nian) === NIAN ? nian : -1;
}

/** What every match with an optional YEAR prefix says of it: the year as written (groups 1-3), or null. */
export interface Dated {
  readonly start: number;
  readonly end: number;
  /** Four digits, four CN numerals, or 今/本/当/明; null when the match names no year. */
  readonly year: string | null;
}

/** The optional YEAR prefix at p: the year as written and where the rest starts. */
function yearPrefix(f: string, p: number): { year: string | null; rest: number } {
  const nian = namedYearAt(f, p);
  // A prefix given back leaves a digit, numeral or 今 that no MONTH, HALF or QUARTER continues
  // from (2019年6月: 20, 2, then 0 or 1 is not 月): the match at p stands or falls with it.
  return nian < 0 ? { year: null, rest: p } : { year: f.slice(p, nian), rest: nian + 1 };
}

export interface MonthMatch extends Dated {
  readonly month: string;
  /** NUM before 日/号 (group 5). */
  readonly day: string | null;
  /** 上/中/下 of …旬 (group 6). */
  readonly xun: string | null;
  /** 底/末/份 (group 7). */
  readonly part: string | null;
  /** The closing word (group 8). */
  readonly done: string;
}

/** The MONTH match starting exactly at p, else null. */
export function monthAt(f: string, p: number): MonthMatch | null {
  const { year, rest } = yearPrefix(f, p);
  const monthEnd = numEnd(f, rest);
  if (monthEnd === rest || f.charCodeAt(monthEnd) !== YUE) return null;
  const r = monthEnd + 1;
  let s = r;
  let day: string | null = null;
  let xun: string | null = null;
  let part: string | null = null;
  const dayEnd = numEnd(f, r);
  const c = f.charCodeAt(r);
  if (dayEnd > r && (f.charCodeAt(dayEnd) === RI || f.charCodeAt(dayEnd) === HAO)) {
    day = f.slice(r, dayEnd);
    s = dayEnd + 1;
  } else if ((c === SHANG || c === ZHONG || c === XIA) && f.charCodeAt(r + 1) === XUN) {
    xun = f[r];
    s = r + 2;
  } else if (c === DI || c === MO || c === FEN) {
    part = f[r];
    s = r + 1;
  }
  const done = wordAt(f, s, DONE);
  if (done === 0) return null;
  return { start: p, end: s + done, year, month: f.slice(rest, monthEnd), day, xun, part, done: f.slice(s, s + done) };
}

export interface YearEndMatch extends Dated {
  /** 年中: the middle of the year, not its end (group 5). */
  readonly mid: boolean;
}

/** The YEAR_END match starting exactly at p, else null. */
export function yearEndAt(f: string, p: number): YearEndMatch | null {
  const nian = f.charCodeAt(p) === NIAN ? p : namedYearAt(f, p);
  if (nian < 0) return null;
  const year = nian === p ? null : f.slice(p, nian);
  // 度? gives nothing back: the tail never starts with 度.
  const t = f.charCodeAt(nian + 1) === DU ? nian + 2 : nian + 1;
  const tail = f.charCodeAt(t);
  if (tail === DI || tail === MO) return { start: p, end: t + 1 + wordAt(f, t + 1, END_CLOSE), year, mid: false };
  if (tail === NEI) return { start: p, end: t + 1, year, mid: false };
  if (tail === ZHONG) {
    const close = wordAt(f, t + 1, BEFORE);
    return close > 0 ? { start: p, end: t + 1 + close, year, mid: true } : null;
  }
  return null;
}

export interface HalfMatch extends Dated {
  /** 上 or 下 (group 4). */
  readonly half: string;
}

/** The HALF match starting exactly at p, else null. */
export function halfAt(f: string, p: number): HalfMatch | null {
  const { year, rest } = yearPrefix(f, p);
  const c = f.charCodeAt(rest);
  if ((c !== SHANG && c !== XIA) || !startsAt(f, rest + 1, '半年')) return null;
  return { start: p, end: rest + 3 + wordAt(f, rest + 3, HALF_CLOSE), year, half: f[rest] };
}

export interface QuarterMatch extends Dated {
  /** 前 or 第 (group 4). */
  readonly lead: string | null;
  /** 一二三四 or 1-4 (group 5). */
  readonly quarter: string;
  /** 末 or 底 (group 6). */
  readonly tail: string | null;
  /** The closing word (group 7). */
  readonly done: string | null;
}

/** The QUARTER match starting exactly at p, else null. */
export function quarterAt(f: string, p: number): QuarterMatch | null {
  const { year, rest } = yearPrefix(f, p);
  const first = f.charCodeAt(rest);
  // (前|第)? given back leaves 前/第 where the quarter number must be.
  const n = first === QIAN || first === DI4 ? rest + 1 : rest;
  if ((CLASS[f.charCodeAt(n)] & QUARTER_NUMBER) === 0 || !startsAt(f, n + 1, '季度')) return null;
  const t = n + 3;
  const tail = f.charCodeAt(t) === MO || f.charCodeAt(t) === DI ? f[t] : null;
  const d = tail === null ? t : t + 1;
  const done = wordAt(f, d, DONE);
  return {
    start: p,
    end: d + done,
    year,
    lead: n > rest ? f[rest] : null,
    quarter: f[n],
    tail,
    done: done > 0 ? f.slice(d, d + done) : null,
  };
}

const SPAN_UNITS = ['工作日', '小时', '星期', '天', '日', '周', '年'];
const WITHIN = ['以内', '之内', '内'];

/** End of SPAN at i, else -1. */
function spanEnd(f: string, i: number): number {
  const c = f.charCodeAt(i);
  const j = isDigit(c) ? digitsEnd(f, i, 3) : (CLASS[c] & SPAN_NUMERAL) !== 0 ? classEnd(f, i, 4, SPAN_NUMERAL) : i;
  if (j === i) return -1;
  const before = f.charCodeAt(i - 1);
  if (isDigit(before) || before === DOT) return -1;
  // 个? then a unit, else 个月.
  const withGe = f.charCodeAt(j) === GE ? 1 : 0;
  const unit = wordAt(f, j + withGe, SPAN_UNITS);
  if (unit > 0) return j + withGe + unit;
  return withGe === 1 && f.charCodeAt(j + 1) === YUE ? j + 2 : -1;
}

/** End of the RELATIVE match starting exactly at p, else -1. */
export function relativeAt(f: string, p: number): number {
  const c = f.charCodeAt(p);
  if (c === XIAN) return spanEnd(f, p + 1);
  if (c === ZUI) {
    const second = f.charCodeAt(p + 1);
    if (second !== CHI && second !== WAN && second !== CHANG) return -1;
    const e = spanEnd(f, p + 2);
    if (e < 0) return -1;
    const within = wordAt(f, e, WITHIN);
    // Without 内, only 最迟/最晚 open a deadline (the second alternative).
    return within > 0 ? e + within : second === CHANG ? -1 : e;
  }
  const e = spanEnd(f, p);
  if (e < 0) return -1;
  const within = wordAt(f, e, WITHIN);
  return within > 0 ? e + within : -1;
}

const DAY_PREFIXES = ['每月', '次月', '当月'];

/** End of the DAY_ONLY match starting exactly at p, else -1. */
export function dayOnlyAt(f: string, p: number): number {
  const before = f.charCodeAt(p - 1);
  if (before === YUE || isDigit(before) || (CLASS[before] & NUM_NUMERAL) !== 0) return -1;
  const i = p + (wordAt(f, p, DAY_PREFIXES) > 0 ? 2 : 0);
  const j = numEnd(f, i);
  if (j === i) return -1;
  const day = f.charCodeAt(j);
  if (day !== RI && day !== HAO) return -1;
  const close = wordAt(f, j + 1, BEFORE);
  return close > 0 ? j + 1 + close : -1;
}

/**
 * Every match in f, left to right, each search resuming where the last match ended (as a global
 * regex's exec loop does), for a pattern whose every match holds `anchor` at most `reach`
 * characters after its start: only the starts up to `reach` before each anchor can match, and
 * trying them anchor by anchor tries them in text order (a start tried twice fails twice), while
 * indexOf finds the anchors faster than a loop over every character.
 */
function anchoredMatches<M extends { readonly end: number }>(f: string, anchor: string, reach: number, at: (f: string, p: number) => M | null): M[] {
  const out: M[] = [];
  let from = 0; // the regex's lastIndex
  for (let a = f.indexOf(anchor); a >= 0; a = f.indexOf(anchor, a + 1)) {
    for (let p = Math.max(from, a - reach); p <= a; p++) {
      const m = at(f, p);
      if (m !== null) {
        out.push(m);
        from = m.end;
        break;
      }
    }
  }
  return out;
}

/** Every MONTH match: its 月 is at most 8 characters in (二〇二〇年十二月). */
export const monthMatches = (f: string): MonthMatch[] => anchoredMatches(f, '月', 8, monthAt);
/** Every YEAR_END match: its 年 is at most 4 characters in (2020年). */
export const yearEndMatches = (f: string): YearEndMatch[] => anchoredMatches(f, '年', 4, yearEndAt);
/** Every HALF match: its 半 is at most 6 characters in (二〇二〇年上半年). */
export const halfMatches = (f: string): HalfMatch[] => anchoredMatches(f, '半', 6, halfAt);
/** Every QUARTER match: its 季 is at most 7 characters in (二〇二〇年第一季度). */
export const quarterMatches = (f: string): QuarterMatch[] => anchoredMatches(f, '季', 7, quarterAt);

/**
 * Every match of `at` in f, as scanMatches' regex would find them; `at` returns the end of the
 * match at a position, or -1, and is only asked at characters of class `start`.
 */
function scanMatches(f: string, start: number, at: (f: string, p: number) => number): Array<[start: number, end: number]> {
  const out: Array<[number, number]> = [];
  for (let p = 0; p < f.length; ) {
    const e = (CLASS[f.charCodeAt(p)] & start) !== 0 ? at(f, p) : -1;
    if (e < 0) {
      p++;
    } else {
      out.push([p, e]);
      p = e;
    }
  }
  return out;
}

/** Every RELATIVE match in f: [start, end] pairs. */
export const relativeMatches = (f: string): Array<[number, number]> => scanMatches(f, RELATIVE_START, relativeAt);
/** Every DAY_ONLY match in f: [start, end] pairs. */
export const dayOnlyMatches = (f: string): Array<[number, number]> => scanMatches(f, DAY_START, dayOnlyAt);

/*
 * Cues: which of the characters the deadline patterns need a text holds, as bits, read in one
 * pass (a String#includes or a one-class regex per character scanned the text once each). Read
 * before foldScript, so the traditional forms it folds into these (內 時 號 週) count too, and a
 * text with none of them is not folded at all.
 */
export const CUE_YEAR = 1; // 年
export const CUE_MONTH = 2; // 月
export const CUE_DAY = 4; // 日 号
export const CUE_BEFORE = 8; // 前
export const CUE_CLOSE = 16; // 止 内 成: MONTH's closing words other than …前
export const CUE_YEAR_TAIL = 32; // 底 末 中 内: what YEAR_END needs after 年(度)
export const CUE_HALF = 64; // 半 (半年)
export const CUE_SEASON = 128; // 季 (季度)
export const CUE_UNIT = 256; // 时 期 天 周: SPAN units other than 日/年/月
export const CUE_RELATIVE = 512; // 内 最 限: RELATIVE closes with 内 or opens with 最迟/最晚/限
const CUES = new Uint16Array(0x10000);
const cue = (chars: string, bit: number): void => {
  for (let i = 0; i < chars.length; i++) CUES[chars.charCodeAt(i)] |= bit;
};
cue('年', CUE_YEAR);
cue('月', CUE_MONTH);
cue('日号號', CUE_DAY);
cue('前', CUE_BEFORE);
cue('止内內成', CUE_CLOSE);
cue('底末中内內', CUE_YEAR_TAIL);
cue('半', CUE_HALF);
cue('季', CUE_SEASON);
cue('时時期天周週', CUE_UNIT);
cue('内內最限', CUE_RELATIVE);

/** The CUE_* bits of the characters in text (as written or folded: the same bits). */
export function cuesOf(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= CUES[text.charCodeAt(i)];
  return bits;
}
