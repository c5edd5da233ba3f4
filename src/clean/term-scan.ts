/**
 * Multi-term lookup by first character: linear in the text times the (small) number of terms
 * sharing a first character. Used instead of one big alternation regex so scans of 5 MB lines
 * stay predictable.
 */
export interface TermIndex {
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
  readonly ignoreCase: boolean;
  /**
   * 1 at the char code of every first character (both cases when ignoreCase): most positions
   * hold no term, and one table read rejects them without building a string or hashing it.
   */
  readonly firstCodes: Uint8Array;
}

export function buildTermIndex(terms: readonly string[], ignoreCase = false): TermIndex {
  const byFirst = new Map<string, string[]>();
  const firstCodes = new Uint8Array(0x10000);
  for (const raw of terms) {
    const term = ignoreCase ? raw.toLowerCase() : raw;
    const list = byFirst.get(term[0]) ?? [];
    list.push(term);
    byFirst.set(term[0], list);
    const code = term.charCodeAt(0);
    firstCodes[code] = 1;
    if (ignoreCase && code >= 97 && code <= 122) firstCodes[code - 32] = 1;
  }
  // Longest first, so 中文字幕 wins over 字幕 at the same position.
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst, ignoreCase, firstCodes };
}

/** The longest term starting at `offset`, or null. */
export function termAt(index: TermIndex, text: string, offset: number): string | null {
  if (index.firstCodes[text.charCodeAt(offset)] !== 1) return null; // NaN (past the end) reads undefined
  const list = index.byFirst.get(index.ignoreCase ? foldChar(text[offset]) : text[offset]);
  if (!list) return null;
  for (const term of list) {
    if (index.ignoreCase ? startsWithFolded(text, term, offset) : text.startsWith(term, offset)) return term;
  }
  return null;
}

/** ASCII-only case folding without allocating: the terms are lower-case already. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
}

function startsWithFolded(text: string, term: string, offset: number): boolean {
  if (offset + term.length > text.length) return false;
  for (let k = 0; k < term.length; k++) {
    let code = text.charCodeAt(offset + k);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== term.charCodeAt(k)) return false;
  }
  return true;
}
