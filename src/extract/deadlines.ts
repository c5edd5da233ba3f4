import { phraseSet, type Phrase, type PhraseSet } from '../core/phrases.js';
import type { Deadline } from '../core/register.js';
import { foldScript, parseNumeral } from '../core/zh/index.js';
import { allMatches } from './all-matches.js';

/*
 * Deadlines, matched on foldScript(text) (traditional 內/為/個/時 fold to 内/为/个/时), with the
 * six readers below. A plain date needs a deadline word after it (前/底前/内/为止/完成/截止):
 * `2010年7月28日市政府召开` is a past event, not a deadline.
 *
 * Each reader is written around the words one of which all its matches hold (月, 年, 半, 季, 内,
 * 最迟/最晚/限, 前): a text without them is not scanned (see core/phrases.ts). Every quantifier is
 * bounded ({1,4} at most) and every alternation is a list of fixed words, so the match tried at
 * one position reads a dozen characters at most and the scans are linear
 * (test/extract/linear-time.test.ts feeds them megabytes of 年, digits and 最).
 */
/** A month or day number: 12, 十二. */
const NUM = String.raw`(?:\d{1,2}|[一二三四五六七八九十]{1,3})`;
/** A year as written, before its 年: 2020, 二〇二〇, 今/本/当/明. */
const YEAR_NAME = String.raw`(?:(?<!\d)(?<digits>\d{4})|(?<numerals>[〇零一二三四五六七八九]{4})|(?<relative>今|本|当|明))`;
const YEAR = `${YEAR_NAME}年`;
/** The words that close a date into a deadline: 前, 之前, 为止, 内, 完成 … */
const DONE = '(?:之前|以前|前|为止|截止|止|以内|之内|内|完成)';
const BEFORE = '(?:之前|以前|前)';
/** A duration: 30日, 5个工作日, 三个月, 24小时 (not after a digit or point: 1.5天 is no 5天). */
const SPAN = String.raw`(?<![\d.])(?:\d{1,3}|[一二三四五六七八九十百两半]{1,4})(?:个?(?:工作日|小时|星期|天|日|周|年)|个月)`;

/** 2020年10月底前, 1月31日前, 6月上旬前, 6月份内. */
const MONTH = phraseSet(
  [
    {
      before: `(?:${YEAR})?(?<month>${NUM})`,
      words: ['月'],
      after: `(?:(?<day>${NUM})[日号]|(?<xun>[上中下])旬|(?<part>底|末|份))?(?<done>${DONE})`,
    },
  ],
  'g',
);
/** 年底前, 2020年底, 年度内, 年中前: the year's end or middle. */
const YEAR_END = phraseSet(
  [
    {
      before: `${YEAR_NAME}?`,
      words: ['年'],
      after: `度?(?:(?:底|末)(?:之前|以前|前|为止|完成)?|(?<mid>中)${BEFORE}|内)`,
    },
  ],
  'g',
);
/** 上半年, 2020年下半年前. */
const HALF = phraseSet([{ before: `(?:${YEAR})?(?<half>上|下)`, words: ['半'], after: `年(?:${BEFORE}|内)?` }], 'g');
/** 三季度末, 2019年第一季度前, 前三季度: a bare 三季度 is filtered out below (a period, not a limit). */
const QUARTER = phraseSet(
  [
    {
      before: `(?:${YEAR})?(?<lead>前|第)?(?<quarter>[一二三四1-4])`,
      words: ['季'],
      after: `度(?<tail>末|底)?(?<done>${DONE})?`,
    },
  ],
  'g',
);
/** A duration closed by 内: 30日内, 20个工作日之内. */
const SPAN_WITHIN: Phrase = { before: `${SPAN}(?:以|之)?`, words: ['内'] };
/**
 * A duration is a deadline only when it closes with 内/以内/之内 (30日内, 1个工作日内, 最长20个工作日内)
 * or is opened by 最迟/最晚/限 (最迟5个工作日): a bare `5个工作日` is a period.
 */
const RELATIVE = phraseSet(
  [
    { ...SPAN_WITHIN, before: `(?:最迟|最晚|最长)?${SPAN_WITHIN.before}` },
    { words: ['最迟', '最晚', '限'], after: SPAN },
  ],
  'g',
);
/** 每月10日前, 15号之前: a day of a month not named (after a month it is MONTH's). */
const DAY_ONLY = phraseSet(
  [{ before: `(?<![月\\d一二三四五六七八九十])(?:每月|次月|当月)?${NUM}[日号](?:之|以)?`, words: ['前'] }],
  'g',
);
/** SPAN_WITHIN starting exactly at lastIndex. */
const TIME_LIMIT = phraseSet([SPAN_WITHIN], 'y');

/** Whether a time limit (20个工作日内: RELATIVE reads it) starts at offset `at` of folded text f. */
export function isTimeLimitAt(f: string, at: number): boolean {
  const re = TIME_LIMIT.pattern();
  re.lastIndex = at;
  return re.test(f);
}

/**
 * A comparison right before a duration makes it a target's span, not a deadline: 不得少于5个工作日,
 * 不超过30日内 (see targets.ts).
 */
const COMPARED = /(?:少于|低于|多于|高于|超过|短于|长于|大于|小于|至少|最少|不足)$/;

/** 去年底 / 三年内 / 每年底: the 年 belongs to something else than the plan year. */
const NOT_PLAN_YEAR = '去上前往历每半全近多数几0123456789一二三四五六七八九十两〇零';

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly date: string | null;
  /** Among hits at the same span: dated patterns first, then RELATIVE, then DAY_ONLY. */
  readonly rank: number;
}

function iso(year: number | null, month: number | null, day: number | 'end' | null): string | null {
  if (year === null || month === null || day === null || month < 1 || month > 12) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = day === 'end' ? last : day;
  if (d < 1 || d > last) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

type Groups = Record<string, string | undefined>;

/** Whether the match names its year (YEAR's groups). */
const namesYear = (g: Groups): boolean => Boolean(g.digits || g.numerals || g.relative);

/** The year a match names (2020, 二〇二〇, 今/本/当/明年), else the plan year. */
function yearOf(g: Groups, planYear: number | null): number | null {
  if (g.digits) return Number(g.digits);
  if (g.numerals) return parseNumeral(g.numerals);
  if (g.relative) return planYear === null ? null : g.relative === '明' ? planYear + 1 : planYear;
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

/** Each match of `reader` in f as a hit, dated by `date` (null: the match is no deadline). */
function hitsOf(
  reader: PhraseSet,
  f: string,
  rank: number,
  date: (g: Groups, m: RegExpExecArray) => string | null | false,
): Hit[] {
  if (!reader.cue().test(f)) return [];
  const hits: Hit[] = [];
  for (const m of allMatches(reader.pattern(), f)) {
    const d = date(m.groups ?? {}, m);
    if (d !== false) hits.push({ start: m.index, end: m.index + m[0].length, date: d, rank });
  }
  return hits;
}

function monthDate(g: Groups, year: number | null, notBefore: string | undefined): string | null {
  const y = yearOf(g, year);
  const month = parseNumeral(g.month ?? '');
  let day: number | 'end' | null = null;
  if (g.day) day = parseNumeral(g.day);
  else if (g.xun) day = g.xun === '上' ? 10 : g.xun === '中' ? 20 : 'end';
  else if (g.part === '底' || g.part === '末') day = 'end';
  else if (g.done?.endsWith('内')) day = 'end'; // 6月内 / 6月份内: within June
  // 6月前 / 6月份前 (before June? by June?) stays undated: the plan year alone does not make it certain.
  const date = iso(y, month, day);
  return !namesYear(g) && y !== null && isPast(date, notBefore) ? iso(y + 1, month, day) : date;
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
 * over to the next year. Where matches overlap, the one starting first wins, then the longest.
 */
export function findDeadlines(text: string, year: number | null, options: DeadlineOptions = {}): Deadline[] {
  const f = foldScript(text);
  const hits = [
    ...hitsOf(MONTH, f, 0, (g) => monthDate(g, year, options.notBefore)),
    ...hitsOf(YEAR_END, f, 0, (g, m) => {
      if (!namesYear(g) && m.index > 0 && NOT_PLAN_YEAR.includes(f[m.index - 1])) return false;
      return g.mid ? iso(yearOf(g, year), 6, 30) : iso(yearOf(g, year), 12, 31);
    }),
    ...hitsOf(HALF, f, 0, (g) => iso(yearOf(g, year), g.half === '上' ? 6 : 12, 'end')),
    ...hitsOf(QUARTER, f, 0, (g) => {
      if (g.lead !== '前' && !g.tail && !g.done) return false; // a bare 三季度 names a period, not a limit
      return iso(yearOf(g, year), (parseNumeral(g.quarter ?? '') ?? Number(g.quarter)) * 3, 'end');
    }),
    ...hitsOf(RELATIVE, f, 1, (_g, m) => (COMPARED.test(f.slice(Math.max(0, m.index - 2), m.index)) ? false : null)),
    ...hitsOf(DAY_ONLY, f, 2, () => null),
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
