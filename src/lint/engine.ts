import type { Message, Severity } from '../core/message.js';
import { sortMessages } from '../core/message.js';
import { pointAt, type LineIndex, type Position } from '../core/position.js';
import { normalizeLevel, type AnyRule, type Finding, type LevelSpelling, type LintSubject } from './rule.js';

/** One rule as configured for a run. */
export interface RuleSetting {
  readonly rule: AnyRule;
  /** ruleSettings gives `warning`; `warn` is still understood. */
  readonly level: LevelSpelling;
  /** Options as configured; the rule's defaults fill the rest. */
  readonly options: Readonly<Record<string, unknown>>;
}

export const RULE_PREFIX = 'lint/';

export function severityOf(level: Exclude<LevelSpelling, 'off'>): Severity {
  return normalizeLevel(level);
}

/** Runs the rules on one tree; the engine, not the rules, sets ruleId, severity and file. */
export function lintTree(subject: LintSubject, settings: readonly RuleSetting[]): Message[] {
  const messages: Message[] = [];
  for (const { rule, level, options } of settings) {
    if (level === 'off') continue;
    const merged = { ...rule.defaults, ...options };
    for (const finding of rule.check(subject, merged)) {
      messages.push(toMessage(subject.source, finding, `${RULE_PREFIX}${rule.id}`, severityOf(level)));
    }
  }
  return sortMessages(messages);
}

function toMessage(source: LineIndex, finding: Finding, ruleId: string, severity: Severity): Message {
  return {
    ruleId,
    severity,
    reason: finding.reason.split('\n')[0],
    position: place(source, finding.at),
    ...(finding.actual === undefined ? {} : { actual: finding.actual }),
    ...(finding.expected === undefined ? {} : { expected: finding.expected }),
  };
}

/** A finding's place as a Position: a span as given, a point to the end of its line, a line's text. */
function place(source: LineIndex, at: Finding['at']): Position {
  if (typeof at === 'object' && 'start' in at) return at;
  const line = typeof at === 'number' ? Math.min(Math.max(1, Math.trunc(at) || 1), source.starts.length) : at.line;
  const lineStart = source.starts[line - 1];
  const next = line < source.starts.length ? source.starts[line] - 1 : source.text.length;
  const text = source.text.slice(lineStart, next);
  const blank = text.search(/\S/u);
  const start = typeof at === 'number' ? lineStart + Math.max(blank, 0) : at.offset;
  const end = lineStart + text.trimEnd().length;
  return { start: pointAt(source, start), end: pointAt(source, Math.max(start, end)) };
}
