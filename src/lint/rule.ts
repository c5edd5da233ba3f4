import type { LineIndex, Point, Position } from '../core/position.js';
import type { RootNode } from '../core/tree.js';

/** A configured level; `warn` maps to the message severity `warning`. */
export type RuleLevel = 'off' | 'warn' | 'error';

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
  readonly defaultSeverity: Exclude<RuleLevel, 'off'>;
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
