/**
 * Reads HTML tables into full grids. The HTML stage flattens a row to one line and loses which
 * cells span rows; task tables need that (a category or a lead unit shared by several rows), so
 * tables are read here again from the page's DOM (the parse the HTML stage hands on, or a fresh
 * one) and every spanning cell is copied into each slot.
 */
import { findElements, isElement } from '../html/dom-walk.js';
import { parseHtml, type DomNode } from '../html/load-cheerio.js';
import type { TableGrid } from './types.js';
import { maxOf, pushAll } from '../core/arrays.js';

/** Spans beyond these are authoring errors; capping keeps a hostile page from exploding the grid. */
const MAX_COLSPAN = 64;
const MAX_COLUMNS = 256;

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'blockquote',
  'pre',
  'dd',
  'dt',
]);
const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

/** Every table of the page (its HTML, or its DOM as htmlToText parsed it), outer tables first, each with only its own rows. */
export function extractTables(page: string | DomNode): TableGrid[] {
  const root = typeof page === 'string' ? parseHtml(page) : page;
  return findElements(root, (e) => e.name === 'table').map((table) => toGrid(ownRows(table)));
}

function elements(node: DomNode): DomNode[] {
  return (node.children ?? []).filter(isElement);
}

function ownRows(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  for (const child of elements(table)) {
    if (child.name === 'tr') rows.push(child);
    else if (child.name !== undefined && SECTIONS.has(child.name))
      pushAll(
        rows,
        elements(child).filter((c) => c.name === 'tr'),
      );
  }
  return rows;
}

function span(node: DomNode, name: 'rowspan' | 'colspan'): number {
  const value = Number.parseInt(node.attribs?.[name] ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? value : 1;
}

function toGrid(rows: readonly DomNode[]): TableGrid {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of elements(row).filter((e) => e.name === 'td' || e.name === 'th')) {
      while (grid[r][c] !== undefined) c++;
      if (c >= MAX_COLUMNS) break;
      const text = cellText(cell);
      const cols = Math.min(span(cell, 'colspan'), MAX_COLSPAN, MAX_COLUMNS - c);
      const last = Math.min(rows.length, r + span(cell, 'rowspan'));
      for (let rr = r; rr < last; rr++) for (let cc = c; cc < c + cols; cc++) grid[rr][cc] ??= text;
      c += cols;
    }
  });
  const width = maxOf(
    grid.map((row) => row.length),
    0,
  );
  return { rows: grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '')) };
}

/** The cell's text; block boundaries and <br> become '\n', runs of spaces one space. */
export function cellText(cell: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.type === 'text') parts.push(node.data ?? '');
    else if (node.type === 'tag') {
      if (node.name === 'br') parts.push('\n');
      const block = node.name !== undefined && BLOCKS.has(node.name);
      if (block) parts.push('\n');
      for (const child of node.children ?? []) walk(child);
      if (block || node.name === 'td' || node.name === 'th') parts.push('\n');
    }
  };
  for (const child of cell.children ?? []) walk(child);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
