import type { Command } from 'commander';
import type { CommandContext } from '../../src/cli/context.js';
import type { CliIo } from '../../src/cli/io.js';
import { noPaint } from '../../src/cli/paint.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one command factory with a fake io in `cwd`, as main() would. */
export async function runCommand(factory: (ctx: CommandContext) => Command, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const io: CliIo = {
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: { write: (t) => void (stderr += t), isTTY: false },
    readStdin: async () => new Uint8Array(),
    stdinIsTTY: true,
    cwd,
    env,
  };
  const ctx: CommandContext = { io, debug: false, color: true, errPaint: noPaint, exit: (c) => void (code = Math.max(code, c)) };
  const command = factory(ctx)
    .exitOverride()
    .configureOutput({ writeOut: (s) => void (stdout += s), writeErr: (s) => void (stderr += s) });
  try {
    await command.parseAsync(args, { from: 'user' });
  } catch {
    code = 2;
  }
  return { code, stdout, stderr };
}
