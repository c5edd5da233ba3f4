import type { RegisterDocument, Section } from '../core/register.js';
import { parseMarker, type MarkerStyle } from './marker.js';

/** A numbered heading or task as printed: the unit numbering rules compare. */
export interface NumberedItem {
  readonly marker: string;
  readonly level: 1 | 2 | 3 | 4;
  readonly ordinal: number;
  /** null when the marker as written could not be read back (the segmenter's level is kept). */
  readonly style: MarkerStyle | null;
  readonly line: number;
}

/** Siblings of one level under one parent, in document order. */
export interface ItemGroup {
  /** null: the document itself. */
  readonly parent: Section | null;
  readonly level: 1 | 2 | 3 | 4;
  readonly items: readonly NumberedItem[];
}

/** Every group of numbered siblings in a document, ordered by the line of its first item. */
export function numberedGroups(doc: RegisterDocument): ItemGroup[] {
  const sections = new Map<string, Section>();
  const index = (list: readonly Section[]): void => {
    for (const s of list) {
      sections.set(s.id, s);
      index(s.sections);
    }
  };
  index(doc.sections);
  const tasksBySection = new Map<string | null, NumberedItem[]>();
  for (const task of doc.tasks) {
    if (task.marker === null) continue;
    const parsed = parseMarker(task.marker);
    if (!parsed) continue;
    // A numbered item is both a section and its task (or tasks, 1.2.9a/b): count it once.
    const own = task.sectionId === null ? undefined : sections.get(task.sectionId);
    if (own && own.level === parsed.level && own.ordinal === parsed.ordinal) continue;
    const item: NumberedItem = { marker: task.marker.trim(), level: parsed.level, ordinal: parsed.ordinal, style: parsed.style, line: task.line };
    const list = tasksBySection.get(task.sectionId) ?? [];
    list.push(item);
    tasksBySection.set(task.sectionId, list);
  }
  const groups: ItemGroup[] = [];
  const visit = (parent: Section | null, children: readonly Section[]): void => {
    const items = [...children.map(sectionItem), ...(tasksBySection.get(parent?.id ?? null) ?? [])];
    for (const [level, members] of byLevel(dedupe(items))) groups.push({ parent, level, items: members });
    for (const child of children) visit(child, child.sections);
  };
  visit(null, doc.sections);
  return groups.toSorted((a, b) => a.items[0].line - b.items[0].line);
}

function sectionItem(section: Section): NumberedItem {
  const parsed = parseMarker(section.marker);
  return {
    marker: section.marker.trim(),
    level: section.level,
    ordinal: section.ordinal,
    style: parsed && parsed.level === section.level ? parsed.style : null,
    line: section.line,
  };
}

/** One item holding several annotated tasks (1.1a, 1.1b) or being both heading and task counts once. */
function dedupe(items: readonly NumberedItem[]): NumberedItem[] {
  const seen = new Set<string>();
  return items
    .toSorted((a, b) => a.line - b.line)
    .filter((item) => {
      const key = `${item.line}\u0000${item.level}\u0000${item.ordinal}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function byLevel(items: readonly NumberedItem[]): Map<1 | 2 | 3 | 4, NumberedItem[]> {
  const map = new Map<1 | 2 | 3 | 4, NumberedItem[]>();
  for (const item of items) {
    const list = map.get(item.level) ?? [];
    list.push(item);
    map.set(item.level, list);
  }
  return map;
}
