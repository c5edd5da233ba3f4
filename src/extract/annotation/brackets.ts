/**
 * Single-pass bracket scanner. Any opener may be closed by any closer, because real notices pair
 * `〔` with `)`; a closer always closes the innermost open group. Groups still open at the end of
 * the text (a truncated file) come back with balanced:false and end = text.length.
 */
export const OPENERS = '(〔[【（［〖';
export const CLOSERS = ')〕]】）］〗';

/** Deeper nesting than this is counted but not recorded, so 1 MB of brackets stays linear. */
export const MAX_DEPTH = 32;

export interface BracketGroup {
  /** Offset of the opening bracket. */
  readonly start: number;
  /** Offset just after the closing bracket, or text.length when unclosed. */
  readonly end: number;
  /** 0 for a group not nested in another recorded group. */
  readonly depth: number;
  readonly balanced: boolean;
}

/** 1 = opener, 2 = closer, by UTF-16 code: the scans below look at every character. */
const KIND = new Uint8Array(0x10000);
for (const ch of OPENERS) KIND[ch.charCodeAt(0)] = 1;
for (const ch of CLOSERS) KIND[ch.charCodeAt(0)] = 2;

export function isOpener(ch: string): boolean {
  return ch.length === 1 && KIND[ch.charCodeAt(0)] === 1;
}

export function isCloser(ch: string): boolean {
  return ch.length === 1 && KIND[ch.charCodeAt(0)] === 2;
}

/** Every recorded bracket group, ordered by start offset. */
export function scanBrackets(text: string): BracketGroup[] {
  const groups: { start: number; end: number; depth: number; balanced: boolean }[] = [];
  const stack: number[] = []; // indexes into groups
  let overflow = 0; // openers beyond MAX_DEPTH that still wait for their closer
  for (let i = 0; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === 0) continue;
    if (kind === 1) {
      if (stack.length >= MAX_DEPTH) {
        overflow++;
        continue;
      }
      stack.push(groups.length);
      groups.push({ start: i, end: text.length, depth: stack.length - 1, balanced: false });
    } else {
      if (overflow > 0) overflow--;
      else if (stack.length > 0) {
        const g = groups[stack.pop() as number];
        g.end = i + 1;
        g.balanced = true;
      }
      // A closer with nothing open is ordinary text.
    }
  }
  return groups;
}

/** Offset of the inner text's end: before the closer, or the end of text when unclosed. */
export function innerEnd(group: BracketGroup): number {
  return group.balanced ? group.end - 1 : group.end;
}

/**
 * Splits `text` at any of `separators` that sit outside brackets. Returns [start, end) ranges.
 * Unclosed openers simply leave the rest of the text at depth > 0.
 */
export function splitTopLevel(text: string, separators: string): [number, number][] {
  const parts: [number, number][] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === 1) depth++;
    else if (kind === 2) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && separators.includes(text[i])) {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  parts.push([from, text.length]);
  return parts;
}
