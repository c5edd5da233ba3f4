import type { DomNode } from './load-cheerio.js';

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'article', 'main', 'table', 'thead',
  'tbody', 'tfoot', 'caption', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'center', 'hr',
  'header', 'footer', 'nav', 'aside', 'form', 'fieldset', 'figure', 'figcaption', 'address', 'body', 'html',
]);

/** Stands for a cell boundary until lines are assembled, so whitespace collapsing leaves it alone. */
const CELL = '\u0001';

type Frame = { node: DomNode; exit: false } | { exit: true; text: string; cell: boolean; pre: boolean };

/**
 * Text of `root` as lines: block elements and <br> break lines, a table row is one line with its
 * cells joined by a tab, whitespace inside a line collapses to one space. Iterative, so deep
 * nesting cannot overflow the stack. `skip` drops an element with everything inside it.
 */
export function domLines(root: DomNode, skip: (node: DomNode) => boolean): string[] {
  const out: string[] = [];
  let cellDepth = 0;
  let preDepth = 0;
  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.exit) {
      if (frame.cell) cellDepth--;
      if (frame.pre) preDepth--;
      out.push(frame.text === '\n' && cellDepth > 0 ? ' ' : frame.text);
      continue;
    }
    const node = frame.node;
    if (node.type === 'text') {
      const data = node.data ?? '';
      out.push(preDepth > 0 && cellDepth === 0 ? data : data.replace(/[\r\n]+/g, ' '));
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node !== root && skip(node)) continue;
    const name = node.name ?? '';
    const inCell = cellDepth > 0;
    let exitText = '';
    let cell = false;
    if (name === 'br') out.push(inCell ? ' ' : '\n');
    else if (name === 'tr' && !inCell) {
      out.push('\n');
      exitText = '\n';
    } else if (name === 'td' || name === 'th') {
      out.push(inCell ? ' ' : CELL);
      cell = true;
      cellDepth++;
    } else if (BLOCKS.has(name)) {
      out.push(inCell ? ' ' : '\n');
      exitText = '\n';
    }
    const pre = name === 'pre' || name === 'textarea';
    if (pre) preDepth++;
    stack.push({ exit: true, text: exitText, cell, pre });
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
  return assemble(out.join(''));
}

function assemble(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    let line = raw.replace(/\s+/g, ' ').replace(/ ?\u0001 ?/g, CELL).trim();
    // The first cell of a row opens with a boundary marker of its own: drop exactly one.
    if (line.startsWith(CELL)) line = line.slice(1);
    if (line.replaceAll(CELL, '').trim() === '') continue;
    lines.push(line.replaceAll(CELL, '\t'));
  }
  return lines;
}
