import { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import type { Message } from '../../core/message.js';
import { indexLines, pointAt } from '../../core/position.js';
import { sortMessages } from '../../core/message.js';
import { validateRegisterText } from '../../register/index.js';
import type { FileResult, RuleDescriptor } from '../../report/index.js';
import { messagesOf, type CommandContext } from '../context.js';
import { inputPathsOf, inputsOf } from '../files.js';
import { forEachInput } from '../each-input.js';
import { excludeOption, includeOption, stdinFilenameOption } from '../options.js';
import { examplesHelp, exitCodesHelp } from '../exit-codes.js';
import { noticeKind, type NoticeKind } from '../file-kind.js';
import type { MessageId, Translate } from '../../i18n/catalogue.js';
import { finishReport, reportOptions, type ReportFlags } from './lint.js';

const REGISTER_FILES = ['*.register.yaml', '*.register.yml', '*.register.json'];

/** What validate says a notice given as a register is, by kind. */
const NOT_A_REGISTER = {
  word: 'cli.validate.notARegister.word',
  html: 'cli.validate.notARegister.html',
  text: 'cli.validate.notARegister.text',
} as const satisfies Record<NoticeKind, MessageId>;

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
  const t = messagesOf(ctx);
  const command = new Command('validate')
    .description(t('cli.validate.summary'))
    .argument('[files...]', t('cli.validate.arg'))
    .addOption(includeOption(t))
    .addOption(excludeOption(t))
    .addOption(stdinFilenameOption(t));
  for (const option of reportOptions(t)) command.addOption(option);
  const examples = examplesHelp(
    [
      ['workplan validate plan.register.yaml', t('cli.validate.example1')],
      ['workplan validate registers/ --format github', t('cli.validate.example2')],
    ],
    t,
  );
  return command
    .addHelpText('after', `${examples}\n${exitCodesHelp(t, 'cli.exit.validate')}`)
    .action(async (files: string[], flags: ValidateFlags) => {
      ctx.exit(await runValidate(ctx, files, flags));
    });
}

async function runValidate(ctx: CommandContext, files: string[], flags: ValidateFlags): Promise<number> {
  const { io } = ctx;
  const expanded = await inputsOf(io.cwd, files, {
    include: flags.include,
    exclude: flags.exclude,
    defaultInclude: REGISTER_FILES,
    stdinName: flags.stdinFilename,
  });
  const t = messagesOf(ctx);
  const results: FileResult[] = [];
  const failures = await forEachInput(ctx, expanded, (input, bytes) => {
    // A notice read as YAML gives only nonsense syntax errors: say what it is.
    const kind = noticeKind(bytes);
    if (kind !== null) throw new InputError(t(NOT_A_REGISTER[kind]), { file: input.name });
    const text = decodeUtf8(bytes, input.name, t);
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

function decodeUtf8(bytes: Uint8Array, name: string, t: Translate): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(t('cli.validate.notUtf8'), { file: name });
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
