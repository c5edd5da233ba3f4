import { findAnnotations } from './annotation/find-annotations.js';
import type { Annotation, TaskPiece } from './types.js';

const SPACE = ' \t\n\r\u3000\u00a0';
/** Punctuation that ends a task sentence; an annotation written before it gives it to the task. */
const SENTENCE_END = '。;；!！?？';
/** A leftover made only of these is no task (`。` after an annotation, stray spaces). */
const PUNCT_ONLY = /^[\s\u3000。;；,，、.!！?？:：…”’」』)）〕\]】-]*$/;

function trimRange(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && SPACE.includes(text[a])) a++;
  while (b > a && SPACE.includes(text[b - 1])) b--;
  return [a, b];
}

/**
 * Cuts a paragraph into tasks, each closed by its own unit annotation (房山 plan:
 * `……信息。(A负责落实)深入推进……(B负责落实)`). Piece text has the annotation removed, is
 * trimmed and keeps the sentence's 。 — also when the annotation stands before it
 * (`……公开(市财政局)。`). Text after the last annotation is a piece with annotation null unless it
 * is only punctuation (blank text gives no piece); an annotation with no text before it (a unit line on its own) gives a
 * piece with empty text so the caller can attach it to the previous task.
 */
export function splitTasks(text: string): TaskPiece[] {
  const pieces: TaskPiece[] = [];
  let cursor = 0;
  for (const annotation of findAnnotations(text)) {
    const [a, b] = trimRange(text, cursor, annotation.start);
    let body = text.slice(a, b);
    cursor = annotation.end;
    const end = skipSpaces(text, annotation.end);
    if (end < text.length && SENTENCE_END.includes(text[end])) {
      if (body.length > 0 && !SENTENCE_END.includes(body[body.length - 1])) body += text[end];
      cursor = end + 1;
    }
    pieces.push(piece(body, a, annotation));
  }
  const [a, b] = trimRange(text, cursor, text.length);
  const rest = text.slice(a, b);
  if (rest !== '' && (pieces.length === 0 || !PUNCT_ONLY.test(rest))) pieces.push(piece(rest, a, null));
  return pieces;
}

function skipSpaces(text: string, from: number): number {
  let k = from;
  while (k < text.length && k - from < 8 && SPACE.includes(text[k])) k++;
  return k;
}

function piece(text: string, start: number, annotation: Annotation | null): TaskPiece {
  return { text, start, annotation };
}
