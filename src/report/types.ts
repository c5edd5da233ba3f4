import type { Message } from '../core/message.js';
import type { Paint } from '../core/paint.js';

/** The messages of one input file, as every reporter receives them. */
export interface FileResult {
  /** Path as given on the command line (relative to the working folder), or `<stdin>`. */
  readonly file: string;
  /** Absolute path of the file; null or absent for standard input (set by the CLI). */
  readonly path?: string | null;
  /** Sorted with sortMessages; positions refer to `file`. */
  readonly messages: readonly Message[];
}

/** An input the command could not read or check at all (reported on stderr; SARIF records it too). */
export interface InputFailure {
  /** As FileResult.file, or the argument as given (a missing file, a glob matching nothing). */
  readonly file: string;
  /** One line, without the file name. */
  readonly message: string;
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
  /** Address of the README, whose anchors document each rule (SARIF helpUri). */
  readonly docsUri?: string;
  /** Inputs that could not be read or checked (SARIF toolExecutionNotifications). */
  readonly failures?: readonly InputFailure[];
  /** The run's exit code (SARIF invocations[].exitCode). */
  readonly exitCode?: number;
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
