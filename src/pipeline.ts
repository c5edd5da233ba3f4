/**
 * The one place the stages meet. Every stage is a pure function; this file decides their order
 * and carries the source map through, so every line number points at the decoded input.
 */
import { createHash, hash } from 'node:crypto';
import { InputError } from './core/errors.js';
import { said } from './i18n/catalogue.js';
import { indexLines, pointAt, type LineIndex, type Point, type Position } from './core/position.js';
import { identity, toSource, type MappedText } from './core/source-map.js';
import type { Message } from './core/message.js';
import type { PageMeta, Register, RegisterWarning, Script, StrippedLine } from './core/register.js';
import { decodeBytes, decodeString, type DecodedText } from './decode/index.js';
import { htmlToText, type DomNode } from './html/index.js';
import { normalizeText, readDocument, countScriptChars, scriptOf, loadConverter, type ScriptCounts } from './normalize/index.js';
import { cleanText, type Removal } from './clean/index.js';
import {
  findYear,
  parseDocument,
  readMarker,
  walk,
  type DocumentNode,
  type RootNode,
  type StrippedNode,
} from './segment/index.js';
import { assertValidRegister } from './register/index.js';
import { toRegister, toRegisterDocument } from './register/from-tree.js';
import { convertRegisterScript } from './convert/register-script.js';
import {
  appendTableTasks,
  cutLines,
  cutRanges,
  findTaskTables,
  introducingSection,
  mayHoldTable,
  nestTableTasks,
  tableToTasks,
  type LocatedTaskTable,
  type TablePlaces,
} from './tables/index.js';
import { foldWidthText } from './core/zh/index.js';
import { pushAll } from './core/arrays.js';

export type OutputScript = 'original' | 'simplified' | 'traditional';

export interface PipelineOptions {
  /** Path recorded in the register's source (relative to the working folder), or null. */
  readonly path?: string | null;
  /** Overrides encoding detection ('gbk', 'big5', 'utf-8', …). */
  readonly encoding?: string;
  /** Script of the text fields in the output. */
  readonly script?: OutputScript;
  /** The file as received, when `input` is its conversion (a Word file's HTML): hashed and named as the source. */
  readonly original?: { readonly bytes: Uint8Array; readonly format: 'docx' };
}

/** Converts text between scripts; injected so tests and callers can swap opencc-js out. */
export type ScriptConverterLoader = (
  from: 'simplified' | 'traditional',
  to: 'simplified' | 'traditional',
) => (text: string) => string;

export interface PipelineDeps {
  readonly loadConverter?: ScriptConverterLoader;
}

/** One document after cleaning, with the means to point back at the input. */
export interface CleanDocument {
  readonly text: string;
  readonly script: Script;
  /** Source line of each line of `text` (index 0 = first line). */
  readonly lines: readonly number[];
}

export interface CleanOutput {
  readonly decoded: DecodedText;
  /** The text positions refer to: the decoded text, or for HTML the text extracted from it. */
  readonly sourceText: string;
  readonly documents: readonly CleanDocument[];
  readonly stripped: readonly StrippedLine[];
  /** The same lines with where they stood in the source. */
  readonly strippedNodes: readonly StrippedNode[];
  readonly pageMeta: PageMeta;
  readonly script: Script;
  readonly messages: readonly Message[];
  /** Internal: the mapped documents, for parse. */
  readonly mapped: readonly MappedText[];
  /** Internal: an HTML page's DOM, for its task tables (parsed once, by the HTML stage). */
  readonly htmlDom: DomNode | null;
  readonly lineIndex: LineIndex;
}

export interface ParseOutput {
  readonly register: Register;
  /**
   * The positioned tree the register was built from (core/tree.ts), in the input's script:
   * `--script` converts the register's text, not the tree's.
   */
  readonly tree: RootNode;
  readonly clean: CleanOutput;
  readonly messages: readonly Message[];
}

/** Input is bytes as received or an already-decoded string. */
export type PipelineInput = Uint8Array | string;

export function cleanInput(input: PipelineInput, options: PipelineOptions = {}, deps: PipelineDeps = {}): CleanOutput {
  const decoded: DecodedText =
    typeof input === 'string' ? decodeString(input) : decodeBytes(input, { encoding: options.encoding });
  const html = decoded.kind === 'html' ? pageText(decoded.text) : null;
  const sourceText = html ? html.text : decoded.text;
  rejectEmpty(input.length, decoded, sourceText, html?.title ?? null);
  const lineIndex = indexLines(sourceText);
  const normalized = normalizeText(identity(sourceText));
  const cleaned = cleanText(normalized);
  // The page's <title> is what the page states about itself; kept when cleaning found none.
  const pageMeta: PageMeta =
    html?.title && cleaned.pageMeta.title === undefined ? { ...cleaned.pageMeta, title: html.title } : cleaned.pageMeta;
  const target = options.script ?? 'original';
  // Read as readDocument reads them (normalised, joined, normalised), so cleaning the output changes
  // nothing. The cleaner's rejudge pass has read them already when its rounds settled.
  const mapped = cleaned.read ?? cleaned.documents.map((doc) => readDocument(doc).text);
  const converterFor = deps.loadConverter ?? loadConverter;
  // Counted once per document; the page's verdict is on the summed counts (the same as on the joined text).
  const counts = mapped.map((doc) => countScriptChars(doc.text));
  const documents = mapped.map((doc, i) => {
    const script = scriptOf(counts[i]);
    const text = convertText(doc.text, script, target, converterFor);
    return { text, script, lines: lineNumbers(doc, lineIndex) };
  });
  const stripped = cleaned.removals.map((r) => toStripped(r, lineIndex, sourceText));
  return {
    decoded,
    sourceText,
    documents,
    stripped,
    strippedNodes: cleaned.removals.map((r, i) => strippedNode(r, stripped[i], lineIndex)),
    pageMeta,
    script: scriptOf(
      counts.reduce<ScriptCounts>(
        (a, c) => ({ simplified: a.simplified + c.simplified, traditional: a.traditional + c.traditional }),
        { simplified: 0, traditional: 0 },
      ),
    ),
    messages: [...decoded.messages, ...cleaned.removals.map((r) => removalMessage(r, lineIndex))],
    mapped,
    lineIndex,
    htmlDom: html?.dom ?? null,
  };
}

/**
 * An HTML page's text and title, and its DOM only when the task-table reader will read it (the
 * page has a <table>): a 10 MB page's DOM is ~10 × its text, let go before the text stages run.
 */
function pageText(html: string): { readonly text: string; readonly title: string | null; readonly dom: DomNode | null } {
  const page = htmlToText(html);
  return { text: page.text, title: page.title, dom: mayHoldTable(html, page.text) ? page.dom : null };
}

export function parseInput(input: PipelineInput, options: PipelineOptions = {}, deps: PipelineDeps = {}): ParseOutput {
  const clean = cleanInput(input, options, deps);
  const warnings: RegisterWarning[] = [];
  const tables = taskTables(clean);
  const documents: DocumentNode[] = clean.mapped.map((mapped, i) => {
    const sourceLine = (offset: number): number => pointAt(clean.lineIndex, toSource(mapped.map, offset)).line;
    const lines = clean.documents[i].lines;
    // A document owns the tables from its first line up to the next document's (its last line
    // may start before a table on a line the text stage joined onto it).
    const next = clean.documents[i + 1]?.lines[0] ?? Number.POSITIVE_INFINITY;
    const own = tables.filter((t) => t.firstLine >= lines[0] && t.firstLine < next);
    // A table's rows are read as a table, not as paragraphs.
    const lined = own.filter((t) => t.range === undefined);
    const cut =
      lined.length === 0
        ? mapped
        : cutLines(mapped, sourceLine, (line) => lined.some((t) => line >= t.firstLine && line <= t.lastLine));
    // A table glued into a line of other text is cut out of that line only.
    const doc = cutRanges(
      cut,
      (offset) => toSource(cut.map, offset),
      own.flatMap((t) => (t.range === undefined ? [] : [t.range])),
    );
    const parsed = parseDocument(doc, {
      index: i + 1,
      pointOf: (offset: number): Point => pointAt(clean.lineIndex, toSource(doc.map, offset)),
      pageMeta: clean.pageMeta,
    });
    pushAll(warnings, parsed.warnings);
    let document: DocumentNode = { ...parsed.node, data: { ...parsed.node.data, script: clean.documents[i].script } };
    for (const t of own) document = withTable(document, t, clean.pageMeta, tablePlaces(clean.lineIndex, t));
    if (!hasTasks(document)) warnings.push(noTasksWarning(document));
    return document;
  });
  const bytes = options.original?.bytes ?? (typeof input === 'string' ? new TextEncoder().encode(input) : input);
  const target = options.script ?? 'original';
  const tree: RootNode = {
    type: 'root',
    data: {
      schemaVersion: '1.0',
      source: {
        path: options.path ?? null,
        sha256: sha256Hex(bytes),
        encoding: clean.decoded.encoding,
        format: options.original?.format ?? clean.decoded.kind,
        script: clean.script,
        outputScript: target,
      },
      pageMeta: clean.pageMeta,
      stripped: clean.stripped,
      warnings: [...decodeWarnings(clean), ...warnings].toSorted((a, b) => a.line - b.line),
    },
    position: { start: pointAt(clean.lineIndex, 0), end: pointAt(clean.lineIndex, clean.sourceText.length) },
    children: documents,
    stripped: clean.strippedNodes,
  };
  let register = toRegister(tree);
  if (target !== 'original') {
    register = convertRegisterScript(register, (text, script) =>
      convertText(text, script, target, deps.loadConverter ?? loadConverter),
    );
  }
  assertValidRegister(register);
  const messages = [...clean.messages, ...register.warnings.map((w) => warningMessage(w, clean.lineIndex))];
  return { register, tree, clean, messages };
}

/** The positioned tree of a notice (core/tree.ts): what `parse` builds its register from. */
export function parseTree(input: PipelineInput, options: PipelineOptions = {}, deps: PipelineDeps = {}): RootNode {
  return parseInput(input, options, deps).tree;
}

/**
 * A document with no task would give a task table of headers only, which a clerk could file as the
 * plan's: say so. The usual cause is a notice whose plan was an attachment that is not in the file.
 */
function noTasksWarning(document: DocumentNode): RegisterWarning {
  return {
    line: document.data.line,
    code: 'no-tasks',
    message: `document ${document.data.index} has no tasks: the plan may be an attachment that is not in this file`,
  };
}

function hasTasks(document: DocumentNode): boolean {
  for (const node of walk(document)) if (node.type === 'task') return true;
  return false;
}

/** One-shot crypto.hash (Node 20.12+) spares the Hash object createHash builds per input. */
function sha256Hex(bytes: Uint8Array): string {
  return typeof hash === 'function' ? hash('sha256', bytes, 'hex') : createHash('sha256').update(bytes).digest('hex');
}

/** Task tables (任务分解表) of the input, looked for only when the input can hold one. */
function taskTables(clean: CleanOutput): LocatedTaskTable[] {
  const html = clean.decoded.kind === 'html' ? clean.decoded.text : null;
  return mayHoldTable(html, clean.sourceText) ? findTaskTables({ html: clean.htmlDom, text: clean.sourceText }) : [];
}

/** A document with a table's tasks appended; the table's deadlines use the plan year, or the page's. */
function withTable(document: DocumentNode, table: LocatedTaskTable, pageMeta: PageMeta, places: TablePlaces): DocumentNode {
  // The segmenter already read the plan's title and notice; a page title is the last resort.
  const year = document.data.year ?? findYear(pageMeta.title ?? '');
  // A table right under a heading of its own (二、任务分解 then the table) is that section's body.
  const parent = introducingSection(toRegisterDocument(document), table.firstLine);
  const tasks = tableToTasks(table.table, year, table.lineOf, {
    normalize: (text) => normalizeText(identity(text)).text,
    notBefore: document.data.date ?? undefined,
    parent: parent ?? undefined,
  });
  const joined = parent === null ? appendTableTasks(document, tasks, places) : nestTableTasks(document, tasks, parent, places);
  return { ...joined, data: { ...joined.data, year } };
}

/**
 * Table rows are placed by line (the table stage keeps no columns): a row runs from its column to
 * the end of its line, and a printed number is looked for on its line once, when its node is made.
 */
function tablePlaces(index: LineIndex, table: LocatedTaskTable): TablePlaces {
  const range = table.range ?? { start: 0, end: index.text.length };
  const lineSpan = (line: number): [number, number] => {
    const l = Math.min(Math.max(1, line), index.starts.length);
    const start = index.starts[l - 1];
    const next = l < index.starts.length ? index.starts[l] - 1 : index.text.length;
    return [start, next];
  };
  return {
    lines: (first, column, last) => {
      const [start, next] = lineSpan(first);
      const from = Math.min(start + column - 1, next);
      const [lastStart, lastNext] = lineSpan(Math.max(first, last));
      const end = Math.min(lastStart + index.text.slice(lastStart, lastNext).trimEnd().length, range.end);
      return { start: pointAt(index, Math.max(from, range.start)), end: pointAt(index, Math.max(from, range.start, end)) };
    },
    lastLine: table.lastLine,
    range: table.range,
    read: readMarker,
    marker: (line, marker) => {
      if (marker === '') return undefined;
      const [start, next] = lineSpan(line);
      const at = foldWidthText(index.text.slice(start, next)).indexOf(foldWidthText(marker));
      return at < 0 ? undefined : { start: pointAt(index, start + at), end: pointAt(index, start + at + marker.length) };
    },
  };
}

/**
 * Empty input is a mistake (a failed download, a wrong file), not a plan with nothing in it: it
 * gets an InputError (exit 2) naming what is wrong, and a batch carries on with the other files.
 */
function rejectEmpty(size: number, decoded: DecodedText, sourceText: string, title: string | null): void {
  if (/\S/.test(sourceText)) return;
  if (size === 0) throw new InputError(said('input.empty'));
  if (decoded.kind === 'html') {
    throw new InputError(`the HTML page has no text in its body${title ? ` (its title is "${title.slice(0, 60)}")` : ''}`);
  }
  throw new InputError(said('input.onlyWhitespace'));
}

/** Bytes the decoder had to replace are a problem in the document: the register says so. */
function decodeWarnings(clean: CleanOutput): RegisterWarning[] {
  return clean.decoded.messages
    .filter((m) => m.severity !== 'info')
    .map((m) => ({
      line: clean.decoded.kind === 'text' ? (m.position?.start.line ?? 1) : 1,
      code: m.ruleId.replace(/^decode\//, ''),
      message: m.reason,
    }));
}

function convertText(text: string, script: Script, target: OutputScript, load: ScriptConverterLoader): string {
  if (target === 'original' || script === target || script === 'unknown') return text;
  const from = script === 'traditional' ? 'traditional' : 'simplified';
  if (script === 'mixed') {
    // Mixed text: convert from the other script so both halves end in the target.
    return load(target === 'simplified' ? 'traditional' : 'simplified', target)(text);
  }
  return load(from, target)(text);
}

function lineNumbers(doc: MappedText, index: LineIndex): number[] {
  const lines: number[] = [];
  let start = 0;
  for (;;) {
    lines.push(pointAt(index, toSource(doc.map, start)).line);
    const next = doc.text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  return lines;
}

/** The audit quotes the input as received (before normalisation), so a clerk can find it. */
function toStripped(r: Removal, index: LineIndex, sourceText: string): StrippedLine {
  const original = sourceText.slice(r.start, r.end).trim();
  return { line: pointAt(index, r.start).line, rule: r.rule, reason: r.reason, text: original === '' ? r.text : original };
}

/** The stripped text's span in the source: its first character to its last (none when the text was only space). */
function strippedNode(r: Removal, data: StrippedLine, index: LineIndex): StrippedNode {
  const raw = index.text.slice(r.start, r.end);
  const start = r.start + (raw.length - raw.trimStart().length);
  const end = Math.max(start, r.start + raw.trimEnd().length);
  const position: Position = { start: pointAt(index, start), end: pointAt(index, end) };
  return { type: 'stripped', data, position };
}

function removalMessage(r: Removal, index: LineIndex): Message {
  return {
    ruleId: `clean/${r.rule}`,
    severity: 'info',
    reason: r.reason,
    position: { start: pointAt(index, r.start), end: pointAt(index, r.end) },
    removed: index.text.slice(r.start, r.end).trim() || r.text,
  };
}

function warningMessage(w: RegisterWarning, index: LineIndex): Message {
  const start = index.starts[Math.min(w.line, index.starts.length) - 1] ?? 0;
  const point = pointAt(index, start);
  return { ruleId: `parse/${w.code}`, severity: 'warning', reason: w.message, position: { start: point, end: point } };
}
