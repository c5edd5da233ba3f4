/**
 * One job's work, the same in a worker thread and in-process: bytes in, finished output text out.
 * Kept free of node:fs so both sides share it unchanged.
 */
import { cleanInput, parseInput } from '../../pipeline.js';
import { canonicalRegister, serializeRegisterBytes, withSourcePunctuation } from '../../register/index.js';
import { reviewPage } from '../../review/page.js';
import { cleanJson, cleanPlainText } from '../commands/clean-output.js';
import { serializeError } from './errors.js';
import { prepareNotice, type NoticeInput } from '../notice-input.js';
import type { CleanWork, JobResult, JobRunner, ParseWork, WorkSpec } from './types.js';

/** `runner` is the loaded runJob of a ModuleWork (see module-work.ts). */
export async function runWork(
  index: number,
  name: string,
  isStdin: boolean,
  bytes: Uint8Array,
  work: WorkSpec,
  runner?: JobRunner,
): Promise<JobResult> {
  try {
    if (work.kind === 'parse') return parseWork(index, name, isStdin, bytes, await prepareNotice(bytes, name), work);
    if (work.kind === 'clean') return cleanWork(index, name, isStdin, bytes, await prepareNotice(bytes, name), work);
    if (!runner) throw new Error(`job module not loaded: ${work.module}`);
    const out = runner({ bytes, name, isStdin, options: work.options });
    return {
      index,
      ok: true,
      output: out.output,
      stripped: null,
      counts: { bytes: bytes.byteLength, documents: out.documents, tasks: out.tasks, stripped: out.stripped },
      ...(out.payload === undefined ? {} : { payload: out.payload }),
    };
  } catch (error) {
    return { index, ok: false, error: serializeError(error, name) };
  }
}

function parseWork(
  index: number,
  name: string,
  isStdin: boolean,
  bytes: Uint8Array,
  notice: NoticeInput,
  work: ParseWork,
): JobResult {
  const parsed = parseInput(notice.input, pipelineOptions(name, isStdin, notice, work));
  const { clean } = parsed;
  // The clerk's table shows the notice's own punctuation; the register keeps the normalised text.
  const register = work.punctuation === 'source' ? withSourcePunctuation(parsed.register, clean.sourceText) : parsed.register;
  const output =
    work.format === 'jsonl'
      ? `${JSON.stringify(canonicalRegister(register))}\n`
      : work.format === 'html'
        ? reviewPage(register, clean.sourceText, { lang: work.lang })
        : serializeRegisterBytes(register, work.format);
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

function cleanWork(
  index: number,
  name: string,
  isStdin: boolean,
  bytes: Uint8Array,
  notice: NoticeInput,
  work: CleanWork,
): JobResult {
  const out = cleanInput(notice.input, pipelineOptions(name, isStdin, notice, work));
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

/** What parse and clean jobs both pass to the pipeline: standard input has no path. */
function pipelineOptions(name: string, isStdin: boolean, notice: NoticeInput, work: ParseWork | CleanWork) {
  return { path: isStdin ? null : name, encoding: work.encoding, script: work.script, original: notice.original };
}
