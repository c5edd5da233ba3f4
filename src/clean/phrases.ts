/**
 * A list of phrases and the cue that lets a rule skip its big pattern on most lines, built from
 * one list so that the cue cannot miss a phrase: every phrase is written around its `words` (one
 * of which each of its matches must hold), the pattern is the phrases joined, and the cue is the
 * words alone. A line without any word cannot match the pattern.
 */
export interface Phrase {
  /** Regex source before the words (not optional: it is matched with them). */
  readonly before?: string;
  /** Regex sources, one of which every match of the phrase holds. */
  readonly words: readonly string[];
  /** Regex source after the words. */
  readonly after?: string;
}

export interface PhraseSet {
  /** Any one phrase (no flags: ASCII case is spelled out in the words, see anyCase). */
  readonly pattern: RegExp;
  /** Any one word: false only for a text that no phrase can match. */
  readonly cue: RegExp;
}

export function phraseSet(phrases: readonly Phrase[]): PhraseSet {
  const pattern = phrases.map((p) => `${p.before ?? ''}(?:${p.words.join('|')})${p.after ?? ''}`).join('|');
  const words = [...new Set(phrases.flatMap((p) => p.words))];
  // One-character words as a class: irregexp scans for a class faster than for an alternation.
  const chars = words.filter((w) => w.length === 1 && !'\\^$.|?*+()[]{}-'.includes(w));
  const longer = words.filter((w) => !chars.includes(w));
  const cue = [...(chars.length > 0 ? [`[${chars.join('')}]`] : []), ...longer].join('|');
  return { pattern: new RegExp(pattern), cue: new RegExp(cue) };
}

/**
 * `word` in any letter case, letter by letter ([Pp][Oo]…): what the i flag matched, without the
 * flag, which made V8 work out case variants for every CJK character of a pattern when compiling it.
 */
export const anyCase = (word: string): string => word.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
