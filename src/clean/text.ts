/** Small character-class helpers shared by the clean rules. All are linear and regex-safe. */
import { isHan } from '../core/zh/index.js';

/** A GB/T 9704 structure marker at the start of a line: 一、 (一) 1. 1、 (1). */
export const STRUCTURE_MARKER =
  /^(?:[一二三四五六七八九十百零〇]{1,4}、|\([一二三四五六七八九十百零〇]{1,4}\)|\d{1,3}[.、．](?!\d)|\(\d{1,3}\))/;

/** Sentence-closing punctuation after normalisation (full-width 。 stays; ASCII for the folded ones). */
export const SENTENCE_END = /[。!?;!?；]$/;

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 10 || code === 13;
}

/** Characters that carry content: Han, Latin letters and digits (punctuation and spaces do not). */
export function countContent(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c) || isAsciiLetter(c) || (c >= 48 && c <= 57)) n++;
  }
  return n;
}

/** A line that reads like a document title: short, no closing punctuation, names a kind of document. */
export function looksLikeTitle(line: string): boolean {
  if (line.length === 0 || line.length > 60) return false;
  if (/[。!?;:,]/.test(line) || STRUCTURE_MARKER.test(line)) return false;
  return /(?:要点|方案|计划|通知|意见|办法|规划|报告|安排|细则|决定|公告|纲要|要點|規劃|報告|細則|決定|綱要)/.test(line);
}

/** Source-style ISO date from `2019-05-17 09:15`, `2019年5月17日`, `2019/5/17`; null when not a full date. */
export function isoDate(value: string): string | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/.exec(value);
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A short line with no sentence in it: a link title, an address line. Used for tail blocks. */
export function isListItem(line: string): boolean {
  return line.length <= 60 && !/[。;!?]/.test(line) && !/:$/.test(line) && !STRUCTURE_MARKER.test(line);
}
