/**
 * Footer text glued to the end of a long line (a page collapsed onto one line): from the start of
 * the clause holding the first footer marker in the last `window` characters to the end of the line,
 * when that tail holds no sentence. Returns the start offset, or -1. `may`, when given, is a cheap
 * test that is false only for a tail the marker cannot match: it reads the tail, not the line.
 */
export function gluedFooterStart(line: string, marker: RegExp, may?: (tail: string) => boolean, window = 300): number {
  const from = Math.max(0, line.length - window);
  const tail = line.slice(from);
  if (may && !may(tail)) return -1;
  const m = marker.exec(tail);
  if (!m) return -1;
  const at = from + m.index;
  if (/[。;!?]/.test(line.slice(at))) return -1;
  // Back up to the end of the previous sentence, at most a short label's length.
  let start = at;
  while (start > from && at - start < 20 && !/[。;!?)\s]/.test(line[start - 1])) start--;
  return start;
}
