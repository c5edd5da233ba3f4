/**
 * A ModuleWork runner for commands that want registers back (stats): a notice is parsed, a
 * register file (YAML/JSON) is read and validated. Options: { encoding?: string }.
 * Use: runBatch({ work: { kind: 'module', module: REGISTER_JOB, options: { encoding }, countsTasks: true }, … })
 * and take `result.payload` as the Register.
 */
import { registerFromBytes } from '../../diff/read-input.js';
import type { JobInput, JobOutput } from './types.js';

/** This module's URL, to put in ModuleWork.module. */
export const REGISTER_JOB = import.meta.url;

export function runJob(input: JobInput): JobOutput {
  const { encoding } = (input.options ?? {}) as { encoding?: string };
  const register = registerFromBytes(input.bytes, { name: input.name, encoding });
  let tasks = 0;
  for (const doc of register.documents) tasks += doc.tasks.length;
  return { output: '', documents: register.documents.length, tasks, stripped: register.stripped.length, payload: register };
}
