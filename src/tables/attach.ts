/**
 * Joining task tables with the documents the segmenter reads. A table's rows are cut out of the
 * document text before segmenting (flattened rows are not numbered paragraphs, and would land in
 * the preamble or an intro), and the table's sections and tasks are appended after the
 * document's own, their ids shifted past the document's top-level ids.
 */
import type { RegisterDocument, Section, Task } from '../core/register.js';
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
export function cutRanges(doc: MappedText, sourceOffsetOf: (offset: number) => number, ranges: readonly { readonly start: number; readonly end: number }[]): MappedText {
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

/** Puts a table's sections and tasks (built with `parent`) under that section of the document. */
export function nestTableTasks(doc: RegisterDocument, table: TableTasks, parent: Section): RegisterDocument {
  const into = (sections: readonly Section[]): Section[] =>
    sections.map((s) => (s.id === parent.id ? { ...s, sections: [...s.sections, ...table.sections.map((c) => clampLevels(c))] } : { ...s, sections: into(s.sections) }));
  const tasks = doc.tasks.filter((t) => t.id !== parent.id);
  const at = tasks.findIndex((t) => t.line > parent.line);
  const placed = at < 0 ? [...tasks, ...table.tasks] : [...tasks.slice(0, at), ...table.tasks, ...tasks.slice(at)];
  return { ...doc, sections: into(doc.sections), tasks: placed };
}

/** Register levels stop at 4 ((1)); deeper headings of a nested table stay at 4. */
function clampLevels(s: Section): Section {
  return { ...s, level: Math.min(4, s.level) as Section['level'], sections: s.sections.map(clampLevels) };
}

/** Appends a table's sections and tasks to a document, after the document's own top-level ids. */
export function appendTableTasks(doc: RegisterDocument, table: TableTasks): RegisterDocument {
  const offset = topLevelCount(doc);
  return {
    ...doc,
    sections: [...doc.sections, ...table.sections.map((s) => shiftSection(s, offset))],
    tasks: [...doc.tasks, ...table.tasks.map((t) => shiftTask(t, offset))],
  };
}

/** Top-level ids in use: sections, and tasks that stand outside any section. */
function topLevelCount(doc: RegisterDocument): number {
  let max = doc.sections.length;
  for (const t of doc.tasks) if (t.sectionId === null) max = Math.max(max, Number.parseInt(t.id, 10) || 0);
  return max;
}

function shiftId(id: string, offset: number): string {
  const m = /^(\d+)(.*)$/.exec(id);
  return m ? `${Number(m[1]) + offset}${m[2]}` : id;
}

function shiftSection(s: Section, offset: number): Section {
  return { ...s, id: shiftId(s.id, offset), sections: s.sections.map((c) => shiftSection(c, offset)) };
}

function shiftTask(t: Task, offset: number): Task {
  return { ...t, id: shiftId(t.id, offset), sectionId: t.sectionId === null ? null : shiftId(t.sectionId, offset) };
}
