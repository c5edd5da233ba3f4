import { Command, CommanderError, Help, Option } from 'commander';
import { ExitCode } from '../core/errors.js';
import type { CliIo } from './io.js';
import { noPaint, paintFor } from './paint.js';
import { reportError, type CommandContext } from './context.js';
import { exitCodeHelp } from './exit-codes.js';
import { packageVersion } from './package-root.js';
import { commandEntries, type CommandEntry } from './commands/index.js';
import { escapeControls } from '../core/terminal-text.js';
import { LANGS, langFromEnv, langOf, translator, type Lang } from '../i18n/catalogue.js';
import { helpIn } from './help-text.js';

/** Global flags that take no value, so the first other word is the command's name. */
const GLOBAL_FLAGS = new Set(['--no-color', '--debug', '-V', '--version', '-h', '--help']);

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // Global flags are needed before commander has parsed anything (errors can come from parsing itself).
  const debug = argv.includes('--debug');
  const color = !argv.includes('--no-color');
  const lang = langFlag(argv) ?? langFromEnv(io.env);
  const t = translator(lang);
  let code: number = ExitCode.ok;
  const ctx: CommandContext = {
    io,
    debug,
    color,
    // Only `clean --explain` paints stderr; chalk (~10 ms) is not loaded for anything else.
    errPaint: argv.includes('--explain') ? await paintFor(io.stderr, io, color).catch(() => noPaint) : noPaint,
    exit: (c) => {
      code = Math.max(code, c);
    },
    lang,
  };
  const program = new Command('workplan')
    .description(t('cli.description'))
    .version(packageVersion(), '-V, --version', t('cli.option.version'))
    .option('--no-color', t('cli.option.noColor'))
    .option('--debug', t('cli.option.debug'))
    .addOption(new Option('--lang <lang>', t('cli.option.lang')).choices(LANGS))
    .helpCommand('help [command]', t('cli.helpCommand'))
    .addHelpText('after', exitCodeHelp(t))
    .configureHelp({ ...helpIn(lang, t), subcommandTerm: listedTerm });
  try {
    // Only the command that runs is imported and built in full; the others are listed for --help.
    const wanted = selectedCommand(argv);
    for (const entry of commandEntries) {
      program.addCommand(entry === wanted ? (await entry.load())(ctx) : new Command(entry.name).description(t(entry.summary)));
    }
  } catch (error) {
    reportError(ctx, error);
    return ExitCode.failure;
  }
  for (const command of [program, ...program.commands]) {
    if (command !== program) command.configureHelp(helpIn(lang, t));
    command.helpOption('-h, --help', t('cli.option.help'));
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`workplan: ${escapeControls(s.replace(/^error: /, '').trim())}\n`),
    });
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help')
        return ExitCode.ok;
      return ExitCode.failure;
    }
    reportError(ctx, error);
    return ExitCode.failure;
  }
  return code;
}

/** `--lang zh` / `--lang=zh` before commander runs (help is written in it); an unknown value is left to commander to refuse. */
function langFlag(argv: readonly string[]): Lang | undefined {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return undefined;
  const value = argv[at].startsWith('--lang=') ? argv[at].slice('--lang='.length) : argv[at + 1];
  return value !== undefined && LANGS.includes(value as Lang) ? langOf(value) : undefined;
}

/** The command commander will dispatch to: the first word that is not a global flag (`help x` → x). */
export function selectedCommand(argv: readonly string[]): CommandEntry | undefined {
  const words = argv.filter((a, i) => !GLOBAL_FLAGS.has(a) && !a.startsWith('--lang') && argv[i - 1] !== '--lang');
  const name = words[0] === 'help' ? words[1] : words[0];
  return commandEntries.find((e) => e.name === name);
}

/** How --help lists a command: from its entry, since commands not run are not built in full. */
function listedTerm(cmd: Command): string {
  const entry = commandEntries.find((e) => e.name === cmd.name());
  return entry ? `${entry.name} [options] ${entry.args}`.trimEnd() : new Help().subcommandTerm(cmd);
}
