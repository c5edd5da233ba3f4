import type { LineIndex } from '../core/position.js';
import { foldWidth } from './marker.js';

/** Text of a 1-based line, without its line break; '' outside the text. */
export function lineText(source: LineIndex, line: number): string {
  if (line < 1 || line > source.starts.length) return '';
  const start = source.starts[line - 1];
  const next = line < source.starts.length ? source.starts[line] - 1 : source.text.length;
  return source.text.slice(start, next);
}

/**
 * A line's text with full- and half-width forms folded alike, folded once per line and source:
 * rules place many findings on one line (a 10 MB single-line notice has them all there), and
 * folding the line again for each was quadratic.
 */
const folded = new WeakMap<LineIndex, Map<number, string>>();

export function foldedLine(source: LineIndex, line: number): string {
  let lines = folded.get(source);
  if (!lines) folded.set(source, (lines = new Map()));
  let text = lines.get(line);
  if (text === undefined) lines.set(line, (text = foldWidth(lineText(source, line))));
  return text;
}

/**
 * 1-based column of `needle` on a line, comparing full- and half-width forms alike (stages
 * report normalised text, the source may hold the full-width form); undefined when absent.
 */
export function findOnLine(source: LineIndex, line: number, needle: string, fromColumn = 1): number | undefined {
  if (needle.length === 0) return undefined;
  const at = foldedLine(source, line).indexOf(foldWidth(needle), Math.max(0, fromColumn - 1));
  return at < 0 ? undefined : at + 1;
}

/** Column of the first character that is not white space (NBSP and ideographic space count as space). */
export function firstNonBlank(source: LineIndex, line: number): number {
  const text = lineText(source, line);
  const at = text.search(/\S/u);
  return at < 0 ? 1 : at + 1;
}

/** Where `needle` first appears on `line` or the few lines after it (text the pipeline joined). */
export function findNear(source: LineIndex, line: number, needle: string, span = 8): { line: number; column: number } | undefined {
  for (let l = line; l < line + span && l <= source.starts.length; l++) {
    const column = findOnLine(source, l, needle);
    if (column !== undefined) return { line: l, column };
  }
  return undefined;
}
