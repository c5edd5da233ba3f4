import { foldWidth } from '../core/zh/index.js';

/** Bracket pairs as they appear after width folding (（）→(), ［］→[]). */
const PAIRS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '〔': '〕', '【': '】', '《': '》', '〈': '〉', '{': '}' };
const CLOSERS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));
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

/** Finds brackets that are never closed, never opened, or closed by the wrong kind (`〔……)`). */
export function checkBrackets(text: string): BracketProblem[] {
  const problems: BracketProblem[] = [];
  const stack: { char: string; index: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = String.fromCharCode(foldWidth(text.charCodeAt(i)));
    if (ch in PAIRS) {
      stack.push({ char: ch, index: i });
      continue;
    }
    const opener = CLOSERS[ch];
    if (opener === undefined) continue;
    if (stack.length === 0) {
      problems.push({ kind: 'unopened', index: i, char: text[i] });
      continue;
    }
    const top = stack[stack.length - 1];
    if (top.char === opener) {
      stack.pop();
      continue;
    }
    const depth = findBelow(stack, opener);
    if (depth >= 0) {
      // Brackets opened after the matching one were never closed.
      for (const open of stack.splice(depth + 1)) problems.push({ kind: 'unclosed', index: open.index, char: text[open.index] });
      stack.pop();
    } else {
      stack.pop();
      problems.push({ kind: 'mismatched', index: top.index, char: text[top.index], closedBy: text[i], closedAt: i });
    }
  }
  for (const open of stack) problems.push({ kind: 'unclosed', index: open.index, char: text[open.index] });
  return problems.toSorted((a, b) => a.index - b.index);
}

function findBelow(stack: readonly { char: string }[], opener: string): number {
  for (let d = stack.length - 2; d >= 0 && d >= stack.length - 1 - MAX_LOOKBACK; d--) if (stack[d].char === opener) return d;
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
