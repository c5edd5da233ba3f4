import type { InlinePart } from './types.js';

/** A token to compare (`key`, in the common script) and to show (`text`, the side's own). */
export interface DiffToken {
  readonly key: string;
  readonly text: string;
}

/** Above this many cells the LCS table would be too big: the middle is shown as one replacement. */
const MAX_CELLS = 4_000_000;

/**
 * Word-level diff by longest common subsequence over tokens, after trimming the common prefix and
 * suffix. Equal runs show the new side's text. Adjacent parts of the same kind are merged.
 */
export function inlineDiff(oldTokens: readonly DiffToken[], newTokens: readonly DiffToken[]): InlinePart[] {
  let start = 0;
  while (start < oldTokens.length && start < newTokens.length && oldTokens[start].key === newTokens[start].key) start++;
  let endOld = oldTokens.length;
  let endNew = newTokens.length;
  while (endOld > start && endNew > start && oldTokens[endOld - 1].key === newTokens[endNew - 1].key) {
    endOld--;
    endNew--;
  }
  const parts: InlinePart[] = [];
  const push = (op: InlinePart['op'], text: string): void => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) parts[parts.length - 1] = { op, text: last.text + text };
    else parts.push({ op, text });
  };
  for (let i = 0; i < start; i++) push('equal', newTokens[i].text);
  const a = oldTokens.slice(start, endOld);
  const b = newTokens.slice(start, endNew);
  if (a.length * b.length > MAX_CELLS) {
    for (const t of a) push('delete', t.text);
    for (const t of b) push('insert', t.text);
  } else {
    for (const [op, t] of lcsScript(a, b)) push(op, t.text);
  }
  for (let j = endNew; j < newTokens.length; j++) push('equal', newTokens[j].text);
  return parts;
}

function lcsScript(a: readonly DiffToken[], b: readonly DiffToken[]): [InlinePart['op'], DiffToken][] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // table[i][j] = LCS length of a[i..] and b[j..], filled backwards so the walk goes forwards.
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = a[i].key === b[j].key ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const out: [InlinePart['op'], DiffToken][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i].key === b[j].key) {
      out.push(['equal', b[j]]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) out.push(['delete', a[i++]]);
    else out.push(['insert', b[j++]]);
  }
  while (i < n) out.push(['delete', a[i++]]);
  while (j < m) out.push(['insert', b[j++]]);
  return out;
}

/**
 * Tokens of a text for the diff: words of its simplified form (`keys`), shown in the original
 * script when the conversion kept the length (opencc converts character by character).
 */
export function toDiffTokens(original: string, simplifiedWords: readonly string[]): DiffToken[] {
  const simplified = simplifiedWords.join('');
  const aligned = simplified.length === original.length;
  const out: DiffToken[] = [];
  let offset = 0;
  for (const w of simplifiedWords) {
    out.push({ key: w, text: aligned ? original.slice(offset, offset + w.length) : w });
    offset += w.length;
  }
  return out;
}
