import type { Message, Severity } from '../core/message.js';
import { sortMessages } from '../core/message.js';
import { pointAt, type LineIndex } from '../core/position.js';
import { normalizeLevel, type AnyRule, type Finding, type LevelSpelling, type LintSubject } from './rule.js';
import { firstNonBlank, lineText } from './locate.js';

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

/** Runs the rules on one register; the engine, not the rules, sets ruleId, severity and position. */
export function lintRegister(subject: LintSubject, settings: readonly RuleSetting[]): Message[] {
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
  const lines = source.starts.length;
  const line = Math.min(Math.max(1, Math.trunc(finding.line) || 1), lines);
  const text = lineText(source, line);
  const column = Math.min(Math.max(1, finding.column ?? firstNonBlank(source, line)), text.length + 1);
  const lineStart = source.starts[line - 1];
  const start = lineStart + column - 1;
  const end = finding.length === undefined ? lineStart + text.trimEnd().length : start + finding.length;
  return {
    ruleId,
    severity,
    reason: finding.reason.split('\n')[0],
    position: { start: pointAt(source, start), end: pointAt(source, Math.max(start, end)) },
    ...(finding.actual === undefined ? {} : { actual: finding.actual }),
    ...(finding.expected === undefined ? {} : { expected: finding.expected }),
  };
}
