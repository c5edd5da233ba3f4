import { Command, InvalidArgumentError, Option } from 'commander';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseInput } from '../../pipeline.js';
import { prepareNotice } from '../notice-input.js';
import { ConfigError, ExitCode, InputError } from '../../core/errors.js';
import type { Message } from '../../core/message.js';
import {
  lint,
  lintRuleDescriptors,
  mergeLintConfigs,
  severityOf,
  parseLintConfigText,
  parseRuleFlag,
  rules,
  type LintConfig,
} from '../../lint/index.js';
import {
  countProblems,
  REPORTER_NAMES,
  reporters,
  type FileResult,
  type InputFailure,
  type ReporterName,
  type RuleDescriptor,
} from '../../report/index.js';
import type { CommandContext } from '../context.js';
import { messagesOf, reportError } from '../context.js';
import { said, translator, type MessageId, type Translate } from '../../i18n/catalogue.js';
import { fsProblem, inputPathsOf, inputsOf, writeOutput } from '../files.js';
import { forEachInput } from '../each-input.js';
import { dataKindOfBytes, type DataKind } from '../file-kind.js';
import { encodingOption, excludeOption, includeOption, NOTICE_FILES, stdinFilenameOption } from '../options.js';
import { examplesHelp, exitCodesHelp } from '../exit-codes.js';
import { noPaint, paintFor } from '../paint.js';
import { packageDocsUri, packageVersion } from '../package-root.js';

/** What lint says a file of data is, by kind. */
const NOT_A_NOTICE = {
  register: 'cli.lint.notANotice.register',
  alignment: 'cli.lint.notANotice.alignment',
  data: 'cli.lint.notANotice.data',
} as const satisfies Record<DataKind, MessageId>;

/** Config file names looked for in the working folder and each folder above it, in this order. */
export const CONFIG_NAMES = ['workplan.config.yaml', 'workplan.config.yml', '.workplanrc.yaml', '.workplanrc.yml'];

/** Flags lint and validate share: how results are reported and when they fail the run. */
export interface ReportFlags {
  /** -f/--format, as every command names its output format; -r/--reporter is its older name. */
  format?: ReporterName;
  reporter?: ReporterName;
  maxWarnings?: number;
  quiet?: boolean;
  /** -o/--output, as parse's --out; --output-file is its older name (ESLint's). */
  output?: string;
  outputFile?: string;
}

interface LintFlags extends ReportFlags {
  config?: string | false;
  rule: string[];
  encoding?: string;
  include?: string[];
  exclude?: string[];
  stdinFilename?: string;
}

export function reportOptions(t: Translate = translator('en')): Option[] {
  return [
    new Option('-f, --format <name>', t('cli.report.format')).choices(REPORTER_NAMES),
    new Option('-r, --reporter <name>', t('cli.report.reporter')).choices(REPORTER_NAMES),
    new Option('--max-warnings <n>', t('cli.report.maxWarnings')).argParser(parseCount),
    new Option('-q, --quiet', t('cli.report.quiet')),
    new Option('-o, --output <file>', t('cli.report.output')),
    new Option('--output-file <file>', t('cli.report.outputFile')),
  ];
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return Number(value);
}

export function lintCommand(ctx: CommandContext): Command {
  const t = messagesOf(ctx);
  const command = new Command('lint')
    .description(t('cli.lint.summary'))
    .argument('[files...]', t('cli.lint.arg'))
    .option('-c, --config <file>', t('cli.lint.config'))
    .option('--no-config', t('cli.lint.noConfig'))
    .option('--rule <id=level>', t('cli.lint.rule'), collect, [])
    .addOption(encodingOption(t))
    .addOption(includeOption(t))
    .addOption(excludeOption(t))
    .addOption(stdinFilenameOption(t));
  for (const option of reportOptions(t)) command.addOption(option);
  return command
    .addHelpText(
      'after',
      `\n${t('cli.lint.rules')}\n${rules.map((r) => `  ${r.id.padEnd(20)} ${severityOf(r.defaultSeverity).padEnd(7)}  ${r.description}`).join('\n')}\n${examplesHelp(
        [
          ['workplan lint notices/', t('cli.lint.example1')],
          ['workplan lint notices/ --format github --max-warnings 0', t('cli.lint.example2')],
          ['workplan lint notice.txt --rule task-without-unit=off', t('cli.lint.example3')],
        ],
        t,
      )}\n${exitCodesHelp(t, 'cli.exit.lint')}`,
    )
    .action(async (files: string[], flags: LintFlags) => {
      ctx.exit(await runLint(ctx, files, flags));
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function runLint(ctx: CommandContext, files: string[], flags: LintFlags): Promise<number> {
  const { io } = ctx;
  let config: LintConfig;
  try {
    config = mergeLintConfigs([await loadConfig(io.cwd, flags.config), ...flags.rule.map(parseRuleFlag)]);
  } catch (error) {
    reportError(ctx, error);
    return ExitCode.failure;
  }
  const expanded = await inputsOf(io.cwd, files, {
    include: flags.include,
    exclude: flags.exclude,
    defaultInclude: NOTICE_FILES,
    stdinName: flags.stdinFilename,
  });
  const results: FileResult[] = [];
  const failures = await forEachInput(ctx, expanded, async (input, bytes) => {
    // A register or other data parsed as a notice gives only nonsense findings: say what it is.
    const kind = dataKindOfBytes(bytes);
    if (kind !== null) throw new InputError(messagesOf(ctx)(NOT_A_NOTICE[kind]), { file: input.name });
    const notice = await prepareNotice(bytes, input.name);
    const named = input.path !== null || flags.stdinFilename !== undefined;
    const { tree, clean } = parseInput(notice.input, {
      path: named ? input.name : null,
      encoding: flags.encoding,
      original: notice.original,
    });
    results.push({ file: input.name, path: input.path, messages: lint(tree, clean.lineIndex, config) });
  });
  return finishReport(ctx, results, flags, lintRuleDescriptors(), failures, inputPathsOf(expanded.inputs));
}

/** The config from --config, else the nearest config file upwards from cwd, else none. */
async function loadConfig(cwd: string, option: string | false | undefined): Promise<LintConfig> {
  if (option === false) return { rules: {} };
  const file = typeof option === 'string' ? path.resolve(cwd, option) : await findConfig(cwd);
  if (file === null) return { rules: {} };
  const name = path.relative(cwd, file) || file;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(said('config.cannotRead', { problem: fsProblem(error) }), { file: name });
  }
  return parseLintConfigText(text, name);
}

export async function findConfig(cwd: string): Promise<string | null> {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      try {
        if ((await fs.stat(candidate)).isFile()) return candidate;
      } catch {
        // Not here: look further up.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Applies --quiet, renders with the chosen reporter, writes stdout or --output-file, and turns the
 * counts into the exit code: 2 when an input failed, 1 for errors or too many warnings, else 0.
 */
export async function finishReport(
  ctx: CommandContext,
  raw: readonly FileResult[],
  flags: ReportFlags,
  rulesDescribed: readonly RuleDescriptor[],
  failures: readonly InputFailure[],
  inputPaths: ReadonlySet<string>,
): Promise<number> {
  const { io } = ctx;
  const keep = (m: Message): boolean => !flags.quiet || m.severity === 'error';
  const format = flags.format ?? flags.reporter ?? 'stylish';
  const results = raw.map((r) => ({
    file: format === 'github' ? workspacePath(io, r) : r.file,
    messages: r.messages.filter(keep),
  }));
  const { errors, warnings } = countProblems(results);
  const tooMany = flags.maxWarnings !== undefined && warnings > flags.maxWarnings;
  const code = failures.length > 0 ? ExitCode.failure : errors > 0 || tooMany ? ExitCode.findings : ExitCode.ok;
  const outputFile = flags.output ?? flags.outputFile;
  const paint = outputFile !== undefined ? noPaint : await paintFor(io.stdout, io, ctx.color).catch(() => noPaint);
  const docsUri = format === 'sarif' ? (packageDocsUri() ?? undefined) : undefined;
  const text = reporters[format](results, {
    paint,
    toolVersion: packageVersion(),
    rules: rulesDescribed,
    docsUri,
    failures,
    exitCode: code,
  });
  if (outputFile !== undefined) {
    try {
      // A report file is replaced on every run (as ESLint does), but never an input.
      await writeOutput(path.resolve(io.cwd, outputFile), text, { force: true, inputs: inputPaths, display: outputFile });
    } catch (error) {
      reportError(ctx, error, outputFile);
      return ExitCode.failure;
    }
  } else io.stdout.write(text);
  if (tooMany)
    io.stderr.write(`workplan: ${messagesOf(ctx)('cli.lint.tooManyWarnings', { warnings, max: String(flags.maxWarnings) })}\n`);
  return code;
}

/**
 * A file as GitHub annotations need it: relative to the checkout (GITHUB_WORKSPACE when the file
 * is inside it, else the working folder), with `/`. Standard input keeps its name.
 */
export function workspacePath(
  io: { readonly cwd: string; readonly env: Readonly<Record<string, string | undefined>> },
  result: FileResult,
): string {
  if (result.path === undefined || result.path === null) return result.file;
  const workspace = io.env.GITHUB_WORKSPACE;
  const inWorkspace = workspace ? path.relative(path.resolve(workspace), result.path) : null;
  const rel =
    inWorkspace !== null && !inWorkspace.startsWith('..') && !path.isAbsolute(inWorkspace)
      ? inWorkspace
      : path.relative(io.cwd, result.path);
  return rel.split(path.sep).join('/');
}
