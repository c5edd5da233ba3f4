import type { LineIndex } from '../core/position.js';
import type { Register } from '../core/register.js';

/** A rule's level, in the words of the message severities it gives: `warning` findings are warnings. */
export type RuleLevel = 'off' | 'warning' | 'error';
/** A level as a config may write it: `warn` is the older spelling of `warning`, still read. */
export type LevelSpelling = RuleLevel | 'warn';

/** The one vocabulary: `warn` read as `warning`. */
export function normalizeLevel<L extends LevelSpelling>(level: L): L extends 'warn' ? 'warning' : Exclude<L, 'warn'> {
  return (level === 'warn' ? 'warning' : level) as L extends 'warn' ? 'warning' : Exclude<L, 'warn'>;
}

/** What every rule reads: the register and the decoded text its line numbers point into. */
export interface LintSubject {
  readonly register: Register;
  /** Lines of the decoded input (for HTML: of the extracted text); used to place columns. */
  readonly source: LineIndex;
}

/** What a rule yields; the engine adds ruleId, severity, position and file. */
export interface Finding {
  /** 1-based line of the decoded input. */
  readonly line: number;
  /** 1-based column; when absent the engine takes the first non-blank character of the line. */
  readonly column?: number;
  /** Length of the span in UTF-16 units; when absent the span runs to the end of the line. */
  readonly length?: number;
  /** One line, no trailing period. */
  readonly reason: string;
  readonly actual?: string;
  readonly expected?: readonly string[];
}

/** JSON Schema fragment (draft 2020-12) describing one option; also documents it. */
export interface OptionSchema {
  readonly description: string;
  readonly [keyword: string]: unknown;
}

export interface RuleExample {
  readonly input: string;
  /** Expected findings as `line:column: reason`. */
  readonly output: readonly string[];
}

export interface Rule<Options extends object = Record<string, never>> {
  /** kebab-case, naming the problem. */
  readonly id: string;
  /** One line: what the rule checks. */
  readonly description: string;
  /** Why the problem matters to a clerk, an analyst or a CI job. */
  readonly rationale: string;
  readonly defaultSeverity: Exclude<LevelSpelling, 'off'>;
  readonly defaults: Options;
  /** One schema per option; lint-config.schema.json is built from these. */
  readonly options: { readonly [K in keyof Options]: OptionSchema };
  /** Run through the real pipeline by test/lint/rule-examples.test.ts. */
  readonly examples: { readonly ok: readonly string[]; readonly notOk: readonly RuleExample[] };
  check(subject: LintSubject, options: Options): Iterable<Finding>;
}

/** A rule with its options type erased, as the registry holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
