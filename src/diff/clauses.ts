import type { DiffTask } from './tasks.js';

/** A clause shorter than this (letters and digits) is a fragment, not something that carries over. */
const MIN_CLAUSE = 4;

/**
 * Sentences and semicolon clauses: the units in which a plan's text carries from one year to the
 * next (a year's rewrite keeps some sentences of a task nearly verbatim and replaces the rest).
 */
export function splitClauses(text: string): string[] {
  return text
    .split(/[。；;！？!?\n\r]+/u)
    .map((s) => s.trim())
    .filter((s) => countLetters(s) >= MIN_CLAUSE);
}

function countLetters(s: string): number {
  let n = 0;
  for (const ch of s) if (/[\p{L}\p{N}]/u.test(ch)) n++;
  return n;
}

/** The task text with its own unit names cut out (a table row's unit cells often stay in its text). */
export function textForScoring(task: DiffTask): string {
  let text = task.text;
  const names = [...new Set(task.unitTexts)].filter((n) => [...n].length >= 3).sort((a, b) => b.length - a.length);
  for (const name of names) text = text.split(name).join(' ');
  return text;
}
