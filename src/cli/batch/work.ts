/**
 * One job's work, the same in a worker thread and in-process: bytes in, finished output text out.
 * Kept free of node:fs so both sides share it unchanged.
 */
import { cleanInput, parseInput } from '../../pipeline.js';
import { canonicalRegister, serializeRegister } from '../../register/index.js';
import { cleanJson, cleanPlainText } from '../commands/clean-output.js';
import { serializeError } from './errors.js';
import type { CleanWork, JobResult, ParseWork, WorkSpec } from './types.js';

export function runWork(index: number, name: string, isStdin: boolean, bytes: Uint8Array, work: WorkSpec): JobResult {
  try {
    return work.kind === 'parse' ? parseWork(index, name, isStdin, bytes, work) : cleanWork(index, name, isStdin, bytes, work);
  } catch (error) {
    return { index, ok: false, error: serializeError(error, name) };
  }
}

function parseWork(index: number, name: string, isStdin: boolean, bytes: Uint8Array, work: ParseWork): JobResult {
  const { register } = parseInput(bytes, { path: isStdin ? null : name, encoding: work.encoding, script: work.script });
  const output = work.format === 'jsonl' ? `${JSON.stringify(canonicalRegister(register))}\n` : serializeRegister(register, work.format);
  let tasks = 0;
  for (const doc of register.documents) tasks += doc.tasks.length;
  return {
    index,
    ok: true,
    output,
    stripped: null,
    counts: { bytes: bytes.byteLength, documents: register.documents.length, tasks, stripped: register.stripped.length },
  };
}

function cleanWork(index: number, name: string, isStdin: boolean, bytes: Uint8Array, work: CleanWork): JobResult {
  const out = cleanInput(bytes, { path: isStdin ? null : name, encoding: work.encoding, script: work.script });
  const output =
    work.format === 'text'
      ? cleanPlainText(out)
      : work.format === 'jsonl'
        ? `${JSON.stringify(cleanJson(name, out))}\n`
        : `${JSON.stringify(cleanJson(name, out), null, 2)}\n`;
  return {
    index,
    ok: true,
    output,
    stripped: out.stripped,
    counts: { bytes: bytes.byteLength, documents: out.documents.length, tasks: null, stripped: out.stripped.length },
  };
}
