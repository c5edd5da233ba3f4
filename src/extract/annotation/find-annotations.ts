import type { Annotation } from '../types.js';
import { innerEnd, scanBrackets } from './brackets.js';
import { isAnnotation } from './is-annotation.js';

/** The bracket groups of `text` that are unit annotations, outermost only, in text order. */
export function findAnnotations(text: string): Annotation[] {
  const found: Annotation[] = [];
  let coveredTo = -1;
  for (const group of scanBrackets(text)) {
    if (group.start < coveredTo) continue; // nested in an annotation already taken
    if (!isAnnotation(text, group, coveredTo)) continue;
    found.push({
      raw: text.slice(group.start, group.end),
      inner: text.slice(group.start + 1, innerEnd(group)),
      open: text[group.start],
      close: group.balanced ? text[group.end - 1] : '',
      start: group.start,
      end: group.end,
      balanced: group.balanced,
    });
    coveredTo = group.end;
  }
  return found;
}
