import type { Deadline } from '../core/register.js';
import {
  CUE_BEFORE, CUE_CLOSE, CUE_DAY, CUE_HALF, CUE_MONTH, CUE_RELATIVE, CUE_SEASON, CUE_UNIT, CUE_YEAR, CUE_YEAR_TAIL,
  cuesOf, dayOnlyMatches, halfMatches, monthMatches, quarterMatches, relativeMatches, yearEndMatches,
} from './deadline-scan.js';
import { foldScript, parseNumeral } from '../core/zh/index.js';
import { isDigit } from './scan-chars.js';

/*
 * Deadlines, matched on foldScript(text) (traditional 內/為/個/時 fold to 内/为/个/时) by the
 * scanners of deadline-scan.ts, which spell out the patterns: dates closed by a deadline word
 * (MONTH: 2020年10月底前, 1月31日前; DAY_ONLY: 每月10日前), the year's end or middle (YEAR_END:
 * 年底前, 2020年内, 年中前), halves (HALF: 上半年) and quarters (QUARTER: 三季度末), and durations
 * (RELATIVE: 30日内, 最迟5个工作日). A plain date needs a deadline word after it
 * (前/底前/内/为止/完成/截止): `2010年7月28日市政府召开` is a past event, not a deadline.
 */

/**
 * A duration (RELATIVE) is a deadline only when it closes with 内/以内/之内 (30日内, 1个工作日内)
 * or is opened by 最迟/最晚/限 (最迟5个工作日): a bare `5个工作日` is a period, and after 不得少于 it
 * is a minimum (a target, see targets.ts): a comparison right before it makes it a target's span
 * (不得少于5个工作日, 不超过30日内).
 */
const COMPARED = new Set(['少于', '低于', '多于', '高于', '超过', '短于', '长于', '大于', '小于', '至少', '最少', '不足']);

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

/** The year a match names (4 digits, 二〇二〇, 今/本/当/明年), else the plan year. */
function yearOf(written: string | null, planYear: number | null): number | null {
  if (written === null) return planYear;
  if (written.length === 1) return planYear === null ? null : written === '明' ? planYear + 1 : planYear;
  return isDigit(written.charCodeAt(0)) ? Number(written) : parseNumeral(written);
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

function monthHits(f: string, year: number | null, notBefore: string | undefined, hits: Hit[]): void {
  for (const m of monthMatches(f)) {
    const y = yearOf(m.year, year);
    const month = parseNumeral(m.month);
    let day: number | 'end' | null = null;
    if (m.day) day = parseNumeral(m.day);
    else if (m.xun) day = m.xun === '上' ? 10 : m.xun === '中' ? 20 : 'end';
    else if (m.part === '底' || m.part === '末') day = 'end';
    else if (m.done.endsWith('内')) day = 'end'; // 6月内 / 6月份内: within June
    // 6月前 / 6月份前 (before June? by June?) stays undated: the plan year alone does not make it certain.
    let date = iso(y, month, day);
    if (m.year === null && y !== null && isPast(date, notBefore)) date = iso(y + 1, month, day);
    hits.push({ start: m.start, end: m.end, date, rank: 0 });
  }
}

function yearEndHits(f: string, year: number | null, hits: Hit[]): void {
  for (const m of yearEndMatches(f)) {
    if (m.year === null && m.start > 0 && NOT_PLAN_YEAR.includes(f[m.start - 1])) continue;
    const y = yearOf(m.year, year);
    hits.push({ start: m.start, end: m.end, date: m.mid ? iso(y, 6, 30) : iso(y, 12, 31), rank: 0 });
  }
}

function halfHits(f: string, year: number | null, hits: Hit[]): void {
  for (const m of halfMatches(f)) {
    hits.push({ start: m.start, end: m.end, date: iso(yearOf(m.year, year), m.half === '上' ? 6 : 12, 'end'), rank: 0 });
  }
}

function quarterHits(f: string, year: number | null, hits: Hit[]): void {
  for (const m of quarterMatches(f)) {
    if (m.lead !== '前' && !m.tail && !m.done) continue; // a bare 三季度 names a period, not a limit
    const q = parseNumeral(m.quarter) ?? Number(m.quarter);
    hits.push({ start: m.start, end: m.end, date: iso(yearOf(m.year, year), q * 3, 'end'), rank: 0 });
  }
}

function relativeHits(f: string, hits: Hit[]): void {
  for (const [start, end] of relativeMatches(f)) {
    if (start >= 2 && COMPARED.has(f.slice(start - 2, start))) continue;
    hits.push({ start, end, date: null, rank: 1 });
  }
}

function dayOnlyHits(f: string, hits: Hit[]): void {
  for (const [start, end] of dayOnlyMatches(f)) hits.push({ start, end, date: null, rank: 2 });
}

export interface DeadlineOptions {
  /** ISO date of the document (its notice date): an unyeared month-day deadline before it is next year's. */
  readonly notBefore?: string;
}

/**
 * Deadlines in `text`, in text order: absolute ones (2020年10月底前, 年底前, 1月31日前, 上半年,
 * 三季度末) dated with `year` when the text does not name one, relative ones (30日内, 1个工作日内,
 * 最迟5小时内) with date null. With year null, only deadlines that name their year get a date.
 * With options.notBefore, a month deadline that names no year and would fall before it rolls
 * over to the next year.
 */
export function findDeadlines(text: string, year: number | null, options: DeadlineOptions = {}): Deadline[] {
  // Every pattern needs one of a few characters, and most task texts lack them: one pass over the
  // text says which, and only the patterns they allow run. Each pattern also ends in a closing
  // word (MONTH: 前/止/内/完成; DAY_ONLY: 前; RELATIVE: 内, or opens with 最迟/最晚/限; YEAR_END:
  // 底/末/中/内 after the 年), a second test that skips most of the remaining scans.
  const cues = cuesOf(text);
  const has = (bits: number): boolean => (cues & bits) !== 0;
  const month = has(CUE_MONTH) && has(CUE_BEFORE | CUE_CLOSE);
  const yearEnd = has(CUE_YEAR) && has(CUE_YEAR_TAIL);
  const half = has(CUE_YEAR) && has(CUE_HALF);
  const quarter = has(CUE_SEASON);
  const relative = has(CUE_YEAR | CUE_MONTH | CUE_DAY | CUE_UNIT) && has(CUE_RELATIVE);
  const dayOnly = has(CUE_DAY) && has(CUE_BEFORE);
  if (!(month || yearEnd || half || quarter || relative || dayOnly)) return [];
  const f = foldScript(text);
  // Pushed in this order, which the stable sort keeps for hits at the same span.
  const hits: Hit[] = [];
  if (month) monthHits(f, year, options.notBefore, hits);
  if (yearEnd) yearEndHits(f, year, hits);
  if (half) halfHits(f, year, hits);
  if (quarter) quarterHits(f, year, hits);
  if (relative) relativeHits(f, hits);
  if (dayOnly) dayOnlyHits(f, hits);
  if (hits.length === 0) return [];
  hits.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const out: Deadline[] = [];
  let taken = 0;
  for (const h of hits) {
    if (h.start < taken) continue;
    out.push({ text: text.slice(h.start, h.end), date: h.date });
    taken = h.end;
  }
  return out;
}
