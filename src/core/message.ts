import type { Position } from './position.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One message type for the clean audit, lint findings, schema errors and diff notes
 * (after vfile-message and markdownlint). Stages return messages; they never print them.
 */
export interface Message {
  /** Namespaced id: 'clean/seo-spam', 'lint/numbering-gap', 'schema/required', 'decode/guessed'. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** One line, no trailing period: "Unexpected section number `三`, expected `二`". */
  readonly reason: string;
  /** Absent: the message is about the whole file. */
  readonly position?: Position;
  readonly actual?: string;
  readonly expected?: readonly string[];
  readonly note?: string;
  /** Clean audit only: the text that was removed. */
  readonly removed?: string;
  /** Stamped by the CLI layer only. */
  readonly file?: string;
}

/** Messages in report order: by offset, then rule id; exact duplicates dropped. */
export function sortMessages(messages: readonly Message[]): Message[] {
  const sorted = messages.toSorted((a, b) => {
    const ao = a.position?.start.offset ?? -1;
    const bo = b.position?.start.offset ?? -1;
    if (ao !== bo) return ao - bo;
    return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
  });
  const seen = new Set<string>();
  return sorted.filter((m) => {
    const key = `${m.file ?? ''}\u0000${m.ruleId}\u0000${m.position?.start.offset ?? ''}\u0000${m.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
