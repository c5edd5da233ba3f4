/**
 * "Nothing lost", made checkable. Two ledgers:
 *
 * 1. Lines: every non-blank line of the source text (the decoded text, or for HTML the text
 *    extracted from it) has a character in some kept document (through the document's source
 *    map) or lies within a stripped entry (its line, plus the lines its quoted text spans).
 * 2. Kept text: every character of each kept document is claimed by the register. The document
 *    text and every string the register took from it (notice fields, title, issuer, disclosure,
 *    preamble, closing, 版记 fields, section markers/titles/intros, task markers/titles/texts/
 *    unitsText, warning messages) are compared with all whitespace removed (fields join broken
 *    lines). Strings are struck out longest first, each once; then the titles and the written
 *    forms of the register's ISO dates wherever they still occur untaken (a notice quotes its
 *    plan's title). What remains must be runs of punctuation, structure markers or the labels
 *    the segmenter drops (抄送:, 主题词:, ……印发); any other run is reported with its offset.
 *
 * Both are pure functions of the pipeline's output, so property tests and the fuzz runner share them.
 */
import { toSource } from '../../src/core/source-map.js';
import type { CleanOutput, ParseOutput } from '../../src/pipeline.js';
import type { Register, RegisterDocument, Section } from '../../src/core/register.js';

export interface Residue {
  /** 1-based document number. */
  readonly document: number;
  /** Offset in the document text of the run's first character. */
  readonly offset: number;
  readonly text: string;
}

/** Non-blank source lines that are neither kept nor stripped (1-based). */
export function unaccountedLines(clean: CleanOutput): number[] {
  const index = clean.lineIndex;
  const lineCount = index.starts.length;
  const covered = new Uint8Array(lineCount + 2);
  for (const doc of clean.mapped) {
    for (let o = 0; o < doc.text.length; o++) {
      const c = doc.text.charCodeAt(o);
      if (c === 10 || c === 32) continue;
      covered[lineOf(index.starts, toSource(doc.map, o))] = 1;
    }
  }
  for (const s of clean.stripped) {
    const span = s.text.split('\n').length;
    for (let l = s.line; l < s.line + span && l <= lineCount; l++) covered[l] = 1;
  }
  const missing: number[] = [];
  const text = clean.sourceText;
  for (let l = 1; l <= lineCount; l++) {
    const start = index.starts[l - 1];
    const end = l < lineCount ? index.starts[l] : text.length;
    if (!covered[l] && /\S/.test(text.slice(start, end).replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, ''))) missing.push(l);
  }
  return missing;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Titles and issuers recur (a page heading repeats the notice title, the notice body quotes the
 * plan title, the signature repeats the issuer): after the first pass they claim every untaken
 * occurrence.
 */
export function recurringStrings(doc: RegisterDocument): string[] {
  return [doc.title, doc.notice?.title, doc.issuer, doc.notice?.issuer].filter(
    (s): s is string => typeof s === 'string' && s.trim() !== '',
  );
}

/** Every string the register claims from one document; in the first pass each claims one occurrence. */
export function claimedStrings(doc: RegisterDocument, register: Register): string[] {
  const out: Array<string | null | undefined> = [doc.title, doc.issuer, doc.disclosure, doc.preamble, doc.closing];
  if (doc.notice) out.push(doc.notice.title, doc.notice.issuer, doc.notice.docNumber, doc.notice.recipients, doc.notice.body);
  if (doc.record) out.push(doc.record.keywords, doc.record.cc, doc.record.printedBy);
  const walk = (s: Section): void => {
    out.push(s.marker, s.title, s.intro);
    s.sections.forEach(walk);
  };
  doc.sections.forEach(walk);
  for (const t of doc.tasks) out.push(t.marker, t.title, t.text, t.unitsText);
  for (const w of register.warnings) if (w.line >= doc.line && w.line <= doc.endLine) out.push(w.message);
  return out.filter((s): s is string => typeof s === 'string' && s.trim() !== '');
}

const WS = /\s/u;
const CN_DIGITS = '〇一二三四五六七八九';
const cnNumber = (n: number): string =>
  n < 10 ? CN_DIGITS[n] : `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;

/** The ways an ISO date of the register may be written in the text (2019年7月2日, 二〇一九年七月二日…). */
export function writtenDates(doc: RegisterDocument): string[] {
  const isos = [doc.date, doc.notice?.date, doc.record?.printedDate].filter((d): d is string => typeof d === 'string');
  return [...new Set(isos)].flatMap((iso) => {
    const [y, m, d] = iso.split('-');
    const [mn, dn] = [Number(m), Number(d)];
    const cnYear = [...y].map((c) => CN_DIGITS[Number(c)]).join('');
    return [
      `${y}年${mn}月${dn}日`,
      `${y}年${m}月${d}日`,
      `${cnYear}年${cnNumber(mn)}月${cnNumber(dn)}日`,
      `${cnYear.replace(/〇/g, '○')}年${cnNumber(mn)}月${cnNumber(dn)}日`,
      `${y}-${m}-${d}`,
    ];
  });
}
/** Labels of fields the segmenter reads without their label. */
const LABELS = /抄送|主题词|关键词|主送机关|发文字号|附注|此页无正文|印发$/gu;
/** What may be left: punctuation, symbols and structure markers (一、 (一) 1. (1) ① 第一条). */
const ALLOWED_REST = /^(?:[\p{P}\p{S}\p{Z}]|第?[一二三四五六七八九十百零〇\d]{1,4}[条章节部分]?|[①-⑳])*$/u;

function allowed(run: string): boolean {
  const rest = run.replace(LABELS, '');
  return ALLOWED_REST.test(rest);
}

/**
 * Residue of each kept document after striking out what the register claims; empty when the
 * register accounts for all kept text. `documents` are the clean output's documents (same order
 * as register.documents).
 */
export function unaccountedText(documents: readonly { readonly text: string }[], register: Register): Residue[] {
  const residue: Residue[] = [];
  documents.forEach((d, i) => {
    const doc = register.documents[i];
    if (!doc) {
      if (/\S/.test(d.text)) residue.push({ document: i + 1, offset: 0, text: d.text.slice(0, 200) });
      return;
    }
    // Compact text with whitespace removed, and the original offset of each compact character.
    const offsets: number[] = [];
    let compact = '';
    for (let o = 0; o < d.text.length; o++) {
      if (!WS.test(d.text[o])) {
        compact += d.text[o];
        offsets.push(o);
      }
    }
    const taken = new Uint8Array(compact.length);
    // Paragraph by paragraph: a field's paragraphs need not be adjacent in the text (a notice body
    // around a stray 发文字号, a preamble that starts before the plan title).
    const pieces = claimedStrings(doc, register)
      .flatMap((s) => s.split('\n'))
      .map((s) => s.replace(/\s+/gu, ''))
      .filter((s) => s !== '')
      .toSorted((a, b) => b.length - a.length);
    for (const piece of pieces) strike(compact, taken, piece);
    for (const title of recurringStrings(doc)) strikeAll(compact, taken, title.replace(/\s+/gu, ''));
    for (const date of writtenDates(doc)) strikeAll(compact, taken, date);
    let run = '';
    let runStart = -1;
    const flush = (): void => {
      if (run !== '' && !allowed(run)) residue.push({ document: i + 1, offset: offsets[runStart], text: run.slice(0, 200) });
      run = '';
      runStart = -1;
    };
    for (let c = 0; c < compact.length; c++) {
      if (taken[c]) flush();
      else {
        if (runStart < 0) runStart = c;
        run += compact[c];
      }
    }
    flush();
  });
  return residue;
}

/** Marks the first untaken occurrence of `piece` in `compact`. */
function strike(compact: string, taken: Uint8Array, piece: string): void {
  let from = 0;
  for (;;) {
    const at = compact.indexOf(piece, from);
    if (at < 0) return;
    let free = true;
    for (let k = at; k < at + piece.length && free; k++) if (taken[k]) free = false;
    if (free) {
      taken.fill(1, at, at + piece.length);
      return;
    }
    from = at + 1;
  }
}

/** Marks every occurrence of `piece` (overlapping what the first pass took is fine). */
function strikeAll(compact: string, taken: Uint8Array, piece: string): void {
  if (piece === '') return;
  for (let at = compact.indexOf(piece); at >= 0; at = compact.indexOf(piece, at + piece.length))
    taken.fill(1, at, at + piece.length);
}

/** Both ledgers for one parse; empty arrays mean everything is accounted for. */
export function account(out: ParseOutput): { lines: number[]; residue: Residue[] } {
  return { lines: unaccountedLines(out.clean), residue: unaccountedText(out.clean.documents, out.register) };
}
