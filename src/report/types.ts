import type { Message } from '../core/message.js';
import type { Paint } from '../core/paint.js';

/** The messages of one input file, as every reporter receives them. */
export interface FileResult {
  /** Path as given on the command line (relative to the working folder), or `<stdin>`. */
  readonly file: string;
  /** Sorted with sortMessages; positions refer to `file`. */
  readonly messages: readonly Message[];
}

/** What a rule is, for reporters that describe rules (SARIF). */
export interface RuleDescriptor {
  /** Namespaced, as in messages: 'lint/numbering-gap', 'schema/required'. */
  readonly id: string;
  readonly description: string;
  readonly rationale?: string;
  readonly defaultSeverity: 'error' | 'warning' | 'info';
}

export interface ReportOptions {
  readonly paint: Paint;
  /** Tool version for SARIF's tool.driver.version. */
  readonly toolVersion?: string;
  /** Every rule that could have run, so SARIF lists them even without results. */
  readonly rules?: readonly RuleDescriptor[];
}

export type Reporter = (results: readonly FileResult[], options: ReportOptions) => string;

export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function countProblems(results: readonly FileResult[]): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    for (const m of r.messages) {
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos };
}
