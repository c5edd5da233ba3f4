import type { LineIndex, Point, Position } from '../core/position.js';
import type { RootNode } from '../core/tree.js';

/** A rule's level, in the words of the message severities it gives: `warning` findings are warnings. */
export type RuleLevel = 'off' | 'warning' | 'error';
/** A level as a config may write it: `warn` is the older spelling of `warning`, still read. */
export type LevelSpelling = RuleLevel | 'warn';

/** The one vocabulary: `warn` read as `warning`. */
export function normalizeLevel<L extends LevelSpelling>(level: L): L extends 'warn' ? 'warning' : Exclude<L, 'warn'> {
  return (level === 'warn' ? 'warning' : level) as L extends 'warn' ? 'warning' : Exclude<L, 'warn'>;
}

/** What every rule reads: the positioned tree of the input and the text its positions point into. */
export interface LintSubject {
  readonly tree: RootNode;
  /** Lines of the decoded input (for HTML: of the extracted text). */
  readonly source: LineIndex;
}

/** What a rule yields; the engine adds ruleId, severity and file. */
export interface Finding {
  /**
   * Where, in source coordinates: a span (a node's position, a marker, one bracket); a point, from
   * which the span runs to the end of its line; or a 1-based line number when only the line is
   * known (parse warnings), for its text from the first non-blank character.
   */
  readonly at: Position | Point | number;
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
// biome-ignore lint/suspicious/noExplicitAny: a rule of any options type (Rule is invariant in its options).
export type AnyRule = Rule<any>;
