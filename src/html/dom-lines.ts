import type { DomNode } from './load-cheerio.js';

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'section',
  'article',
  'main',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'center',
  'hr',
  'header',
  'footer',
  'nav',
  'aside',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'address',
  'body',
  'html',
]);

/** Stands for a cell boundary until lines are assembled, so whitespace collapsing leaves it alone. */
const CELL = '\u0001';

/** Exit marks on the walk's stack: what leaving an element writes and undoes (0: enter a node). */
const EXIT_LINE = 1;
const EXIT_CELL = 2;
const EXIT_PRE = 4;

/**
 * Text of `root` as lines: block elements and <br> break lines, a table row is one line with its
 * cells joined by a tab, whitespace inside a line collapses to one space. Iterative, so deep
 * nesting cannot overflow the stack. `skip` drops an element with everything inside it.
 */
export function domLines(root: DomNode, skip: (node: DomNode) => boolean): string[] {
  const out: string[] = [];
  let cellDepth = 0;
  let preDepth = 0;
  // Two parallel stacks, no frame objects: a node to enter (mark 0), or an element to leave.
  const nodes: DomNode[] = [root];
  const marks: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const mark = marks.pop()!;
    if (mark !== 0) {
      if (mark & EXIT_CELL) cellDepth--;
      if (mark & EXIT_PRE) preDepth--;
      if (mark & EXIT_LINE) out.push(cellDepth > 0 ? ' ' : '\n');
      continue;
    }
    if (node.type === 'text') {
      const data = node.data ?? '';
      out.push(preDepth > 0 && cellDepth === 0 ? data : data.replace(/[\r\n]+/g, ' '));
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node !== root && skip(node)) continue;
    const name = node.name ?? '';
    const inCell = cellDepth > 0;
    let exit = 0;
    if (name === 'br') out.push(inCell ? ' ' : '\n');
    else if (name === 'tr' && !inCell) {
      out.push('\n');
      exit |= EXIT_LINE;
    } else if (name === 'td' || name === 'th') {
      out.push(inCell ? ' ' : CELL);
      exit |= EXIT_CELL;
      cellDepth++;
    } else if (BLOCKS.has(name)) {
      out.push(inCell ? ' ' : '\n');
      exit |= EXIT_LINE;
    }
    if (name === 'pre' || name === 'textarea') {
      exit |= EXIT_PRE;
      preDepth++;
    }
    if (exit !== 0) {
      nodes.push(node);
      marks.push(exit);
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i]);
      marks.push(0);
    }
  }
  return assemble(out.join(''));
}

function assemble(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    if (raw === '') continue;
    if (!raw.includes(CELL)) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (line !== '') lines.push(line);
      continue;
    }
    let line = raw
      .replace(/\s+/g, ' ')
      .replace(/ ?\u0001 ?/g, CELL)
      .trim();
    // The first cell of a row opens with a boundary marker of its own: drop exactly one.
    if (line.startsWith(CELL)) line = line.slice(1);
    if (line.replaceAll(CELL, '').trim() === '') continue;
    lines.push(line.replaceAll(CELL, '\t'));
  }
  return lines;
}
