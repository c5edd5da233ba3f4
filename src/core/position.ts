/**
 * Positions, stated once for the whole project (unist conventions):
 * - `line` and `column` start at 1, `offset` starts at 0;
 * - all three count UTF-16 code units of the *decoded* input text
 *   (for HTML input: of the text extracted from the page);
 * - a Position's `end` is the first character after the span.
 */
export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface Position {
  readonly start: Point;
  readonly end: Point;
}

/** Offsets of the first character of every line, for offset → Point lookups in O(log n). */
export interface LineIndex {
  readonly text: string;
  readonly starts: readonly number[];
}

export function indexLines(text: string): LineIndex {
  const starts = [0];
  // indexOf, not a char loop: a one-notice run executes this once, cold (docs/performance.md).
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return { text, starts };
}

/** 0-based index of the line holding `offset`, given the sorted start offsets of the lines. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function pointAt(index: LineIndex, offset: number): Point {
  const clamped = Math.max(0, Math.min(offset, index.text.length));
  const lo = lineIndexAt(index.starts, clamped);
  return { line: lo + 1, column: clamped - index.starts[lo] + 1, offset: clamped };
}

export function positionAt(index: LineIndex, start: number, end: number): Position {
  return { start: pointAt(index, start), end: pointAt(index, end) };
}
