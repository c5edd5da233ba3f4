import type { MappedText } from '../core/source-map.js';
import { joinBrokenLines } from './line-joins.js';
import { normalizeText } from './normalize-text.js';

export interface ReadDocument {
  /** The document as the parser reads it. */
  readonly text: MappedText;
  /** Whether joinBrokenLines joined anything (else `text` is only the normalised document). */
  readonly joined: boolean;
}

/**
 * A cleaned document as the parser reads it: normalised, broken lines joined, normalised again.
 * A span removal (a pinyin gloss) or a join (`〔` + `) 达`) can strand a space between CJK
 * characters, which a second clean would drop; without a join the text is normalised already.
 * The cleaner's rejudge pass and the pipeline read documents alike through this one function.
 */
export function readDocument(doc: MappedText): ReadDocument {
  const once = normalizeText(doc);
  const joined = joinBrokenLines(once);
  return joined === once ? { text: once, joined: false } : { text: normalizeText(joined), joined: true };
}
