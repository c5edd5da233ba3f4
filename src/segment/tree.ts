/**
 * Blocks → the numbered tree. Every marked block opens a node one level below the nearest open
 * node of a smaller level; unmarked blocks are continuation paragraphs of the innermost open node.
 * Ids are dotted positions (`2.1.3`), whatever the printed numerals say; irregular printed
 * numbering is only warned about (level-2 numbering may run on across level-1 sections).
 *
 * A crawl may print a heading twice (`二、强化监督。2.…。二、强化监督。3.…`): a heading-only block
 * that repeats the marker and title of the last node of its level, with nothing of its own, is the
 * same section; what follows it goes on under that node, and the repeat is warned about.
 */
import type { RegisterWarning } from '../core/register.js';
import type { Block } from './blocks.js';
import { analyseHead } from './heads.js';
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

/** Builds the tree from `blocks[from, to)` of `text`; the first of them must be marked. */
export function buildTree(
  text: string,
  blocks: readonly Block[],
  from: number,
  to: number,
  lineOf: (offset: number) => number,
): Tree {
  const roots: Node[] = [];
  const nodes: Node[] = [];
  const warnings: RegisterWarning[] = [];
  const stack: Node[] = [];
  const lastOrdinal = [0, 0, 0, 0, 0];
  const lastAt: (Node | undefined)[] = [];
  for (let i = from; i < to; i++) {
    const block = blocks[i];
    const marker = block.marker;
    if (!marker) {
      stack[stack.length - 1]?.paras.push(block);
      continue;
    }
    const repeated = repeatedHeading(text, block, lastAt[marker.level]);
    if (repeated) {
      while (stack.length > 0 && stack[stack.length - 1].marker.level >= marker.level) stack.pop();
      stack.push(repeated);
      warnings.push({
        line: lineOf(block.start),
        code: 'repeated-heading',
        message: `${marker.marker} repeats the heading of section ${repeated.id}; read as that section`,
      });
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
    lastAt[marker.level] = node;
  }
  return { roots, nodes, warnings };
}

/** The node `block` repeats: same marker, same title, and the block holds nothing else. */
function repeatedHeading(text: string, block: Block, last: Node | undefined): Node | null {
  if (!last || last.marker.marker !== block.marker?.marker) return null;
  const head = analyseHead(text.slice(block.bodyStart, block.end));
  if (head.rest !== '' || head.title === '') return null;
  return analyseHead(text.slice(last.block.bodyStart, last.block.end)).title === head.title ? last : null;
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
