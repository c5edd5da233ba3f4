/**
 * Text → blocks. A block is a run of text that starts at a line start or at a structure marker;
 * a line is cut into several blocks where a marker follows a sentence end (`。;:!?`), a closing
 * bracket, or a short heading (`一、……方法(一)清单式公开`), so a body collapsed onto one line
 * segments like a well-formed one.
 *
 * Expected numbers (rule): in a body collapsed onto one line the markers often follow a space, a
 * bare unit name or a `责任单位:` label instead of a sentence end. A marker that carries the next
 * number of its level (`2.` after `1.`, `(三)` after `(二)`, `二、` after `一、`) is strong evidence
 * wherever it stands, unless a digit, a numeral, a letter or an ordinal word (第, 条, 款, 项 …) is
 * glued before it (`十二、`, `第二、第三批`, `第(二)项`); a first child (`1.` after a new `(一)`)
 * counts after a space. Numbers only count from markers that opened blocks, so an inline list
 * (below) never makes its own items expected.
 *
 * Inline lists (rule): a level-3/4 marker right after `:` in the middle of a line opens a list
 * that belongs to the text of the item it is in (`……以下6种途径:1.……;\n2.……`); the following
 * markers of the same kind with the next ordinal stay in that text when they come after `;`/`。`
 * in the line, or at a line start after a line ending in `;`/`:`. Line-initial items after a
 * line ending in `:` (no list opened mid-line) are ordinary numbered items.
 */
import { headerKind } from '../tables/header.js';
import { matchMarker, type MarkerKind, type MarkerMatch } from './markers.js';

export interface Block {
  /** Doc offset of the block (of its marker when it has one). */
  readonly start: number;
  /** Exclusive end, trailing spaces dropped. */
  readonly end: number;
  /** Offset after the marker and its spaces (== start for an unmarked block). */
  readonly bodyStart: number;
  readonly marker: MarkerMatch | null;
  /** True when the block begins a line. */
  readonly lineStart: boolean;
}

const SENTENCE_END = new Set(['。', ';', ':', '!', '?', '；', '：']);
const CLOSERS = new Set([')', ']', '〕', '】', '）']);
/**
 * Char-code flags for the per-character scan of a line: a string and a Set lookup per char was
 * the segment stage's top cost. Bit 1: sentence end, bit 2: closer.
 */
const CUT_AFTER = new Uint8Array(0x10000);
for (const ch of SENTENCE_END) CUT_AFTER[ch.charCodeAt(0)] |= 1;
for (const ch of CLOSERS) CUT_AFTER[ch.charCodeAt(0)] |= 2;
const LIST_CONTINUE_INLINE = new Set(['。', ';', '；']);
const LIST_CONTINUE_LINE = new Set([';', ':', '；', '：']);
/**
 * A collapsed plan glues its first heading to its title (`……工作要点一、加强……`) or to the header
 * row of its task table (`……分解表工作任务牵头单位责任单位工作要求一、加强……`): the first `一、` of
 * the text right after a plan-type noun or a table header word (tables/header.ts) opens the body.
 * Only those, so `统一、规范` and `唯一、` stay text.
 */
const PLAN_NOUN = new Set([
  '要点',
  '方案',
  '计划',
  '规划',
  '意见',
  '安排',
  '措施',
  '细则',
  '办法',
  '清单',
  '要點',
  '計劃',
  '規劃',
  '細則',
  '辦法',
]);
/** A marker glued to a heading without punctuation must come this close to the heading's marker. */
const HEADING_GLUE_MAX = 50;
/**
 * Characters that make a number glued after them part of the text, not a marker: digits and
 * letters (`V2.`, `12.`), numerals (`十二、`), and ordinal or citation words (`第二、`, `条(二)`,
 * `之一、`, `第一部分(二)`, `附件2.`, `附表3.`, `详见(三)`).
 */
const NOT_BEFORE_MARKER = new Set([...'第条款项章节号之其分件表图见', ...'零〇一二三四五六七八九十百两']);
function gluedToNumber(text: string, pos: number): boolean {
  if (pos === 0) return false;
  const ch = text[pos - 1];
  return NOT_BEFORE_MARKER.has(ch) || /[0-9A-Za-z０-９]/.test(ch);
}

/**
 * Lengths tried, in this order, for a header word before a glued first `一、`: most are four
 * characters (工作任务, 牵头单位, 完成时限), some two (序号, 备注). No longer tries: the header
 * patterns match a word inside a longer text (`护任务分解表` holds 任务), which would eat the title.
 */
const HEADER_WORD_LENGTHS = [4, 2];
const HEADER_SEPARATORS = new Set(['/', '|', '、', ' ', '\u3000', '\t']);

/**
 * Where the body opens before a first `一、` at `i` (the line starts at `s`): at `i` after a
 * plan-type noun, at the start of a run of table header words that ends at `i` (so the run is
 * cut off the title before it), or -1.
 */
function bodyOpening(text: string, s: number, i: number): number {
  if (i - s >= 2 && PLAN_NOUN.has(text.slice(i - 2, i))) return i;
  let j = i;
  let last = 0;
  for (;;) {
    let k = j;
    while (k > s && HEADER_SEPARATORS.has(text[k - 1])) k--;
    // `配合/责任单位`: the word before a slash shares the tail of the word after it.
    const tail = k < j && text[k] === '/' && last >= 2 ? text.slice(j + last - 2, j + last) : '';
    const len = HEADER_WORD_LENGTHS.find(
      (n) => k - n >= s && (isHeaderWord(text.slice(k - n, k)) || (tail !== '' && isHeaderWord(text.slice(k - n, k) + tail))),
    );
    if (len === undefined) break;
    j = k - len;
    last = len;
  }
  return j < i ? j : -1;
}

/** Plan nouns that also end header words (具体措施, 时间安排). */
const HEADER_PLAN_NOUNS = new Set(['措施', '安排']);

/**
 * A header word that ends where the text does: the header patterns also match inside longer
 * text, so a word whose last char they do not need (`任务清单`, `作任务表`: the title's end) is
 * none, nor is a plan noun; the lead pattern alone ends open (`牵头单位` as well as `牵头`), and a
 * two-char word (序号) is whole.
 */
function isHeaderWord(word: string): boolean {
  const kind = headerKind(word);
  if (kind === null || (PLAN_NOUN.has(word.slice(-2)) && !HEADER_PLAN_NOUNS.has(word.slice(-2)))) return false;
  return kind === 'lead' || word.length <= 2 || headerKind(word.slice(0, -1)) !== kind;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

interface ListState {
  kind: MarkerKind;
  next: number;
}

class BlockSplitter {
  readonly blocks: Block[] = [];
  private readonly lastOrdinal = [0, 0, 0, 0, 0];
  private readonly lastKind: (MarkerKind | null)[] = [null, null, null, null, null];
  /** Count of markers opened so far, and that count when each level last opened one. */
  private opened = 0;
  private readonly openedAt = [0, 0, 0, 0, 0];
  private list: ListState | null = null;
  private prevLineEnd = '';
  private cur: { start: number; bodyStart: number; marker: MarkerMatch | null; lineStart: boolean } | null = null;
  private headingOpen = false;

  constructor(private readonly text: string) {}

  run(): Block[] {
    const text = this.text;
    let ls = 0;
    while (ls <= text.length) {
      let le = text.indexOf('\n', ls);
      if (le < 0) le = text.length;
      this.line(ls, le);
      ls = le + 1;
    }
    return this.blocks;
  }

  private line(ls: number, le: number): void {
    const text = this.text;
    let s = ls;
    let e = le;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (s >= e) return;
    this.finish(s);
    const first = matchMarker(text, s);
    if (first && first.end <= e && !this.absorbAtLineStart(first)) this.open(first.start, first, true);
    else this.open(s, null, true);
    const scanFrom = this.cur!.bodyStart;
    for (let i = scanFrom; i < e; i++) {
      const cut = CUT_AFTER[text.charCodeAt(i)];
      if (cut !== 0) {
        const ch = text[i];
        let j = i + 1;
        while (j < e && isSpaceCode(text.charCodeAt(j))) j++;
        const m = j < e ? matchMarker(text, j) : null;
        // Before the cut: a marker accepted here opens a fresh heading.
        if (cut & 1) this.headingOpen = false;
        if (m && m.end <= e) this.inlineAfterPunct(ch, m);
      } else {
        const m = matchMarker(text, i);
        if (m === null || m.end > e || m.start <= this.cur!.bodyStart) continue;
        const cur = this.cur!;
        if (this.headingOpen && cur.marker && i - cur.bodyStart <= HEADING_GLUE_MAX && this.gluedToHeading(m)) this.accept(m);
        else if (this.expected(m)) this.accept(m);
        else if (m.level === 1 && m.ordinal === 1 && this.lastOrdinal[1] === 0) {
          const at = bodyOpening(text, s, i);
          if (at >= 0 && at < i) {
            // The header run is a line of its own, neither the title's nor the first heading's.
            this.finish(at);
            this.open(at, null, false);
          }
          if (at >= 0) this.accept(m);
        }
      }
    }
    this.prevLineEnd = text[e - 1];
    this.finish(e);
  }

  private absorbAtLineStart(m: MarkerMatch): boolean {
    const list = this.list;
    if (list && m.kind === list.kind && m.ordinal === list.next && LIST_CONTINUE_LINE.has(this.prevLineEnd)) {
      list.next++;
      return true;
    }
    return false;
  }

  private inlineAfterPunct(ch: string, m: MarkerMatch): void {
    const list = this.list;
    if (list && m.kind === list.kind && m.ordinal === list.next && LIST_CONTINUE_INLINE.has(ch)) {
      list.next++;
      return;
    }
    if ((ch === ':' || ch === '：') && m.level >= 3) {
      this.list = { kind: m.kind, next: m.ordinal + 1 };
      return;
    }
    this.accept(m);
  }

  /** The expected-numbers rule (see the file comment), for a marker inside a line. */
  private expected(m: MarkerMatch): boolean {
    if (gluedToNumber(this.text, m.start)) return false;
    if (this.list && this.list.kind === m.kind) return false;
    const level = m.level;
    const last = this.lastOrdinal[level];
    if (last > 0 && m.ordinal === last + 1 && this.lastKind[level] === m.kind) return true;
    if (m.ordinal !== 1 || !isSpaceCode(this.text.charCodeAt(m.start - 1))) return false;
    // A first child: something shallower opened since this level's last marker.
    for (let l = 1; l < level; l++) if (this.openedAt[l] > this.openedAt[level]) return true;
    return level === 1 && this.opened === 0;
  }

  private gluedToHeading(m: MarkerMatch): boolean {
    const cur = this.cur!.marker!;
    if (m.level <= cur.level) return false;
    return m.ordinal === 1 || m.ordinal === this.lastOrdinal[m.level] + 1;
  }

  private accept(m: MarkerMatch): void {
    this.finish(m.start);
    this.open(m.start, m, false);
  }

  private open(start: number, marker: MarkerMatch | null, lineStart: boolean): void {
    this.cur = { start, bodyStart: marker ? marker.end : start, marker, lineStart };
    if (marker) {
      // Deeper levels are not reset: level-2 numbering may continue across level-1 sections.
      this.lastOrdinal[marker.level] = marker.ordinal;
      this.lastKind[marker.level] = marker.kind;
      this.openedAt[marker.level] = ++this.opened;
      this.list = null;
      this.headingOpen = true;
    } else {
      this.headingOpen = false;
    }
  }

  /** Closes the current block at `end` (trailing spaces dropped). */
  private finish(end: number): void {
    const cur = this.cur;
    if (!cur) return;
    let e = end;
    while (e > cur.start && (isSpaceCode(this.text.charCodeAt(e - 1)) || this.text.charCodeAt(e - 1) === 0x0a)) e--;
    // Fields spelled out: a spread per block cost more than the rest of finish().
    if (e > cur.start) {
      this.blocks.push({
        start: cur.start,
        bodyStart: cur.bodyStart,
        marker: cur.marker,
        lineStart: cur.lineStart,
        end: Math.max(e, cur.bodyStart),
      });
    }
    this.cur = null;
  }
}

/** Splits a document's text into blocks (linear in the text length). */
export function splitBlocks(text: string): Block[] {
  return new BlockSplitter(text).run();
}
