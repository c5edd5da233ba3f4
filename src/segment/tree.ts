/**
 * Blocks → the numbered tree. Every marked block opens a node one level below the nearest open
 * node of a smaller level; unmarked blocks are continuation paragraphs of the innermost open node.
 * Ids are dotted positions (`2.1.3`), whatever the printed numerals say; irregular printed
 * numbering is only warned about (level-2 numbering may run on across level-1 sections).
 */
import type { RegisterWarning } from '../core/register.js';
import type { Block } from './blocks.js';
import type { MarkerMatch } from './markers.js';

export interface Node {
  readonly id: string;
  readonly marker: MarkerMatch;
  readonly block: Block;
  /** Unmarked blocks that follow the marked line, before the next marker. */
  readonly paras: Block[];
  readonly children: Node[];
}

export interface Tree {
  readonly roots: Node[];
  /** All nodes in document order. */
  readonly nodes: Node[];
  readonly warnings: RegisterWarning[];
}

/** Builds the tree from `blocks[from, to)`; the first of them must be marked. */
export function buildTree(blocks: readonly Block[], from: number, to: number, lineOf: (offset: number) => number): Tree {
  const roots: Node[] = [];
  const nodes: Node[] = [];
  const warnings: RegisterWarning[] = [];
  const stack: Node[] = [];
  const lastOrdinal = [0, 0, 0, 0, 0];
  for (let i = from; i < to; i++) {
    const block = blocks[i];
    const marker = block.marker;
    if (!marker) {
      stack[stack.length - 1]?.paras.push(block);
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1].marker.level >= marker.level) stack.pop();
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.children : roots;
    const prev = siblings[siblings.length - 1];
    const id = parent ? `${parent.id}.${siblings.length + 1}` : String(siblings.length + 1);
    const warning = numberingWarning(marker, prev?.marker ?? null, lastOrdinal[marker.level]);
    if (warning) warnings.push({ line: lineOf(block.start), code: 'numbering-irregular', message: warning });
    const node: Node = { id, marker, block, paras: [], children: [] };
    siblings.push(node);
    nodes.push(node);
    stack.push(node);
    lastOrdinal[marker.level] = marker.ordinal;
  }
  return { roots, nodes, warnings };
}

function numberingWarning(marker: MarkerMatch, prev: MarkerMatch | null, lastAtLevel: number): string | null {
  if (prev) {
    if (marker.ordinal === prev.ordinal + 1) return null;
    return `${marker.marker} follows ${prev.marker}; expected ordinal ${prev.ordinal + 1}`;
  }
  // First child: starts at 1, or continues the numbering of the previous section at this level.
  if (marker.ordinal === 1 || (lastAtLevel > 0 && marker.ordinal === lastAtLevel + 1)) return null;
  return `${marker.marker} is the first item of its section; expected ordinal 1`;
}
