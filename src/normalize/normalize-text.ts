import { composeMaps, type MappedText } from '../core/source-map.js';
import { foldWidth, isCjkText as isCjk, isSpaceLike, isZeroWidth } from '../core/zh/index.js';
import { MappedWriter } from './mapped-writer.js';

/**
 * Width folding (width.ts), NBSP/ideographic and other spaces → ' ', zero-width chars dropped,
 * spaces stranded between two CJK characters dropped (`脱贫攻  坚` → `脱贫攻坚`; `Produced By` keeps
 * its space), also after half-width prose punctuation that follows CJK (`成果, “五个一”` →
 * `成果,“五个一”`) but not after a marker (`(一) 清单式公开`), leading and trailing spaces of every line dropped, blank lines kept.
 * Tabs: a line with two or more tabs between pieces of text is a table row (htmlToText joins
 * cells with tabs; task tables have >= 3 columns): its tabs are kept and spaces around them
 * dropped. Elsewhere a tab is one more space, so `政务\t公开` (tab in CJK) → `政务公开`; a
 * two-column row loses its tab, the price of telling a stray tab from a cell boundary.
 * One pass per line, linear.
 * The returned map points at input's source (composed with input.map).
 */
export function normalizeText(input: MappedText): MappedText {
  const text = input.text;
  const out = new MappedWriter(text);
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    normalizeLine(text, lineStart, lineEnd, out);
    if (nl === -1) break;
    out.keep(nl);
    lineStart = nl + 1;
  }
  const built = out.build();
  // Unchanged text (the usual case for the second and third pass the pipeline makes) keeps the
  // input as it is: composing with an identity map only re-derives the anchors it already has.
  if (built.map.length === 0 && built.text === text) return input;
  return { text: built.text, map: composeMaps(input.map, built.map) };
}

/**
 * False for chars normalizeLine certainly copies as they are, so they are copied a run at a time
 * (docs/performance.md). True for a superset of the chars it may change or judge:
 * C0 controls and space (tab, CR), NBSP, U+2000–200D (spaces, zero-width chars), U+202F, U+205F,
 * U+2060, the ideographic space, and BOM through the full-width block (quotes “” stay fast). A range test,
 * not a BMP table, which is slow to fill at start-up. test/normalize checks that it covers isSpaceLike, isZeroWidth and foldWidth.
 */
export function mayNormalize(code: number): boolean {
  if (code <= 0x20) return true;
  if (code < 0x2000) return code === 0xa0;
  return (
    code <= 0x200d ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    (code >= 0xfeff && code <= 0xff5e)
  );
}

function normalizeLine(text: string, start: number, end: number, out: MappedWriter): void {
  // Judged on demand (at a tab, at a space run): a line with neither is scanned once.
  let tableRow: boolean | undefined;
  let wordList: boolean | undefined;
  const blank = (code: number): boolean =>
    isSpaceLike(code) || (code === 9 && !(tableRow ??= isTableRow(text, start, end))) || code === 13;
  let pending = -1; // start of a run of spaces not yet written
  let prev = 0; // last char written on this line (folded), 0 at line start
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (pending === -1 && !mayNormalize(code)) {
      // A run of ordinary chars: kept as they are (no pending spaces to judge before them).
      let j = i + 1;
      while (j < end && !mayNormalize(text.charCodeAt(j))) j++;
      out.keepRange(i, j);
      prev = text.charCodeAt(j - 1);
      i = j - 1;
      continue;
    }
    if (isZeroWidth(code)) continue;
    if (blank(code)) {
      if (pending === -1) pending = i;
      continue;
    }
    const folded = foldWidth(code);
    if (pending !== -1) {
      const stranded =
        (!(wordList ??= isWordListLine(text, start, end)) &&
          isCjk(folded) &&
          (isCjk(prev) || isPunctuationInCjk(recentBefore(text, start, pending, blank)))) ||
        prev === 9 ||
        folded === 9;
      if (prev !== 0 && !stranded) writeSpaces(text, pending, i, out);
      pending = -1;
    }
    if (folded === code) out.keep(i);
    else out.replace(i, folded);
    prev = folded;
  }
}

const RECENT = 8;

/**
 * The last RECENT chars written on the line before `end` (folded, blanks and zero-width skipped),
 * rebuilt only when a space run needs judging: building it for every char cost more than the rest
 * of the line loop.
 */
function recentBefore(text: string, start: number, end: number, blank: (code: number) => boolean): string {
  let out = '';
  for (let j = end - 1; j >= start && out.length < RECENT; j--) {
    const code = text.charCodeAt(j);
    if (isZeroWidth(code) || blank(code)) continue;
    out = String.fromCharCode(foldWidth(code)) + out;
  }
  return out;
}
/** Half-width punctuation that CJK prose uses after folding (`，` → `,`); `.` only when no marker. */
const PROSE_PUNCTUATION = ',;:!?).';
/** `(一)` / `(1)` / `一.` close a structure marker: the space after them is layout, kept. */
const MARKER_TAIL =
  /(?:\([一二三四五六七八九十百零〇\d]{1,4}\)|(?:^|[^一二三四五六七八九十百零〇])[一二三四五六七八九十百零〇]{1,4}\.)$/;

/**
 * Whether `recent` ends in ASCII punctuation written right after CJK text (`成果,` folded from
 * `成果，`): spaces after it and before more CJK are stranded, as between two CJK characters.
 */
function isPunctuationInCjk(recent: string): boolean {
  const n = recent.length;
  if (n < 2 || !PROSE_PUNCTUATION.includes(recent[n - 1]) || !isCjk(recent.charCodeAt(n - 2))) return false;
  return !MARKER_TAIL.test(recent);
}

/**
 * 主题词 (subject-word) lines list words separated by spaces (`主题词:行政事务 政务公开 通知`):
 * there a space between CJK characters is a separator, not debris, so it is kept.
 */
const WORD_LIST_LABEL = /^[\s\u3000\u00a0]*(主题词|主題詞|关键词|關鍵詞|关键字|關鍵字)/;
function isWordListLine(text: string, start: number, end: number): boolean {
  return WORD_LIST_LABEL.test(text.slice(start, Math.min(end, start + 16)));
}

/** Writes the space run source[start, end) as spaces, skipping zero-width chars inside it. */
function writeSpaces(text: string, start: number, end: number, out: MappedWriter): void {
  for (let j = start; j < end; j++) {
    const code = text.charCodeAt(j);
    if (isZeroWidth(code)) continue;
    if (code === 0x20) out.keep(j);
    else out.replace(j, 0x20);
  }
}

/** True when two or more tabs sit between non-blank chars of the line. Scans the line only. */
function isTableRow(text: string, start: number, end: number): boolean {
  let seenText = false;
  let tabs = 0; // tabs after text, not yet followed by text
  let inner = 0; // tabs between two pieces of text
  for (let j = start; j < end; j++) {
    const code = text.charCodeAt(j);
    if (code === 9) {
      if (seenText) tabs++;
    } else if (!isSpaceLike(code) && !isZeroWidth(code) && code !== 13) {
      inner += tabs;
      tabs = 0;
      seenText = true;
      if (inner >= 2) return true;
    }
  }
  return false;
}
