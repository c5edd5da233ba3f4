/** Char-code primitives the hand-written scanners (targets.ts, deadline-scan.ts) share. */

/** The code of a one-character string, for named constants. */
export const code = (s: string): number => s.charCodeAt(0);

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** f.startsWith(word, i) as a few compares, for hot scanners (docs/performance.md). */
export function startsAt(f: string, i: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) if (f.charCodeAt(i + j) !== word.charCodeAt(j)) return false;
  return true;
}
