/**
 * Array helpers for arrays of any length. `target.push(...items)`, `Math.max(...values)` and
 * `String.fromCharCode(...codes)` pass every element as an argument on the stack, which overflows
 * ("Maximum call stack size exceeded") somewhere past 100,000 elements: a notice of 2.5 million
 * markers, a table of 200,000 rows or a folder of 150,000 files would crash the run. A loop never
 * does. Use these wherever the array's length comes from the input.
 */

/** Appends every item to `target` (push(...items) without the stack); returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Math.max(start, ...values) without the stack: `start` counts as one of the values. */
export function maxOf(values: Iterable<number>, start = Number.NEGATIVE_INFINITY): number {
  let max = start;
  for (const v of values) if (v > max || Number.isNaN(v)) max = v;
  return max;
}

/** Math.min(start, ...values) without the stack. */
export function minOf(values: Iterable<number>, start = Number.POSITIVE_INFINITY): number {
  let min = start;
  for (const v of values) if (v < min || Number.isNaN(v)) min = v;
  return min;
}
