/**
 * Joining task tables with the documents the segmenter reads. A table's rows are cut out of the
 * document text before segmenting (flattened rows are not numbered paragraphs, and would land in
 * the preamble or an intro), and the table's sections and tasks are appended after the
 * document's own, their ids shifted past the document's top-level ids.
 */
import type { Position } from '../core/position.js';
import type { RegisterDocument, Section, Task } from '../core/register.js';
import type { DocumentNode, MarkerInfo, SectionData, SectionNode, TaskNode } from '../core/tree.js';
import { composeMaps, MapBuilder, type MappedText } from '../core/source-map.js';
import type { TableTasks } from './to-tasks.js';

/**
 * Cheap test before any table search: HTML tables need a <table>. Text is always searched: a
 * table flattened one cell per line has no separator at all, and the search is one linear pass.
 */
export function mayHoldTable(html: string | null, _text: string): boolean {
  if (html !== null) return /<table[\s>]/i.test(html);
  return true;
}

/** The document text without the lines `cut` selects (by source line of each line's start). */
export function cutLines(doc: MappedText, sourceLineOf: (offset: number) => number, cut: (line: number) => boolean): MappedText {
  const b = new MapBuilder();
  let start = 0;
  let changed = false;
  while (start <= doc.text.length) {
    const nl = doc.text.indexOf('\n', start);
    const end = nl < 0 ? doc.text.length : nl + 1;
    if (cut(sourceLineOf(start))) changed = true;
    else b.keep(doc.text, start, end);
    if (nl < 0) break;
    start = end;
  }
  if (!changed) return doc;
  const out = b.build();
  return { text: out.text, map: composeMaps(doc.map, out.map) };
}

/** The document text without the chars whose source offsets fall in `ranges` (a table glued into a line). */
export function cutRanges(
  doc: MappedText,
  sourceOffsetOf: (offset: number) => number,
  ranges: readonly { readonly start: number; readonly end: number }[],
): MappedText {
  if (ranges.length === 0) return doc;
  const b = new MapBuilder();
  let from = 0;
  let inCut = false;
  let changed = false;
  for (let i = 0; i < doc.text.length; i++) {
    const s = sourceOffsetOf(i);
    const cut = ranges.some((r) => s >= r.start && s < r.end);
    if (cut && !inCut) {
      b.keep(doc.text, from, i);
      inCut = true;
      changed = true;
    } else if (!cut && inCut) {
      from = i;
      inCut = false;
    }
  }
  if (!changed) return doc;
  if (!inCut) b.keep(doc.text, from, doc.text.length);
  const out = b.build();
  return { text: out.text, map: composeMaps(doc.map, out.map) };
}

/**
 * The section a table belongs under: the last heading before the table's first line, when that
 * heading has nothing under it but its own title (二、重点工作任务分解 with the table below). A
 * table after a section with a body (an annex after the plan) is not nested.
 */
export function introducingSection(doc: RegisterDocument, firstLine: number): Section | null {
  let last: Section | null = null;
  const visit = (sections: readonly Section[]): void => {
    for (const s of sections) {
      if (s.line < firstLine && (last === null || s.line >= last.line)) last = s;
      visit(s.sections);
    }
  };
  visit(doc.sections);
  const found = last as Section | null;
  if (found === null || found.sections.length > 0) return null;
  const own = doc.tasks.filter((t) => t.sectionId === found.id || t.id === found.id || t.id.startsWith(`${found.id}.`));
  if (own.some((t) => t.id !== found.id || !headingOnly(t, found))) return null;
  // Nothing of the document between the heading and the table.
  if (doc.tasks.some((t) => t.line > found.line && t.line < firstLine)) return null;
  return found;
}

/** The heading's own task holds only the heading (the table lines were cut from under it). */
function headingOnly(task: Task, section: Section): boolean {
  const bare = (s: string): string => s.replace(/[\s。.:：;；]/g, '');
  const text = bare(task.text);
  return text === '' || text === bare(section.title) || text === bare(`${section.marker}${section.title}`);
}

/** Where a table's rows stand in the source, and its markers as printed there. */
export interface TablePlaces {
  /** Lines `first` (from `column`) to `last` (to its end). */
  readonly lines: (first: number, column: number, last: number) => Position;
  /** The table's last line. */
  readonly lastLine: number;
  /** Source offsets of a table glued into a line of other text: rows stay inside them. */
  readonly range?: { readonly start: number; readonly end: number };
  /** The printed marker on a line, or undefined when it is not found there (a synthesised number). */
  readonly marker: (line: number, marker: string) => Position | undefined;
  /** A marker printed on its own (a 序号 cell) read into level, number and style; null when it is none. */
  readonly read: (printed: string) => Pick<MarkerInfo, 'level' | 'ordinal' | 'style'> | null;
}

/** Puts a table's sections and tasks (built with `parent`) under that section of the document. */
export function nestTableTasks(doc: DocumentNode, table: TableTasks, parent: Section, places: TablePlaces): DocumentNode {
  const items = tableNodes(
    table,
    places,
    (s) => ({ ...s, level: Math.min(4, s.level) as Section['level'] }),
    (id) => id,
  );
  const into = (children: DocumentNode['children']): DocumentNode['children'] =>
    children.map((c) => {
      if (c.type !== 'section') return c;
      // The heading's own task held only the heading: the table's rows are its tasks now.
      if (c.data.id === parent.id) return { ...c, children: [...c.children.filter((t) => t.type === 'section'), ...items] };
      return { ...c, children: into(c.children) };
    });
  return { ...doc, children: into(doc.children) };
}

/** Appends a table's sections and tasks to a document, after the document's own top-level ids. */
export function appendTableTasks(doc: DocumentNode, table: TableTasks, places: TablePlaces): DocumentNode {
  const offset = topLevelCount(doc);
  const shift = (id: string): string => shiftId(id, offset);
  return { ...doc, children: [...doc.children, ...tableNodes(table, places, (s) => s, shift)] };
}

/** Top-level ids in use: sections, and tasks that stand outside any section. */
function topLevelCount(doc: DocumentNode): number {
  let max = doc.children.filter((c) => c.type === 'section').length;
  for (const c of doc.children)
    if (c.type === 'task' && c.data.sectionId === null) max = Math.max(max, Number.parseInt(c.data.id, 10) || 0);
  return max;
}

function shiftId(id: string, offset: number): string {
  const m = /^(\d+)(.*)$/.exec(id);
  return m ? `${Number(m[1]) + offset}${m[2]}` : id;
}

/**
 * A table's sections and tasks as tree nodes, in row order: a section is placed when its first
 * row is, so a depth-first walk lists the tasks as the table does.
 */
function tableNodes(
  table: TableTasks,
  places: TablePlaces,
  fix: (s: SectionData) => SectionData,
  shift: (id: string) => string,
): (SectionNode | TaskNode)[] {
  const top: (SectionNode | TaskNode)[] = [];
  const nodes = new Map<string, SectionNode>();
  const parentOf = new Map<string, string | null>();
  const byId = new Map<string, Section>();
  const index = (list: readonly Section[], parent: string | null): void => {
    for (const s of list) {
      byId.set(s.id, s);
      parentOf.set(s.id, parent);
      index(s.sections, s.id);
    }
  };
  index(table.sections, null);
  // A row runs from its line to the line before the next row's (a flattened table prints a cell a line).
  const starts = [...new Set([...byId.values()].map((s) => s.line).concat(table.tasks.map((t) => t.line)))].toSorted(
    (a, b) => a - b,
  );
  const ends = new Map(
    starts.map((line, i) => [line, i + 1 < starts.length ? starts[i + 1] - 1 : Math.max(line, places.lastLine)]),
  );
  const rowEnd = (line: number): number => ends.get(line) ?? line;
  const place = (id: string): SectionNode | null => {
    const known = nodes.get(id);
    if (known) return known;
    const section = byId.get(id);
    if (section === undefined) return null;
    const { sections: _, ...rest } = section;
    const data = fix({ ...rest, id: shift(rest.id) });
    const printed = places.read(data.marker);
    const node: SectionNode = {
      type: 'section',
      data,
      marker: {
        value: data.marker.trim(),
        level: data.level,
        ordinal: data.ordinal,
        style: printed && printed.level === data.level ? printed.style : null,
        position: places.marker(data.line, data.marker.trim()),
      },
      position: places.lines(data.line, 1, rowEnd(data.line)),
      head: [places.lines(data.line, 1, data.line).start.offset, places.lines(data.line, 1, rowEnd(data.line)).end.offset],
      children: [],
    };
    nodes.set(id, node);
    const parent = parentOf.get(id) ?? null;
    (parent === null ? top : (place(parent)?.children ?? top)).push(node);
    return node;
  };
  for (const task of table.tasks) {
    const data: Task = { ...task, id: shift(task.id), sectionId: task.sectionId === null ? null : shift(task.sectionId) };
    const printed = task.marker === null ? null : places.read(task.marker);
    const node: TaskNode = {
      type: 'task',
      data,
      marker:
        task.marker === null || printed === null
          ? null
          : {
              value: task.marker.trim(),
              level: printed.level,
              ordinal: printed.ordinal,
              style: printed.style,
              position: places.marker(task.line, task.marker.trim()),
            },
      position: places.lines(task.line, task.column, rowEnd(task.line)),
      textStart: places.lines(task.line, task.column, task.line).start.offset,
      children: [],
    };
    const section = task.sectionId === null ? null : place(task.sectionId);
    (section?.children ?? top).push(node);
  }
  for (const id of byId.keys()) place(id);
  return top;
}
