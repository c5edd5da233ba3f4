import type { DocumentNode, MarkerInfo, SectionNode } from '../core/tree.js';

/** A numbered heading or task as printed, read from the tree: the unit numbering rules compare. */
export interface NumberedItem {
  readonly marker: MarkerInfo;
  readonly line: number;
}

/** Siblings of one level under one parent, in document order. */
export interface ItemGroup {
  /** null: the document itself. */
  readonly parent: SectionNode | null;
  readonly level: 1 | 2 | 3 | 4;
  readonly items: readonly NumberedItem[];
}

/**
 * Every group of numbered siblings in a document, ordered by the line of its first item: the
 * sections under each parent, and the numbered rows of a task table under it (a numbered item's
 * own tasks print no number of their own).
 */
export function numberedGroups(doc: DocumentNode): ItemGroup[] {
  const groups: ItemGroup[] = [];
  const stack: (DocumentNode | SectionNode)[] = [doc];
  const parents: (DocumentNode | SectionNode)[] = [];
  // Parents in document order (depth first), with an explicit stack.
  while (stack.length > 0) {
    const node = stack.pop() as DocumentNode | SectionNode;
    parents.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child.type === 'section') stack.push(child);
    }
  }
  for (const parent of parents) {
    const items: NumberedItem[] = [];
    for (const child of parent.children)
      if (child.type === 'section') items.push({ marker: child.marker, line: child.data.line });
    for (const child of parent.children) {
      if (child.type !== 'task' || child.marker === null) continue;
      if (parent.type === 'section' && parent.data.level === child.marker.level && parent.data.ordinal === child.marker.ordinal)
        continue;
      items.push({ marker: child.marker, line: child.data.line });
    }
    const section = parent.type === 'section' ? parent : null;
    for (const [level, members] of byLevel(dedupe(items))) groups.push({ parent: section, level, items: members });
  }
  return groups.toSorted((a, b) => a.items[0].line - b.items[0].line);
}

/** Items of one line with the same level and number count once (a flattened row printed twice). */
function dedupe(items: readonly NumberedItem[]): NumberedItem[] {
  const seen = new Set<string>();
  return items
    .toSorted((a, b) => a.line - b.line)
    .filter((item) => {
      const key = `${item.line}\u0000${item.marker.level}\u0000${item.marker.ordinal}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function byLevel(items: readonly NumberedItem[]): Map<1 | 2 | 3 | 4, NumberedItem[]> {
  const map = new Map<1 | 2 | 3 | 4, NumberedItem[]>();
  for (const item of items) {
    const list = map.get(item.marker.level) ?? [];
    list.push(item);
    map.set(item.marker.level, list);
  }
  return map;
}

/** Where a finding about a printed marker goes: the marker, or its line when it was not found in the source. */
export function markerAt(item: NumberedItem): NonNullable<MarkerInfo['position']> | number {
  return item.marker.position ?? item.line;
}
