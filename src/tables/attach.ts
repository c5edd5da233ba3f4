/**
 * Joining task tables with the documents the segmenter reads. A table's rows are cut out of the
 * document text before segmenting (flattened rows are not numbered paragraphs, and would land in
 * the preamble or an intro), and the table's sections and tasks are appended after the
 * document's own, their ids shifted past the document's top-level ids.
 */
import type { RegisterDocument, Section, Task } from '../core/register.js';
import { composeMaps, MapBuilder, type MappedText } from '../core/source-map.js';
import type { TableTasks } from './to-tasks.js';

/** Cheap test before any table search: text tables need tabs or bars, HTML ones a <table>. */
export function mayHoldTable(html: string | null, text: string): boolean {
  if (html !== null) return /<table[\s>]/i.test(html);
  return text.includes('\t') || text.includes('|');
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
