import { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import type { Message } from '../../core/message.js';
import { indexLines, pointAt } from '../../core/position.js';
import { sortMessages } from '../../core/message.js';
import { validateRegisterText } from '../../register/index.js';
import type { FileResult, RuleDescriptor } from '../../report/index.js';
import type { CommandContext } from '../context.js';
import { inputPathsOf, inputsOf } from '../files.js';
import { forEachInput } from '../each-input.js';
import { excludeOption, includeOption, stdinFilenameOption } from '../options.js';
import { examplesHelp, exitCodesHelp } from '../exit-codes.js';
import { noticeKind, type NoticeKind } from '../file-kind.js';
import { finishReport, reportOptions, type ReportFlags } from './lint.js';

const REGISTER_FILES = ['*.register.yaml', '*.register.yml', '*.register.json'];

/** validate's own words for the user, in one place (for the message catalogue). */
const TEXT = {
  notARegister: {
    word: 'this is a Word document (a notice), not a task register; use `workplan lint` or `workplan parse`',
    html: 'this is an HTML page (a notice), not a task register; use `workplan lint` or `workplan parse`',
    text: 'this is a notice (text), not a task register; use `workplan lint` or `workplan parse`',
  } satisfies Record<NoticeKind, string>,
  notUtf8: 'a register file must be UTF-8',
  exitCodes: [
    [0, 'every register is valid'],
    [1, 'at least one register is invalid (not YAML or JSON, or against the schema)'],
    [2, 'at least one input could not be checked (missing, unreadable, not UTF-8, a notice rather\nthan a register, a glob matching nothing; the others are still checked), the report\ncould not be written, or a usage error'],
  ] as const,
};

interface ValidateFlags extends ReportFlags {
  include?: string[];
  exclude?: string[];
  stdinFilename?: string;
}

/** How validate's own messages are described in SARIF; schema/<keyword> ids are added as they occur. */
const DESCRIPTORS: readonly RuleDescriptor[] = [
  { id: 'validate/syntax', description: 'The register file is not well-formed YAML or JSON', defaultSeverity: 'error' },
];

export function validateCommand(ctx: CommandContext): Command {
  const command = new Command('validate')
    .description('check task registers (YAML or JSON) against schemas/register.schema.json, reporting every problem with its JSON pointer, line and column')
    .argument('[files...]', 'register files, folders (taking *.register.yaml/.yml/.json), or - for standard input')
    .addOption(includeOption())
    .addOption(excludeOption())
    .addOption(stdinFilenameOption());
  for (const option of reportOptions()) command.addOption(option);
  const examples = examplesHelp([
    ['workplan validate plan.register.yaml', 'check a register against its schema'],
    ['workplan validate registers/ --format github', 'a folder of registers, in a GitHub workflow'],
  ]);
  return command.addHelpText('after', `${examples}\n${exitCodesHelp(TEXT.exitCodes)}`).action(async (files: string[], flags: ValidateFlags) => {
    ctx.exit(await runValidate(ctx, files, flags));
  });
}

async function runValidate(ctx: CommandContext, files: string[], flags: ValidateFlags): Promise<number> {
  const { io } = ctx;
  const expanded = await inputsOf(io.cwd, files, { include: flags.include, exclude: flags.exclude, defaultInclude: REGISTER_FILES, stdinName: flags.stdinFilename });
  const results: FileResult[] = [];
  const failures = await forEachInput(ctx, expanded, (input, bytes) => {
    // A notice read as YAML gives only nonsense syntax errors: say what it is.
    const kind = noticeKind(bytes);
    if (kind !== null) throw new InputError(TEXT.notARegister[kind], { file: input.name });
    const text = decodeUtf8(bytes, input.name);
    try {
      results.push({ file: input.name, path: input.path, messages: sortMessages(validateRegisterText(text, input.name)) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // A register that is not even YAML/JSON is an invalid register: report it like any finding.
      results.push({ file: input.name, path: input.path, messages: [syntaxMessage(text, error.message)] });
    }
  });
  return finishReport(ctx, results, flags, DESCRIPTORS, failures, inputPathsOf(expanded.inputs));
}

function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(TEXT.notUtf8, { file: name });
  }
}

/** Reads `at L:C` out of the reader's one-line error, so the problem has a position. */
function syntaxMessage(text: string, reason: string): Message {
  const at = /\bat (\d+):(\d+)/.exec(reason);
  const base: Message = { ruleId: 'validate/syntax', severity: 'error', reason: reason.split('\n')[0] };
  const index = indexLines(text);
  if (!at) {
    // An alias bomb: the reader's error has no position; the first alias is where it starts.
    const alias = /YAML aliases/.test(reason) ? /(^|[\s[{,:-])\*[^\s,[\]{}]/m.exec(text) : null;
    if (!alias) return base;
    const point = pointAt(index, alias.index + alias[1].length);
    return { ...base, position: { start: point, end: point } };
  }
  const line = Math.min(Number(at[1]), index.starts.length);
  const point = pointAt(index, index.starts[line - 1] + Number(at[2]) - 1);
  return { ...base, position: { start: point, end: point } };
}
