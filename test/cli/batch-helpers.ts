import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export const ROOT = path.resolve(__dirname, '../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** main() with a fake io in `cwd`. */
export async function runMain(args: string[], cwd: string, options: { env?: Record<string, string>; stderrTTY?: boolean; stdin?: string } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: { write: (t) => void (stderr += t), isTTY: options.stderrTTY ?? false },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    stdinIsTTY: options.stdin === undefined,
    cwd,
    env: options.env ?? {},
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export const SEEDS = ['seed-000-huanggang-2019', 'seed-002-jiangxi-2019-traditional', 'seed-003-hangzhou-2018', 'seed-004-lianyungang-2020'];

/**
 * A temp archive: notices/2019/a.txt, notices/2019/b.txt, notices/2020/c.txt, notices/d.html.txt
 * (seeds), notices/skip.md, and optionally notices/2019/bad.txt (binary: cannot be decoded).
 */
export function makeArchive(withBad: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'workplan-batch-'));
  mkdirSync(path.join(dir, 'notices/2019'), { recursive: true });
  mkdirSync(path.join(dir, 'notices/2020'), { recursive: true });
  const names = ['notices/2019/a.txt', 'notices/2019/b.txt', 'notices/2020/c.txt', 'notices/d.txt'];
  names.forEach((name, i) => copyFileSync(path.join(ROOT, 'fixtures', SEEDS[i], 'input.txt'), path.join(dir, name)));
  writeFileSync(path.join(dir, 'notices/skip.md'), '# not a notice\n');
  if (withBad) writeFileSync(path.join(dir, 'notices/2019/bad.txt'), Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256));
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
