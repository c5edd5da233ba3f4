/** A trimmed piece of the document text with its offsets. */
export interface TextLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Collapses blank lines and trims each line: paragraphs joined by single newlines. */
export function joinParagraphs(parts: readonly string[]): string | null {
  const lines: string[] = [];
  for (const part of parts) {
    for (const line of part.split('\n')) {
      const t = line.trim();
      if (t.length > 0) lines.push(t);
    }
  }
  return lines.length > 0 ? lines.join('\n') : null;
}

/** Same as joinParagraphs for one string, keeping '' for empty input. */
export function tidy(text: string): string {
  return joinParagraphs([text]) ?? '';
}

const TITLE_END = new Set(['。', '.', ';', ':', ',', '!', '?', '；', '：', '，']);

/** A heading without its closing punctuation. */
export function stripTitleEnd(text: string): string {
  let e = text.length;
  while (e > 0 && (TITLE_END.has(text[e - 1]) || text[e - 1] === ' ')) e--;
  return text.slice(0, e);
}

/**
 * What firstSentenceEnd looks for, by char code (a table rather than string compares and a Set
 * per char: it runs over every task's text).
 */
const OPENS = 1;
const CLOSES = 2;
const ENDS = 3;
const NEWLINE = 4;
const SENTENCE_CHARS = new Uint8Array(0x10000);
for (const ch of '(（〔[【“《') SENTENCE_CHARS[ch.charCodeAt(0)] = OPENS;
for (const ch of ')）〕]】”》') SENTENCE_CHARS[ch.charCodeAt(0)] = CLOSES;
for (const ch of '。!?！？') SENTENCE_CHARS[ch.charCodeAt(0)] = ENDS;
SENTENCE_CHARS[0x0a] = NEWLINE;

/**
 * Index just after the first sentence end (`。!?`) outside brackets and quotes, or -1.
 * A `:`-ended lead-in is not a sentence end.
 */
export function firstSentenceEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = SENTENCE_CHARS[text.charCodeAt(i)];
    if (kind === 0) continue;
    if (kind === OPENS) depth++;
    else if (kind === CLOSES) depth = Math.max(0, depth - 1);
    else if (kind === ENDS) {
      if (depth === 0) return i + 1;
    } else return i; // newline
  }
  return -1;
}
