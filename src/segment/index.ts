/**
 * parseDocument: one cleaned document → its register entry. Order: blocks (lines cut at inline
 * markers) → end matter (版记) → front matter (notice, title, preamble) → numbered tree →
 * closing → sections and tasks (units, deadlines, targets from src/extract).
 */
import type { Point } from '../core/position.js';
import type { PageMeta, RegisterDocument, RegisterWarning } from '../core/register.js';
import type { MappedText } from '../core/source-map.js';
import { parseBackMatter } from './back-matter.js';
import { splitBlocks, type Block } from './blocks.js';
import { takeClosing } from './closing.js';
import { findIsoDate, findYear } from './dates.js';
import { parseFrontMatter } from './front-matter.js';
import { joinParagraphs, type TextLine } from './lines.js';
import { toSections } from './sections.js';
import { collectTasks } from './tasks.js';
import { buildTree } from './tree.js';

export interface DocumentContext {
  /** 1-based position of the document in the input. */
  readonly index: number;
  /** Source point of an offset in the document's text. */
  pointOf(offsetInDocText: number): Point;
  readonly pageMeta: PageMeta;
}

export interface ParsedDocument {
  readonly document: RegisterDocument;
  readonly warnings: RegisterWarning[];
}

export { splitBlocks, type Block } from './blocks.js';
export { matchMarker, type MarkerMatch, type MarkerLevel, type MarkerKind } from './markers.js';
export { findYear } from './dates.js';

function toLines(text: string, blocks: readonly Block[]): TextLine[] {
  return blocks.map((b) => ({ start: b.start, end: b.end, text: text.slice(b.start, b.end) }));
}

export function parseDocument(doc: MappedText, ctx: DocumentContext): ParsedDocument {
  const text = doc.text;
  const lineOf = (offset: number): number => ctx.pointOf(offset).line;
  const blocks = splitBlocks(text);
  const firstMarked = blocks.findIndex((b) => b.marker !== null);
  let lastMarked = -1;
  for (let i = blocks.length - 1; i >= 0 && lastMarked < 0; i--) if (blocks[i].marker) lastMarked = i;
  // End matter: whole lines after the last numbered line (or after everything when none).
  const tailFrom = lastMarked + 1;
  const tail = blocks.slice(tailFrom).filter((b) => b.lineStart);
  const back = parseBackMatter(toLines(text, tail), lineOf, firstMarked < 0);
  const bodyEnd = back.from < tail.length ? blocks.indexOf(tail[back.from]) : blocks.length;
  const frontEnd = firstMarked < 0 ? bodyEnd : firstMarked;
  const front = parseFrontMatter(toLines(text, blocks.slice(0, frontEnd)), lineOf, ctx.pageMeta);
  const year = findYear(front.title ?? '') ?? yearOf(front.notice?.date ?? null) ?? findYear(front.notice?.title ?? '');
  let warnings: RegisterWarning[] = front.warnings;
  let sections: RegisterDocument['sections'] = [];
  let tasks: RegisterDocument['tasks'] = [];
  let closing: string | null = null;
  if (firstMarked >= 0) {
    const tree = buildTree(text, blocks, firstMarked, bodyEnd, lineOf);
    const found = takeClosing(text, tree.roots, lineOf);
    closing = joinParagraphs(found.blocks.map((b) => text.slice(b.start, b.end)));
    sections = toSections(text, tree.roots, lineOf);
    const collected = collectTasks(tree.nodes, { text, year, date: front.notice?.date ?? back.date, pointOf: ctx.pointOf });
    tasks = collected.tasks;
    // concat, not push(...): a pathological text can carry more warnings than the call stack takes.
    warnings = warnings.concat(tree.warnings, found.warnings, collected.warnings);
  }
  const notice = front.notice;
  const lastChar = lastContentOffset(text);
  const document: RegisterDocument = {
    index: ctx.index,
    title: front.title,
    notice,
    issuer: notice?.issuer ?? back.signature ?? null,
    date: notice?.date ?? back.date ?? pageDate(ctx.pageMeta),
    year,
    disclosure: front.disclosure ?? back.disclosure,
    preamble: front.preamble,
    closing,
    record: back.record,
    script: 'unknown',
    sections,
    tasks,
    line: lineOf(firstContentOffset(text)),
    endLine: lineOf(lastChar),
  };
  return { document, warnings: warnings.toSorted((a, b) => a.line - b.line) };
}

function yearOf(iso: string | null): number | null {
  return iso ? Number(iso.slice(0, 4)) : null;
}

function pageDate(meta: PageMeta): string | null {
  return meta.date ? findIsoDate(meta.date) : null;
}

function firstContentOffset(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

function lastContentOffset(text: string): number {
  let i = text.length - 1;
  while (i > 0 && /\s/.test(text[i])) i--;
  return Math.max(0, i);
}
