import { stylish } from './stylish.js';
import { json } from './json.js';
import { github } from './github.js';
import { sarif } from './sarif.js';
import type { Reporter } from './types.js';

/** Every reporter, by the name `--reporter` takes (textlint's registry object). */
export const reporters = { stylish, json, github, sarif } as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

export const REPORTER_NAMES = Object.keys(reporters) as ReporterName[];

export {
  countProblems,
  type FileResult,
  type InputFailure,
  type ProblemCounts,
  type ReportOptions,
  type Reporter,
  type RuleDescriptor,
} from './types.js';
export { toJson, type JsonFileResult, type JsonMessage } from './json.js';
export { escapeData, escapeProperty } from './github.js';
export { fileUri, ruleAnchor, INFORMATION_URI } from './sarif.js';
