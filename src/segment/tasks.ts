/**
 * Tree → tasks. The rules:
 * - A numbered item with numbered children is a section only; its unnumbered lead-in (the rest
 *   of its line and the paragraphs before the first child) is the section's intro, not a task
 *   (an annotation there is warned about as 'annotated-intro').
 * - A numbered item without numbered children is a task with the item's id. Its text is all of it
 *   after the marker — a bare heading line, the rest of the line, and every unnumbered paragraph
 *   up to the next marker (continuation paragraphs) — minus annotations.
 * - That text is cut by the extract stage's splitTasks: when it holds several tasks each closed by
 *   its own annotation, they become `<id>a`, `<id>b`, …; an unnumbered paragraph that follows an
 *   annotated task is such a further task, and is warned about as 'continuation-task'.
 * - Unit lines without brackets (`责任单位:……`) attach to the task just before them.
 * - An annotation with no task text of its own joins the units of the task before it in the item,
 *   else of the task after it. An item holding nothing but annotations is still a task (its
 *   number is printed): its text is the annotations as written, its units are read from them,
 *   and it is warned about as 'annotation-only-item' — never an empty task, never lost text.
 * - Title: the bare heading line when the body is on the next lines, else the first sentence when
 *   more text follows it (and it is short); only the first task of an item has one.
 * - Inline lists (`……途径:1.……;2.……`) never reach here as items: they are text (see blocks.ts).
 * - A standing note (`列第一位者为牵头单位,下同`) holds from its annotation to the end of the
 *   document: the first unit of each later annotation without a 牵头 word leads; a note naming
 *   bodies for everything after it (`以下均需……落实,不再列出`) makes them owners of every later task.
 */
import type { RegisterWarning, Task } from '../core/register.js';
import type { Point, Position } from '../core/position.js';
import {
  findDeadlines,
  findStandingOwners,
  findTargets,
  parseUnits,
  splitTasks,
  statesFirstLeads,
  type Annotation,
} from '../extract/index.js';
import { analyseHead, MAX_TITLE } from './heads.js';
import { firstSentenceEnd, joinParagraphs, stripTitleEnd, tidy } from './lines.js';
import type { AnnotationNode, TaskNode } from '../core/tree.js';
import { headText, paraTexts } from './sections.js';
import type { Node } from './tree.js';
import { cutUnitLines } from './unit-lines.js';
import { spanOf } from './span.js';

export interface TaskContext {
  readonly text: string;
  readonly year: number | null;
  /** The notice date (ISO): month deadlines without a year that fall before it are next year's. */
  readonly date?: string | null;
  readonly pointOf: (offset: number) => Point;
}

interface Piece {
  text: string;
  /** Doc offset of the piece. */
  start: number;
  /** Doc offset after its last text or annotation. */
  end: number;
  /** The annotations closing the piece (usually one; more when bare annotations joined it), with their doc offsets. */
  annotations: Located<Annotation>[];
  unitLines: Located<string>[];
}

interface Located<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
}

/** What holds across the tasks of a document once stated. */
interface Standing {
  firstLeads: boolean;
  /** Owners a note named for every task after doc offset `from`. */
  owners: string[];
  from: number;
}

export function collectTasks(nodes: readonly Node[], ctx: TaskContext): { tasks: TaskNode[]; warnings: RegisterWarning[] } {
  const tasks: TaskNode[] = [];
  const warnings: RegisterWarning[] = [];
  const standing: Standing = { firstLeads: false, owners: [], from: Infinity };
  for (const node of nodes) {
    const own = ctx.text.slice(node.block.start, node.paras.length > 0 ? node.paras[node.paras.length - 1].end : node.block.end);
    const note = findStandingOwners(own);
    if (note) {
      standing.owners = [...new Set([...standing.owners, ...note.owners])];
      standing.from = Math.min(standing.from, node.block.start + note.at);
    }
    if (node.children.length > 0) {
      const intro = joinParagraphs([analyseHead(headText(ctx.text, node)).rest, ...paraTexts(ctx.text, node)]);
      if (intro && splitTasks(intro).some((p) => p.annotation !== null)) {
        warnings.push({
          line: line(ctx, node.block.start),
          code: 'annotated-intro',
          message: `the lead-in of section ${node.id} carries an annotation; its units are not assigned to a task`,
        });
      }
      continue;
    }
    const pieces = piecesOf(node, ctx, warnings);
    pieces.forEach((piece, i) => tasks.push(toTask(node, piece, i, pieces.length, ctx, warnings, standing)));
  }
  return { tasks, warnings };
}

function line(ctx: TaskContext, offset: number): number {
  return ctx.pointOf(offset).line;
}

function piecesOf(node: Node, ctx: TaskContext, warnings: RegisterWarning[]): Piece[] {
  const start = node.block.bodyStart;
  const end = node.paras.length > 0 ? node.paras[node.paras.length - 1].end : node.block.end;
  const raw = ctx.text.slice(start, end);
  const pieces: Piece[] = [];
  // Units (bare annotations, unit lines) met before any task text of the item.
  const leading: Piece = { text: '', start: -1, end: -1, annotations: [], unitLines: [] };
  const holdLeading = (at: number): void => {
    if (leading.start < 0) leading.start = at;
  };
  const grow = (piece: Piece, end: number): void => {
    piece.end = Math.max(piece.end, end);
  };
  for (const span of cutUnitLines(raw)) {
    const chunk = raw.slice(span.start, span.end);
    const last = pieces[pieces.length - 1];
    if (span.kind === 'units') {
      const trimmed = chunk.trim();
      const from = start + span.start + (chunk.length - chunk.trimStart().length);
      const line = { value: trimmed, start: from, end: from + trimmed.length };
      const into = last ?? leading;
      if (!last) holdLeading(start + span.start);
      into.unitLines.push(line);
      grow(into, line.end);
      continue;
    }
    const base = start + span.start;
    for (const p of splitTasks(chunk)) {
      const at = base + p.start;
      const text = tidy(p.text);
      const prev = pieces[pieces.length - 1];
      const note = p.annotation ? { value: p.annotation, start: base + p.annotation.start, end: base + p.annotation.end } : null;
      if (text !== '') {
        const annotations = leading.annotations.splice(0);
        if (note) annotations.push(note);
        const piece: Piece = { text, start: at, end: at + p.text.length, annotations, unitLines: leading.unitLines.splice(0) };
        for (const a of [...annotations, ...piece.unitLines]) grow(piece, a.end);
        pieces.push(piece);
      } else if (note === null) {
        // An empty piece without an annotation adds nothing.
      } else if (prev) {
        // An annotation standing alone belongs to the task before it.
        prev.annotations.push(note);
        grow(prev, note.end);
      } else {
        holdLeading(at);
        leading.annotations.push(note);
        grow(leading, note.end);
      }
    }
  }
  if (pieces.length === 0 && (leading.annotations.length > 0 || leading.unitLines.length > 0)) {
    // The item is numbered, so it is a task; its only words are its units.
    pieces.push({
      ...leading,
      text: [...leading.annotations.map((a) => a.value.raw), ...leading.unitLines.map((u) => u.value)].join('\n'),
    });
    warnings.push({
      line: line(ctx, node.block.start),
      code: 'annotation-only-item',
      message: `item ${node.id} holds nothing but its units; they are taken as its text too`,
    });
  }
  let k = 0;
  for (const para of node.paras) {
    while (k < pieces.length && pieces[k].start < para.start) k++;
    if (k > 0 && k < pieces.length && pieces[k].start === para.start && pieces[k - 1].annotations.length > 0) {
      warnings.push({
        line: line(ctx, para.start),
        code: 'continuation-task',
        message: `unnumbered paragraph after an annotated task of item ${node.id} taken as a further task of that item`,
      });
    }
  }
  return pieces;
}

function suffix(i: number): string {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

function titleOf(node: Node, piece: Piece, ctx: TaskContext): string | null {
  const head = analyseHead(headText(ctx.text, node));
  // A heading whose only following lines are unit lines is the whole task text, not a title over
  // it: the same item written on one line (`4.……。责任单位:……`) has no title either.
  if (head.headingOnly && node.paras.length > 0)
    return head.title !== null && stripTitleEnd(piece.text) === head.title ? null : head.title;
  const end = firstSentenceEnd(piece.text);
  if (end <= 0 || end >= piece.text.trimEnd().length || end > MAX_TITLE + 1) return null;
  return stripTitleEnd(piece.text.slice(0, end)) || null;
}

function toTask(
  node: Node,
  piece: Piece,
  i: number,
  count: number,
  ctx: TaskContext,
  warnings: RegisterWarning[],
  standing: Standing,
): TaskNode {
  const at = i === 0 ? node.block.start : piece.start;
  const point = ctx.pointOf(at);
  const own = unitsOf(piece, point.line, warnings, standing);
  const named =
    piece.start > standing.from ? standing.owners.filter((u) => !own.owners.includes(u) && !own.leads.includes(u)) : [];
  const units = named.length > 0 ? { ...own, owners: [...own.owners, ...named] } : own;
  const position = (from: number, to: number): Position => spanOf(ctx.pointOf, from, to);
  const children: AnnotationNode[] = [
    ...piece.annotations.map(
      (a): AnnotationNode => ({
        type: 'annotation',
        data: { kind: 'bracket', raw: a.value.raw, balanced: a.value.balanced },
        position: position(a.start, a.end),
      }),
    ),
    ...piece.unitLines.map(
      (u): AnnotationNode => ({
        type: 'annotation',
        data: { kind: 'unit-line', raw: u.value, balanced: true },
        position: position(u.start, u.end),
      }),
    ),
  ];
  return {
    type: 'task',
    data: taskData(node, piece, i, count, ctx, units, point),
    marker: null,
    position: { start: point, end: spanOf(ctx.pointOf, at, Math.max(piece.end, at)).end },
    textStart: i === 0 ? ctx.pointOf(node.block.bodyStart).offset : point.offset,
    children,
  };
}

function taskData(
  node: Node,
  piece: Piece,
  i: number,
  count: number,
  ctx: TaskContext,
  units: Pick<Task, 'leads' | 'owners' | 'separately' | 'unitsText'>,
  point: Point,
): Task {
  return {
    id: count > 1 ? `${node.id}${suffix(i)}` : node.id,
    sectionId: node.id,
    marker: node.marker.marker,
    title: i === 0 ? titleOf(node, piece, ctx) : null,
    text: piece.text,
    ...units,
    deadlines: findDeadlines(piece.text, ctx.year, { notBefore: ctx.date ?? undefined }),
    targets: findTargets(piece.text),
    line: point.line,
    column: point.column,
  };
}

function unitsOf(
  piece: Piece,
  line: number,
  warnings: RegisterWarning[],
  standing: Standing,
): Pick<Task, 'leads' | 'owners' | 'separately' | 'unitsText'> {
  const leads: string[] = [];
  const owners: string[] = [];
  let separately = false;
  const texts: string[] = [];
  const add = (inner: string, raw: string, truncated = false): void => {
    standing.firstLeads ||= statesFirstLeads(inner);
    const parsed = parseUnits(inner, { truncated, firstLeads: standing.firstLeads });
    if (!parsed.ok && !truncated) warnings.push({ line, code: 'unparsed-annotation', message: `no units found in ${raw}` });
    for (const u of parsed.leads) if (!leads.includes(u)) leads.push(u);
    for (const u of parsed.owners) if (!owners.includes(u)) owners.push(u);
    separately ||= parsed.separately;
    texts.push(raw);
  };
  for (const { value: a } of piece.annotations) {
    // Cut off by the end of the text: its last name may be cut and its role word lost, so only
    // units whose role is stated are taken; the rest stay in unitsText.
    if (!a.balanced)
      warnings.push({
        line,
        code: 'unbalanced-bracket',
        message: `annotation ${a.raw} is not closed; units without a stated role are not assigned`,
      });
    add(a.inner, a.raw, !a.balanced);
  }
  for (const { value: u } of piece.unitLines) add(u, u);
  return { leads, owners, separately, unitsText: texts.length > 0 ? texts.join('\n') : null };
}
