/**
 * A list of phrases and the cue that lets a reader skip its pattern on most texts, built from one
 * list so that the cue cannot miss a phrase: every phrase is written around its `words` (one of
 * which each of its matches must hold), the pattern is the phrases joined, and the cue is the
 * words alone. A text without any word cannot match the pattern. Both are compiled on first use.
 */
import { lazyRegExp } from './lazy-regexp.js';

export interface Phrase {
  /** Regex source before the words (not optional: it is matched with them). */
  readonly before?: string;
  /** Regex sources, one of which every match of the phrase holds. */
  readonly words: readonly string[];
  /** Regex source after the words. */
  readonly after?: string;
}

export interface PhraseSet {
  /** Any one phrase (ASCII case is spelled out in the words, see anyCase, rather than by the i flag). */
  pattern(): RegExp;
  /** Any one word: false only for a text that no phrase can match. */
  cue(): RegExp;
}

/** The phrases as one pattern with `flags` (g: every match, y: the match at lastIndex), and their cue. */
export function phraseSet(phrases: readonly Phrase[], flags = ''): PhraseSet {
  return {
    pattern: lazyRegExp(phrases.map((p) => `${p.before ?? ''}(?:${p.words.join('|')})${p.after ?? ''}`).join('|'), flags),
    cue: lazyRegExp(cueSource(phrases), ''),
  };
}

function cueSource(phrases: readonly Phrase[]): string {
  const words = [...new Set(phrases.flatMap((p) => p.words))];
  // One-character words as a class: irregexp scans for a class faster than for an alternation.
  const chars = words.filter((w) => w.length === 1 && !'\\^$.|?*+()[]{}-'.includes(w));
  const longer = words.filter((w) => !chars.includes(w));
  return [...(chars.length > 0 ? [`[${chars.join('')}]`] : []), ...longer].join('|');
}

/**
 * `word` in any letter case, letter by letter ([Pp][Oo]…): what the i flag matched, without the
 * flag, which made V8 work out case variants for every CJK character of a pattern when compiling it.
 */
export const anyCase = (word: string): string => word.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
