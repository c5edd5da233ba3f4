import { foldWidth } from '../core/zh/index.js';

/** Bracket pairs as they appear after width folding (（）→(), ［］→[]). */
const PAIRS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '〔': '〕', '【': '】', '《': '》', '〈': '〉', '{': '}' };
/** By folded char code: 1 for an opening bracket; for a closing one, the code of its opener. */
const OPENS = new Uint8Array(0x10000);
const OPENER_OF = new Uint16Array(0x10000);
for (const [open, close] of Object.entries(PAIRS)) {
  OPENS[open.charCodeAt(0)] = 1;
  OPENER_OF[close.charCodeAt(0)] = open.charCodeAt(0);
}
/** How far down the stack a closer may look for its opener (keeps the scan linear on hostile input). */
const MAX_LOOKBACK = 8;

export interface BracketProblem {
  readonly kind: 'mismatched' | 'unclosed' | 'unopened';
  /** Offset of the offending bracket in the checked string. */
  readonly index: number;
  readonly char: string;
  /** For 'mismatched': the closing bracket that was found instead. */
  readonly closedBy?: string;
  readonly closedAt?: number;
}

/**
 * Finds brackets that are never closed, never opened, or closed by the wrong kind (`〔……)`).
 * The open brackets are kept as two arrays of numbers (codes, offsets), not an object each: a
 * hostile text opens a million of them.
 */
export function checkBrackets(text: string): BracketProblem[] {
  const problems: BracketProblem[] = [];
  const codes: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = foldWidth(text.charCodeAt(i));
    if (OPENS[code] === 1) {
      codes.push(code);
      offsets.push(i);
      continue;
    }
    const opener = OPENER_OF[code];
    if (opener === 0) continue;
    const top = codes.length - 1;
    if (top < 0) {
      problems.push({ kind: 'unopened', index: i, char: text[i] });
      continue;
    }
    if (codes[top] === opener) {
      codes.pop();
      offsets.pop();
      continue;
    }
    const depth = findBelow(codes, opener);
    if (depth >= 0) {
      // Brackets opened after the matching one were never closed.
      for (let d = depth + 1; d <= top; d++) problems.push({ kind: 'unclosed', index: offsets[d], char: text[offsets[d]] });
      codes.length = depth;
      offsets.length = depth;
    } else {
      const index = offsets[top];
      codes.pop();
      offsets.pop();
      problems.push({ kind: 'mismatched', index, char: text[index], closedBy: text[i], closedAt: i });
    }
  }
  for (let d = 0; d < offsets.length; d++) problems.push({ kind: 'unclosed', index: offsets[d], char: text[offsets[d]] });
  return problems.toSorted((a, b) => a.index - b.index);
}

function findBelow(codes: readonly number[], opener: number): number {
  for (let d = codes.length - 2; d >= 0 && d >= codes.length - 1 - MAX_LOOKBACK; d--) if (codes[d] === opener) return d;
  return -1;
}

export function describeBracketProblem(p: BracketProblem): string {
  switch (p.kind) {
    case 'mismatched':
      return `\`${p.char}\` is closed by \`${p.closedBy}\``;
    case 'unclosed':
      return `\`${p.char}\` is never closed`;
    case 'unopened':
      return `\`${p.char}\` closes a bracket that was never opened`;
  }
}
