import { composeMaps, type MappedText } from '../core/source-map.js';
import { MappedWriter } from './mapped-writer.js';
import { startsWithMarker } from './structure-marker.js';

/**
 * Rejoins lines a bad copy or extraction broke. Line A is joined with the next line B when B is
 * non-blank, is not a table row, does not open with a structure marker (一、 (一) 1. 1、 (1) ① 第X条),
 * and A looks cut rather than finished:
 * - A ends with `;`/`;` (seed 001 breaks paragraphs after `;`) or with `,` `,` `、`;
 * - A has an unclosed bracket or quote (`《政` / `府部门`) opened near its end (within 100 chars,
 *   so one stray `(` cannot swallow the rest of a document);
 * - a number or date was split: A ends with a digit and B starts with a unit (`2019` / `年`),
 *   or A is a short fragment ending in 年/月 and B starts with a digit (`年` / `6`);
 * - A is only a structure marker (`1.`, `（一）`): the item it numbers is on the next line;
 * - A is long (> 40 chars), ends without closing punctuation (`。!?:…` or an annotation's closing
 *   bracket), and is not a heading (a marker-led line with no `。`/`;` in it).
 * A short line without punctuation is taken as a title and never joined on length alone:
 * `2019年黄冈市政务公开工作实施方案` stays above its preamble, and a notice title broken as
 * `…关于印发` / `2018年…的通知` is left for the segment stage. A blank line always separates.
 * The joined newline is dropped, or becomes a space between two ASCII letters/digits.
 * When nothing is joined the input itself is returned, so a caller can tell by identity.
 */
export function joinBrokenLines(input: MappedText): MappedText {
  const text = input.text;
  const out = new MappedWriter(text);
  const open: number[] = []; // output offsets of unclosed brackets in the current logical line
  let from = 0; // next source offset to copy
  let start = 0;
  // The logical line joined so far: rules look at it, not at the last physical piece, so that
  // joining the output again joins nothing more (a joined line is judged as it will be read).
  const logical: Logical = { length: 0, marker: false, stop: false };
  let joined = false;
  let joinedAny = false;
  // Chars the joins so far removed: bracket distances are measured in the output, as a second
  // pass over it would measure them.
  let dropped = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const [cs, ce] = trimmed(text, start, end);
    trackBrackets(text, cs, ce, open, dropped);
    if (!joined) {
      logical.length = 0;
      logical.marker = ce > cs && startsWithMarker(text.slice(cs, Math.min(ce, cs + 12)));
      logical.stop = false;
    }
    logical.length += ce - cs;
    logical.stop ||= hasStop(text, cs, ce);
    if (nl === -1) break;
    const nextEnd = lineEnd(text, nl + 1);
    const [ns, ne] = trimmed(text, nl + 1, nextEnd);
    joined =
      ce > cs &&
      ne > ns &&
      shouldJoin(
        text.slice(cs, ce),
        nextHead(text, ns, ne, nextEnd),
        open.length > 0 && ce - dropped - open[open.length - 1] <= 100,
        logical,
      );
    if (joined) {
      joinedAny = true;
      const space = asciiWord(text.charCodeAt(ce - 1)) && asciiWord(text.charCodeAt(ns));
      out.keepRange(from, ce);
      out.put(space ? ' ' : '', ce, ns);
      if (space) logical.length += 1;
      dropped += ns - ce - (space ? 1 : 0);
      from = ns;
    } else {
      open.length = 0;
    }
    start = nl + 1;
  }
  if (!joinedAny) return input;
  out.keepRange(from, text.length);
  const built = out.build();
  return { text: built.text, map: composeMaps(input.map, built.map) };
}

const OPENERS = '(（〔[［【《“‘「『〈';
const CLOSERS = ')）〕]］】》”’」』〉';
/** Finished-line endings: sentence punctuation and the closing bracket of an annotation. */
const COMPLETE = new Set('。.!?！？:：…)）〕]］】」』');
const SOFT_END = new Set(';；,，、');
const UNITS = new Set('年月日号时分秒个万亿元%％次家项条周天届期批名户');
const LONG = 40;
/**
 * Lines that open with a 版记 label start a field of their own; joined to the line before, a
 * 主题词 list would also lose its word-separating spaces on the next normalisation.
 */
const LABELLED = /^(?:主题词|主題詞|关键词|關鍵詞|关键字|關鍵字|抄送|抄報|抄报)/;

const MARKER_ALONE =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（](?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})[)）]|[0-9]{1,3}[.．、])$/;

/** What the rules need to know of the logical line, kept up to date piece by piece (linear). */
interface Logical {
  length: number;
  /** Opens with a structure marker. */
  marker: boolean;
  /** Holds a sentence stop (。;；), so it is not a bare heading. */
  stop: boolean;
}

/**
 * The next line as it will be read: a marker alone on it (`0.`) takes the line after it along
 * (that join is certain), and `0.` + `2` is a number, not a marker. Judged on `0.` alone, a
 * second pass over the output would join what the first pass did not.
 */
function nextHead(text: string, ns: number, ne: number, nextEnd: number): string {
  const next = text.slice(ns, ne);
  if (nextEnd >= text.length || !MARKER_ALONE.test(next)) return next;
  const [as, ae] = trimmed(text, nextEnd + 1, lineEnd(text, nextEnd + 1));
  if (ae === as) return next;
  const after = text.slice(as, ae);
  if (after.includes('\t') || startsWithMarker(after) || LABELLED.test(after)) return next;
  return next + after;
}

function shouldJoin(line: string, next: string, bracketOpen: boolean, logical: Logical): boolean {
  if (line.includes('\t') || next.includes('\t') || startsWithMarker(next) || LABELLED.test(next)) return false;
  // A structure marker alone on its line (`1.` / `（一）` then the item on the next line): a
  // flattened table or a bad copy put the number in a cell of its own.
  if (MARKER_ALONE.test(line)) return true;
  const last = line[line.length - 1];
  const first = next[0];
  if (SOFT_END.has(last) || bracketOpen) return true;
  if (isDigit(last) && UNITS.has(first)) return true;
  // A short physical fragment (`年` / `6`): the date pieces, whatever was joined before them.
  if (line.length <= 6 && (last === '年' || last === '月') && isDigit(first)) return true;
  return logical.length > LONG && !COMPLETE.has(last) && !(logical.marker && !logical.stop);
}

function hasStop(text: string, start: number, end: number): boolean {
  // Native scans of the line, not a char loop: this runs cold (docs/performance.md).
  const line = text.slice(start, end);
  return line.includes('。') || line.includes('；') || line.includes(';');
}

/** 1 = opener, 2 = closer, by UTF-16 code (a table: this loop runs over every character). */
const BRACKET = new Uint8Array(0x10000);
for (const ch of OPENERS) BRACKET[ch.charCodeAt(0)] = 1;
for (const ch of CLOSERS) BRACKET[ch.charCodeAt(0)] = 2;

function trackBrackets(text: string, start: number, end: number, open: number[], dropped: number): void {
  for (let i = start; i < end; i++) {
    const kind = BRACKET[text.charCodeAt(i)];
    if (kind === 1) open.push(i - dropped);
    else if (kind === 2 && open.length > 0) open.pop();
  }
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

function lineEnd(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  return nl === -1 ? text.length : nl;
}

const isBlank = (code: number): boolean => code === 0x20 || code === 0x3000 || code === 0xa0 || code === 13;
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const asciiWord = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
