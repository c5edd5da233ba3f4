/** What the CLI tests share: a fake io, running main() or one command in a folder, temp folders, the seed archive. */
import type { Command } from 'commander';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CommandContext } from '../../src/cli/context.js';
import type { CliIo } from '../../src/cli/io.js';
import { noPaint } from '../../src/cli/paint.js';

export const ROOT = path.resolve(__dirname, '../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface FakeIoOptions {
  env?: Record<string, string>;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  /** Standard input's text; without it stdin is a terminal with nothing to read. */
  stdin?: string;
}

/** A CliIo in `cwd` that collects what is written; `output()` reads it back, `writeOut`/`writeErr` add to it. */
export function fakeIo(cwd: string, options: FakeIoOptions = {}) {
  let stdout = '';
  let stderr = '';
  const writeOut = (t: string): void => void (stdout += t);
  const writeErr = (t: string): void => void (stderr += t);
  const io: CliIo = {
    stdout: { write: writeOut, isTTY: options.stdoutTTY ?? false },
    stderr: { write: writeErr, isTTY: options.stderrTTY ?? false },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    cwd,
    env: options.env ?? {},
  };
  return { io, writeOut, writeErr, output: (): { stdout: string; stderr: string } => ({ stdout, stderr }) };
}

/** main() with a fake io in `cwd`. */
export async function runMain(args: string[], cwd: string, options: FakeIoOptions = {}): Promise<Run> {
  const { io, output } = fakeIo(cwd, options);
  const code = await main(args, io);
  return { code, ...output() };
}

/** Runs one command factory with a fake io in `cwd`, as main() would (colour allowed, worst exit code kept). */
export async function runCommand(
  factory: (ctx: CommandContext) => Command,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<Run> {
  const { io, writeOut, writeErr, output } = fakeIo(cwd, { env });
  let code = 0;
  const ctx: CommandContext = { io, debug: false, color: true, errPaint: noPaint, exit: (c) => void (code = Math.max(code, c)) };
  const command = factory(ctx).exitOverride().configureOutput({ writeOut, writeErr });
  try {
    await command.parseAsync(args, { from: 'user' });
  } catch {
    code = 2;
  }
  return { code, ...output() };
}

/** A fresh folder under the system temp folder, named `<prefix>XXXXXX`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export const SEEDS = [
  'seed-000-huanggang-2019',
  'seed-002-jiangxi-2019-traditional',
  'seed-003-hangzhou-2018',
  'seed-004-lianyungang-2020',
];

/**
 * A temp archive: notices/2019/a.txt, notices/2019/b.txt, notices/2020/c.txt, notices/d.html.txt
 * (seeds), notices/skip.md, and optionally notices/2019/bad.txt (binary: cannot be decoded).
 */
export function makeArchive(withBad: boolean): string {
  const dir = tempDir('workplan-batch-');
  mkdirSync(path.join(dir, 'notices/2019'), { recursive: true });
  mkdirSync(path.join(dir, 'notices/2020'), { recursive: true });
  const names = ['notices/2019/a.txt', 'notices/2019/b.txt', 'notices/2020/c.txt', 'notices/d.txt'];
  names.forEach((name, i) => copyFileSync(path.join(ROOT, 'fixtures', SEEDS[i], 'input.txt'), path.join(dir, name)));
  writeFileSync(path.join(dir, 'notices/skip.md'), '# not a notice\n');
  if (withBad)
    writeFileSync(
      path.join(dir, 'notices/2019/bad.txt'),
      Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256),
    );
  return dir;
}

/** The order expandInputs gives: sorted walk of the folder. */
export const ARCHIVE_ORDER = ['notices/2019/a.txt', 'notices/2019/b.txt', 'notices/2020/c.txt', 'notices/d.txt'];

export function sourcePaths(jsonl: string): string[] {
  return jsonl
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => (JSON.parse(l) as { source: { path: string } }).source.path);
}
