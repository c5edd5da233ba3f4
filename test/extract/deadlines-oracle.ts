/*
 * The regex implementation of findDeadlines as it was before the hand-written scanners of
 * deadline-scan.ts (commit 791db17), kept verbatim as the oracle for deadline-scan.test.ts, with helpers that
 * read its patterns' matches as the scanners report them.
 */
import type { Deadline } from '../../src/core/register.js';
import { allMatches } from '../../src/extract/all-matches.js';
import { foldScript, parseNumeral } from '../../src/core/zh/index.js';
import type { DeadlineOptions } from '../../src/extract/deadlines.js';

/*
 * Deadline patterns, matched on foldScript(text) (traditional 內/為/個/時 fold to 内/为/个/时).
 * Every quantifier is bounded and the alternatives are fixed words, so each scan is linear.
 * A plain date needs a deadline word after it (前/底前/内/为止/完成/截止): `2010年7月28日市政府召开`
 * is a past event, not a deadline.
 */
const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const YEAR = '(?:(?<!\\d)(\\d{4})|([〇零一二三四五六七八九]{4})|(今|本|当|明))年';
const DONE = '(?:之前|以前|前|为止|截止|止|以内|之内|内|完成)';

export const MONTH = new RegExp(`(?:${YEAR})?${NUM}月(?:${NUM}[日号]|([上中下])旬|(底|末|份))?(${DONE})`, 'g');
export const YEAR_END = new RegExp(`(?:${YEAR}|年)度?(?:(底|末)(?:之前|以前|前|为止|完成)?|(中)(?:之前|以前|前)|(内))`, 'g');
export const HALF = new RegExp(`(?:${YEAR})?(上|下)半年(?:之前|以前|前|内)?`, 'g');
export const QUARTER = new RegExp(`(?:${YEAR})?(前|第)?([一二三四1-4])季度(末|底)?(${DONE})?`, 'g');
/*
 * A duration is a deadline only when it closes with 内/以内/之内 (30日内, 1个工作日内) or is
 * opened by 最迟/最晚/限 (最迟5个工作日): a bare `5个工作日` is a period, and after 不得少于 it is a
 * minimum (a target, see targets.ts).
 */
const SPAN = '(?<![\\d.])(?:\\d{1,3}|[一二三四五六七八九十百两半]{1,4})(?:个?(?:工作日|小时|星期|天|日|周|年)|个月)';
export const RELATIVE = new RegExp(`(?:最迟|最晚|最长)?${SPAN}(?:以内|之内|内)|(?:最迟|最晚|限)${SPAN}`, 'g');
/** A comparison right before a duration makes it a target's span (不得少于5个工作日, 不超过30日内). */
const COMPARED = /(?:少于|低于|多于|高于|超过|短于|长于|大于|小于|至少|最少|不足)$/;
export const DAY_ONLY = new RegExp(`(?<![月\\d一二三四五六七八九十])(?:每月|次月|当月)?${NUM}[日号](?:之前|以前|前)`, 'g');

/** 去年底 / 三年内: the 年 belongs to something else. */
const NOT_PLAN_YEAR = '去上前往历每半全近多数几0123456789一二三四五六七八九十两〇零';

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly date: string | null;
  readonly rank: number;
}

function iso(year: number | null, month: number | null, day: number | 'end' | null): string | null {
  if (year === null || month === null || day === null || month < 1 || month > 12) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = day === 'end' ? last : day;
  if (d < 1 || d > last) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The year a match names (digits, 二〇二〇, 今/本/当/明年), else the plan year. */
function yearOf(m: RegExpMatchArray, from: number, planYear: number | null): number | null {
  if (m[from]) return Number(m[from]);
  if (m[from + 1]) return parseNumeral(m[from + 1]);
  if (m[from + 2]) return planYear === null ? null : m[from + 2] === '明' ? planYear + 1 : planYear;
  return planYear;
}

/**
 * A month-day deadline that names no year and falls before the document's date (`1月31日前` in a
 * 2019 plan issued 2019-07-02) is next year's: a plan does not set a limit already past. Only
 * when the document dates from that very year; a later date (a reprint) says nothing.
 */
function isPast(date: string | null, notBefore: string | undefined): boolean {
  if (date === null || notBefore === undefined || !/^\d{4}-\d{2}-\d{2}/.test(notBefore)) return false;
  return date < notBefore.slice(0, 10) && date.slice(0, 4) === notBefore.slice(0, 4);
}

function monthHits(f: string, year: number | null, notBefore: string | undefined): Hit[] {
  return allMatches(MONTH, f).map((m) => {
    const named = Boolean(m[1] || m[2] || m[3]);
    const y = yearOf(m, 1, year);
    const month = parseNumeral(m[4]);
    let day: number | 'end' | null = null;
    if (m[5]) day = parseNumeral(m[5]);
    else if (m[6]) day = m[6] === '上' ? 10 : m[6] === '中' ? 20 : 'end';
    else if (m[7] === '底' || m[7] === '末') day = 'end';
    else if (m[8].endsWith('内')) day = 'end'; // 6月内 / 6月份内: within June
    // 6月前 / 6月份前 (before June? by June?) stays undated: the plan year alone does not make it certain.
    let date = iso(y, month, day);
    if (!named && y !== null && isPast(date, notBefore)) date = iso(y + 1, month, day);
    return { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date, rank: 0 };
  });
}

function yearHits(f: string, year: number | null): Hit[] {
  const hits: Hit[] = [];
  if (!f.includes('年')) return f.includes('季度') ? quarterHits(f, year, hits) : hits;
  // YEAR_END needs one of 底/末/中/内 after the 年.
  for (const m of /[底末中内]/.test(f) ? allMatches(YEAR_END, f) : []) {
    const start = m.index ?? 0;
    const named = Boolean(m[1] || m[2] || m[3]);
    if (!named && start > 0 && NOT_PLAN_YEAR.includes(f[start - 1])) continue;
    const y = yearOf(m, 1, year);
    const date = m[5] ? iso(y, 6, 30) : iso(y, 12, 31);
    hits.push({ start, end: start + m[0].length, date, rank: 0 });
  }
  if (f.includes('半年')) {
    for (const m of allMatches(HALF, f)) {
      const start = m.index ?? 0;
      hits.push({ start, end: start + m[0].length, date: iso(yearOf(m, 1, year), m[4] === '上' ? 6 : 12, 'end'), rank: 0 });
    }
  }
  return f.includes('季度') ? quarterHits(f, year, hits) : hits;
}

function quarterHits(f: string, year: number | null, hits: Hit[]): Hit[] {
  for (const m of allMatches(QUARTER, f)) {
    if (m[4] !== '前' && !m[6] && !m[7]) continue; // a bare 三季度 names a period, not a limit
    const start = m.index ?? 0;
    const q = parseNumeral(m[5]) ?? Number(m[5]);
    hits.push({ start, end: start + m[0].length, date: iso(yearOf(m, 1, year), q * 3, 'end'), rank: 0 });
  }
  return hits;
}

function undatedHits(f: string, pattern: RegExp, rank: number): Hit[] {
  return allMatches(pattern, f).map((m) => ({
    start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date: null, rank,
  }));
}

function relativeHits(f: string): Hit[] {
  return undatedHits(f, RELATIVE, 1).filter((h) => !COMPARED.test(f.slice(Math.max(0, h.start - 3), h.start)));
}

/**
 * Deadlines in `text`, in text order: absolute ones (2020年10月底前, 年底前, 1月31日前, 上半年,
 * 三季度末) dated with `year` when the text does not name one, relative ones (30日内, 1个工作日内,
 * 最迟5小时内) with date null. With year null, only deadlines that name their year get a date.
 * With options.notBefore, a month deadline that names no year and would fall before it rolls
 * over to the next year.
 */
export function findDeadlinesOracle(text: string, year: number | null, options: DeadlineOptions = {}): Deadline[] {
  const f = foldScript(text);
  // Every pattern needs one of a few characters; most task texts lack them, so skip those scans
  // (the patterns start with optional parts, which keeps the regex engine from skipping ahead itself).
  // Each also ends in a closing word (MONTH: 前/止/内/完成; DAY_ONLY: 前; RELATIVE: 内, or opens
  // with 最迟/最晚/限), a second cheap test that skips most of the remaining scans.
  const hasYear = f.includes('年');
  const hasMonth = f.includes('月');
  const hasDay = f.includes('日') || f.includes('号');
  const hasBefore = f.includes('前');
  const hits = [
    ...(hasMonth && (hasBefore || /[止内成]/.test(f)) ? monthHits(f, year, options.notBefore) : []),
    ...(hasYear || f.includes('季度') ? yearHits(f, year) : []),
    ...((hasYear || hasMonth || hasDay || /[时期天周]/.test(f)) && /[内最限]/.test(f) ? relativeHits(f) : []),
    ...(hasDay && hasBefore ? undatedHits(f, DAY_ONLY, 2) : []),
  ].sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const out: Deadline[] = [];
  let taken = 0;
  for (const h of hits) {
    if (h.start < taken) continue;
    out.push({ text: text.slice(h.start, h.end), date: h.date });
    taken = h.end;
  }
  return out;
}

const STICKY = new Map<RegExp, RegExp>();
function sticky(pattern: RegExp): RegExp {
  let re = STICKY.get(pattern);
  if (!re) STICKY.set(pattern, (re = new RegExp(pattern.source, 'y')));
  return re;
}

/** The match of a global pattern starting exactly at `at` in folded text f: its end, or -1. */
export function endAt(pattern: RegExp, f: string, at: number): number {
  const re = sticky(pattern);
  re.lastIndex = at;
  const m = re.exec(f);
  return m ? at + m[0].length : -1;
}

/** The match of a global pattern starting exactly at `at`, else null. */
function execAt(pattern: RegExp, f: string, at: number): RegExpExecArray | null {
  const re = sticky(pattern);
  re.lastIndex = at;
  return re.exec(f);
}

/** A match's span and year as written (groups 1-3), as deadline-scan reports them. */
function dated(m: RegExpExecArray): { start: number; end: number; year: string | null } {
  return { start: m.index, end: m.index + m[0].length, year: m[1] || m[2] || m[3] || null };
}

/** The match of each pattern at `at`, as deadline-scan's *At functions report it (null for none). */
export const oracleAt = {
  month: (f: string, at: number) => {
    const m = execAt(MONTH, f, at);
    return m && { ...dated(m), month: m[4], day: m[5] ?? null, xun: m[6] ?? null, part: m[7] ?? null, done: m[8] };
  },
  yearEnd: (f: string, at: number) => {
    const m = execAt(YEAR_END, f, at);
    return m && { ...dated(m), mid: Boolean(m[5]) };
  },
  half: (f: string, at: number) => {
    const m = execAt(HALF, f, at);
    return m && { ...dated(m), half: m[4] };
  },
  quarter: (f: string, at: number) => {
    const m = execAt(QUARTER, f, at);
    return m && { ...dated(m), lead: m[4] ?? null, quarter: m[5], tail: m[6] ?? null, done: m[7] ?? null };
  },
};

/** Every match of a global pattern: [start, end] pairs. */
export function spansOf(pattern: RegExp, f: string): Array<[number, number]> {
  return allMatches(pattern, f).map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}
