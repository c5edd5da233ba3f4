import type { MappedText } from '../core/source-map.js';
import type { PageMeta } from '../core/register.js';

/** One piece of debris the clean stage threw away. Offsets are in the *source* (through input.map). */
export interface Removal {
  /** kebab-case rule id: 'seo-spam', 'cms-footer', 'pinyin-gloss', … */
  readonly rule: string;
  /** One line of English saying why. */
  readonly reason: string;
  /** The removed text as it appeared in the cleaner's input. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface CleanResult {
  /** At least one; a compilation page gives one per 【篇一】-style marker. Maps point at the input's source. */
  readonly documents: MappedText[];
  readonly removals: Removal[];
  readonly pageMeta: PageMeta;
  /**
   * `documents` as the parser reads them (normalize's readDocument), maps pointing at the input's
   * source. The rejudge pass reads them anyway; handing them on spares the pipeline a second read.
   * Absent in the rare case the rejudge rounds ran out.
   */
  readonly read?: MappedText[];
}

/** What a rule reports for one line. Without start/end the hit covers the whole line. */
export interface Hit {
  readonly reason: string;
  /** Offsets into the text the rule was given, end exclusive. */
  readonly start?: number;
  readonly end?: number;
  /** Values the page states about itself, kept from the removed text. */
  readonly meta?: PageMeta;
  /** The line starts a new document (compilation marker). */
  readonly splits?: boolean;
  /** The line heads a tail block (related list, footer): short lines after it go too if the page ends there. */
  readonly opensTail?: boolean;
}

/** What rules may look at besides the line itself. Lines are the cleaner's input lines. */
export interface LineContext {
  readonly lines: readonly string[];
  readonly index: number;
  /** Per-run scratch space, for rules that precompute over the whole page once. */
  readonly memo: Map<string, unknown>;
}

export interface RuleExamples {
  /** Lines the rule must hit. */
  readonly hit: readonly string[];
  /** Look-alike lines the rule must leave alone. */
  readonly miss: readonly string[];
}

/** A clean rule: one kind of web debris, with a pure detector. */
export interface CleanRule {
  readonly id: string;
  readonly description: string;
  readonly examples: RuleExamples;
  /** Hits in `line` (the still-kept text of one input line, trimmed). Empty when the line is clean. */
  match(line: string, ctx: LineContext): readonly Hit[];
  /** For rules whose hits open a tail block: is this otherwise clean line one of the block's items? */
  tailItem?(line: string): boolean;
}
