/**
 * The positioned tree between segment and register (unist style): `root → document → section →
 * task → annotation`. Every node that stands for text of the input carries `position` in source
 * coordinates (core/position.ts), so lint rules read places from the tree instead of searching
 * the text again. `data` holds exactly the register's fields of the node; the register is built
 * from the tree in one place (register/from-tree.ts). Values are JSON only: a tree survives
 * `JSON.parse(JSON.stringify(…))`.
 */
import type { Position } from './position.js';
import type { PageMeta, Register, RegisterDocument, RegisterWarning, Section, StrippedLine, Task } from './register.js';

/** How a printed marker is written, for comparing siblings and writing the expected number. */
export interface MarkerStyle {
  /** Opening bracket, width-folded ('(' for `(一)` and `（一）`), or ''. */
  readonly open: string;
  readonly kind: 'han' | 'arabic' | 'circled';
  /** What follows the numeral, width-folded: '、', '.', ')', or ''. */
  readonly close: string;
}

/** A printed structure marker (`一、`, `(一)`, `1.`, `(1)`, `①`) and where it stands. */
export interface MarkerInfo {
  /** As printed, trimmed. */
  readonly value: string;
  /** 1: 一、  2: (一)  3: 1.  4: (1) — GB/T 9704-2012 §7.3.3. */
  readonly level: 1 | 2 | 3 | 4;
  readonly ordinal: number;
  /** null when the printed form is not one of the styles above (`⑴`, a bare `1` of a table). */
  readonly style: MarkerStyle | null;
  /** Absent when the marker was made up (a table's category without a number). */
  readonly position?: Position;
}

export interface AnnotationData {
  /** 'bracket': `(市财政局牵头)`; 'unit-line': `责任单位:市财政局`. */
  readonly kind: 'bracket' | 'unit-line';
  /** As written (brackets included). */
  readonly raw: string;
  /** False for a bracket the text ends before closing (a truncated file). */
  readonly balanced: boolean;
}

export interface AnnotationNode {
  readonly type: 'annotation';
  readonly data: AnnotationData;
  readonly position: Position;
}

export interface TaskNode {
  readonly type: 'task';
  /** The register's task. */
  readonly data: Task;
  /** Numbered items of a task table carry their own printed number; tasks of a numbered item share their section's. */
  readonly marker: MarkerInfo | null;
  /** From the item's marker (first task of an item) or its first word to its last annotation. */
  readonly position: Position;
  /** Where the bracket check starts: after the item's marker. */
  readonly textStart: number;
  readonly children: AnnotationNode[];
}

export type SectionData = Omit<Section, 'sections'>;

export interface SectionNode {
  readonly type: 'section';
  readonly data: SectionData;
  readonly marker: MarkerInfo;
  /** From the marker to the end of the section's last text. */
  readonly position: Position;
  /** Source offsets [start, end) of the heading and lead-in, without the marker: text no task holds. */
  readonly head: readonly [number, number] | null;
  readonly children: (SectionNode | TaskNode)[];
}

export type DocumentData = Omit<RegisterDocument, 'sections' | 'tasks'>;

export interface DocumentNode {
  readonly type: 'document';
  readonly data: DocumentData;
  /** From the first to the last character of the document. */
  readonly position: Position;
  readonly children: (SectionNode | TaskNode)[];
}

/** A line the clean stage stripped, with where it stood. */
export interface StrippedNode {
  readonly type: 'stripped';
  readonly data: StrippedLine;
  readonly position: Position;
}

export interface RootData {
  readonly schemaVersion: Register['schemaVersion'];
  readonly source: Register['source'];
  readonly pageMeta: PageMeta;
  readonly stripped: readonly StrippedLine[];
  readonly warnings: readonly RegisterWarning[];
}

export interface RootNode {
  readonly type: 'root';
  readonly data: RootData;
  /** The whole source text. */
  readonly position: Position;
  readonly children: DocumentNode[];
  /** What cleaning removed, in source order; not part of any document. */
  readonly stripped: readonly StrippedNode[];
}

export type TreeNode = RootNode | DocumentNode | SectionNode | TaskNode | AnnotationNode;

/** Every section and task under `parent`, depth first, in document order (an explicit stack: trees can be deep). */
export function* walk(parent: DocumentNode | SectionNode): Generator<SectionNode | TaskNode> {
  const stack: (SectionNode | TaskNode)[] = parent.children.toReversed();
  while (stack.length > 0) {
    const node = stack.pop() as SectionNode | TaskNode;
    yield node;
    if (node.type === 'section') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}
