/**
 * The text of a numbered line after its marker: its title (the first sentence, or the whole line
 * when it is a bare heading) and what follows the title on the same line.
 */
import { firstSentenceEnd, stripTitleEnd } from './lines.js';

/** Longest first sentence still taken as a task's title. */
export const MAX_TITLE = 60;

export interface Head {
  readonly title: string;
  /** Text after the title on the same line (the start of the body), trimmed; '' when none. */
  readonly rest: string;
  /** True when the line is only a heading (one short sentence, nothing after it). */
  readonly headingOnly: boolean;
}

export function analyseHead(text: string): Head {
  const end = firstSentenceEnd(text);
  if (end < 0 || end >= text.trimEnd().length) {
    const title = stripTitleEnd(text.trim());
    const headingOnly = title.length <= MAX_TITLE && !/[(（〔\[][^)）〕\]]*[)）〕\]]$/.test(title);
    return { title, rest: '', headingOnly };
  }
  return { title: stripTitleEnd(text.slice(0, end).trim()), rest: text.slice(end).trim(), headingOnly: false };
}
