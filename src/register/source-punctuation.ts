/**
 * The source's punctuation for the clerk's table. Normalisation folds full-width ASCII forms to
 * half-width (`，` → `,`, `（` → `(`), so every later stage reads one spelling; the register keeps
 * that normalised text. A clerk pastes table cells into official documents, where `，；：（）` are
 * the right forms, so the table (CSV, workbook, review page) shows the punctuation the notice was
 * written with. Only punctuation width is undone: script conversion, dropped spaces between CJK
 * characters and joined lines stay as the register has them, and digits and letters stay
 * half-width (a folded `１` is not worth a mixed-width cell).
 *
 * The register carries where each task starts in the source (line and column of its marker) but
 * not the normalise stage's source map, so the text is aligned against the source from there:
 * char by char, skipping what normalisation drops (spaces, line breaks, zero-width chars) and
 * stepping over what it cannot explain (script conversion, a stripped fragment) with a short
 * look-ahead. The result always folds back to the register's text: a char is replaced only by
 * its own full-width twin, so a wrong alignment can at worst leave a comma half-width.
 */
import type { Register, RegisterDocument, Section, Task } from '../core/register.js';
import { foldWidth } from '../core/zh/width.js';

/** How far past the task's marker its text may start (a long marker, an indent, a table cell). */
const START_WINDOW = 64;
/** Chars compared to accept a resynchronisation, and to find the start. */
const PROBE = 4;
const START_PROBE = 8;
/** How far ahead in the source a resynchronisation looks (a stripped pinyin gloss, a glued footer). */
const RESYNC_WINDOW = 64;
/** How far a lost alignment searches the source for the text's next words. */
const FAR_WINDOW = 4000;
/** How far past a task's start its units are looked for (its annotation closes the text). */
const UNIT_WINDOW = 2000;

/** Full-width punctuation (U+FF01–FF5E without digits and letters): the chars this module restores. */
export function isFullWidthPunctuation(code: number): boolean {
  if (code < 0xff01 || code > 0xff5e) return false;
  const half = code - 0xfee0;
  return !((half >= 0x30 && half <= 0x39) || (half >= 0x41 && half <= 0x5a) || (half >= 0x61 && half <= 0x7a));
}

/** What normalisation drops or turns into one space: spaces of every width, line breaks, zero-width chars. */
function isDroppable(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0xfeff
  );
}

/** Whether source char `s` is text char `t` as normalisation writes it (width folded). */
function same(s: number, t: number): boolean {
  return s === t || foldWidth(s) === t;
}

/** Source offset after `p` skipping droppable chars, up to `end`. */
function skip(source: string, p: number, end: number): number {
  while (p < end && isDroppable(source.charCodeAt(p))) p++;
  return p;
}

/**
 * How many of the next `n` non-space chars of text from `i` equal, position by position, the
 * source's non-droppable chars from `p` (width folded); `compared` is how many there were.
 */
function score(
  text: string,
  i: number,
  source: string,
  p: number,
  end: number,
  n: number,
): { matched: number; compared: number } {
  let matched = 0;
  let compared = 0;
  for (let k = i; k < text.length && compared < n; k++) {
    const t = text.charCodeAt(k);
    if (t === 0x20) continue;
    p = skip(source, p, end);
    if (p >= end) break;
    if (same(source.charCodeAt(p), t)) matched++;
    compared++;
    p++;
  }
  return { matched, compared };
}

/** Whether text from `i` reads exactly as the source from `p` for PROBE chars (or to the text's end). */
function alignsAt(text: string, i: number, source: string, p: number, end: number): boolean {
  const { matched, compared } = score(text, i, source, p, end, PROBE);
  return matched === compared && (compared > 0 || i >= text.length);
}

/** Whether text from `i` is the source from `p` with some chars converted (script): half of PROBE chars or more equal. */
function mostlyAt(text: string, i: number, source: string, p: number, end: number): boolean {
  const { matched, compared } = score(text, i, source, p, end, PROBE);
  return compared === 0 ? i >= text.length : 2 * matched >= compared;
}

/**
 * The source offset where `text` starts: the offset in the window whose next START_PROBE chars
 * equal most of the text's first ones (script conversion changes some of them, so half will do),
 * the earliest of equals; -1 when there is none.
 */
function startOf(text: string, source: string, from: number, end: number): number {
  let best = -1;
  let bestMatched = 0;
  for (let q = Math.max(0, from); q < Math.min(end, from + START_WINDOW); q++) {
    if (isDroppable(source.charCodeAt(q))) continue;
    const { matched, compared } = score(text, 0, source, q, end, START_PROBE);
    if (matched > bestMatched && 2 * matched >= compared && matched >= Math.min(2, compared)) {
      best = q;
      bestMatched = matched;
      if (matched === compared) break;
    }
  }
  return best;
}

/** Chars of the text's first words searched for when the start is not near the marker. */
const PREFIX = 12;

/**
 * Where the text's first words occur in the source at or after `from`, searched in the source
 * with its punctuation folded (`folded`, the same length): the fallback for a task whose column
 * is not where its text starts (a table flattened onto one long line gives its rows column 1).
 */
function prefixAt(text: string, i: number, folded: string, from: number, end: number): number {
  const prefix = text
    .slice(i, i + PREFIX)
    .trimStart()
    .split(' ')[0];
  if (prefix.length < 2) return -1;
  const at = folded.indexOf(prefix, from);
  return at >= 0 && at < end ? at : -1;
}

/**
 * `text` (normalised, as the register holds it) with the full-width punctuation of the source
 * span it was read from, starting the search at source offset `from` (the task's marker).
 * Failing a start within START_WINDOW chars, the text's first words are searched for from there
 * on (`folded`: the source with its punctuation folded, when the caller has it); found nowhere,
 * `text` is returned as it is.
 */
export function sourcePunctuation(text: string, source: string, from: number, end = source.length, folded = ''): string {
  if (!/[!-/:-@[-`{-~]/.test(text)) return text; // no half-width punctuation: nothing to restore
  let p = startOf(text, source, from, end);
  const fold = folded || foldedPunctuation(source);
  if (p < 0) p = prefixAt(text, 0, fold, from, end);
  if (p < 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const t = text.charCodeAt(i);
    const q = skip(source, p, end);
    const at = q < end && same(source.charCodeAt(q), t) ? q : t === 0x20 ? -1 : realign(text, i, source, q, end, fold);
    if (at >= 0) {
      const s = source.charCodeAt(at);
      out += s !== t && isFullWidthPunctuation(s) ? source[at] : text[i];
      p = at + 1;
      continue;
    }
    out += text[i];
    // A space the text has where the source had a line break or nothing (a joined line), a char
    // converted to the other script, or one the source lacks.
    p = t === 0x20 || (!mostlyAt(text, i + 1, source, q + 1, end) && alignsAt(text, i + 1, source, q, end)) ? q : q + 1;
  }
  return out;
}

/**
 * Where text[i], which failed to align at source offset `q`, sits in the source: -1 when it was
 * converted (script: the text after it mostly aligns after `q`) or cannot be found; else the offset
 * after a fragment the source holds and the text lost (a stripped pinyin gloss, a glued footer),
 * or where its next words occur further on.
 */
function realign(text: string, i: number, source: string, q: number, end: number, folded: string): number {
  if (mostlyAt(text, i + 1, source, q + 1, end)) return -1;
  for (let d = 1; d <= RESYNC_WINDOW && q + d < end; d++) if (alignsAt(text, i, source, q + d, end)) return q + d;
  // Further on: a table row whose cells the text joins in another order, or across other cells.
  const at = prefixAt(text, i, folded, q, Math.min(end, q + FAR_WINDOW));
  return at >= 0 && alignsAt(text, i, source, at, end) ? at : -1;
}

/**
 * `name` with the punctuation of its first occurrence in source[from, to), width folded when
 * searching (`folded`: the source with its punctuation folded, when the caller has it).
 */
export function sourcePunctuationNear(name: string, source: string, from: number, to: number, folded = ''): string {
  if (!/[!-/:-@[-`{-~]/.test(name)) return name;
  const start = (folded || foldedPunctuation(source)).indexOf(name, Math.max(0, from));
  if (start < 0 || start + name.length > to) return name;
  let out = '';
  for (let k = 0; k < name.length; k++) {
    const s = source.charCodeAt(start + k);
    out += s !== name.charCodeAt(k) && isFullWidthPunctuation(s) ? source[start + k] : name[k];
  }
  return out;
}

/** `text` with full-width punctuation folded (and only that): same length, for searching. */
function foldedPunctuation(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) =>
    isFullWidthPunctuation(c.charCodeAt(0)) ? String.fromCharCode(foldWidth(c.charCodeAt(0))) : c,
  );
}

/** UTF-16 offset of each line's start in `source`. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The register as the clerk's table shows it: task texts, units and section headings with the
 * source's full-width punctuation. `source` is the text the register's lines and columns refer
 * to (the decoded input, or for HTML and Word files the text extracted from them). The register
 * itself (YAML, JSON) keeps the normalised text: goldens, lint and diff read that one spelling.
 */
export function withSourcePunctuation(register: Register, source: string): Register {
  const starts = lineStarts(source);
  const folded = foldedPunctuation(source);
  const offset = (line: number, column = 1): number => (starts[line - 1] ?? source.length) + column - 1;
  const lineEnd = (line: number): number => starts[line] ?? source.length;
  const section = (s: Section): Section => {
    const from = offset(s.line);
    return {
      ...s,
      marker: sourcePunctuationNear(s.marker, source, from, lineEnd(s.line), folded),
      title: sourcePunctuation(s.title, source, from, source.length, folded),
      sections: s.sections.map(section),
    };
  };
  const task = (t: Task): Task => {
    const from = offset(t.line, t.column);
    const near = (name: string): string => sourcePunctuationNear(name, source, from, from + t.text.length + UNIT_WINDOW, folded);
    return {
      ...t,
      text: sourcePunctuation(t.text, source, from, source.length, folded),
      leads: t.leads.map(near),
      owners: t.owners.map(near),
      unitsText: t.unitsText === null ? null : near(t.unitsText),
    };
  };
  const document = (d: RegisterDocument): RegisterDocument => ({
    ...d,
    sections: d.sections.map(section),
    tasks: d.tasks.map(task),
  });
  return { ...register, documents: register.documents.map(document) };
}
