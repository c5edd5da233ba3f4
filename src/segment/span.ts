import type { Point, Position } from '../core/position.js';

/**
 * The source span of doc text [start, end). The end is placed after the source character of the
 * span's last character, not at the source point of `end`: where a line join removed a line
 * break after the span, `end` maps to the start of the next line.
 */
export function spanOf(pointOf: (offset: number) => Point, start: number, end: number): Position {
  const first = pointOf(start);
  if (end <= start) return { start: first, end: first };
  const last = pointOf(end - 1);
  return { start: first, end: { line: last.line, column: last.column + 1, offset: last.offset + 1 } };
}
