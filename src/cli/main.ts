import { Command, CommanderError } from 'commander';
import { ExitCode } from '../core/errors.js';
import type { CliIo } from './io.js';
import { noPaint, paintFor } from './paint.js';
import { reportError, type CommandContext } from './context.js';
import { exitCodeHelp } from './exit-codes.js';
import { packageVersion } from './package-root.js';
import { cleanCommand } from './commands/clean.js';
import { parseCommand } from './commands/parse.js';
import { schemaCommand } from './commands/schema.js';
import { extraCommands } from './commands/index.js';

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // Global flags are needed before commander has parsed anything (errors can come from parsing itself).
  const debug = argv.includes('--debug');
  const color = !argv.includes('--no-color');
  let code: number = ExitCode.ok;
  const ctx: CommandContext = {
    io,
    debug,
    color,
    errPaint: await paintFor(io.stderr, io, color).catch(() => noPaint),
    exit: (c) => {
      code = Math.max(code, c);
    },
  };
  const program = new Command('workplan')
    .description('Turn raw Chinese government work-plan notices into clean, validated task registers')
    .version(packageVersion(), '-V, --version')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('--debug', 'show stack traces for internal errors')
    .addHelpText('after', exitCodeHelp);
  for (const command of [cleanCommand(ctx), parseCommand(ctx), ...extraCommands(ctx), schemaCommand(ctx)]) program.addCommand(command);
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`workplan: ${s.replace(/^error: /, '').trim()}\n`),
    });
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
      return ExitCode.failure;
    }
    reportError(ctx, error);
    return ExitCode.failure;
  }
  return code;
}
