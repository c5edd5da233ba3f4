/**
 * lint and stats show parse's progress line on a terminal (util-linux `script` makes a
 * pseudo-terminal, as in terminal.test.ts), and never in CI or when stderr is piped. The line is
 * drawn once a run has lasted half a second, so the runs here take enough files to last longer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin/workplan.js');
const TIMEOUT = 240_000;
const FILES = 60;
const PROGRESS = /\r\x1b\[K\[[#-]{24}\] +\d+\/60 files/;

let dir: string;

beforeAll(() => {
  dir = tempDir('workplan-progress-');
  for (let i = 0; i < FILES; i++)
    copyFileSync(
      path.join(ROOT, 'fixtures/seed-003-hangzhou-2018/input.txt'),
      path.join(dir, `n${String(i).padStart(2, '0')}.txt`),
    );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quote = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { CI: _ci, NO_COLOR: _nc, FORCE_COLOR: _fc, GITHUB_ACTIONS: _ga, ...rest } = process.env;
  return { ...rest, SHELL: '/bin/sh', TERM: 'xterm-256color', ...extra };
}

/** stdout to /dev/null, stderr on the pseudo-terminal (or piped): only stderr's output is seen. */
function run(
  args: readonly string[],
  terminal: boolean,
  extra: Record<string, string> = {},
): Promise<{ status: number | null; stderr: string }> {
  const command = `${[process.execPath, BIN, ...args].map(quote).join(' ')} >/dev/null`;
  const [file, argv] = terminal ? ['script', ['-qec', command, '/dev/null']] : ['/bin/sh', ['-c', command]];
  return new Promise((resolve) => {
    execFile(file, argv, { cwd: dir, encoding: 'utf8', env: env(extra), maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr: stdout + stderr });
    });
  });
}

describe.each(['lint', 'stats'])('workplan %s over many files', (command) => {
  it('shows a progress line on a terminal, and clears it', { timeout: TIMEOUT }, async () => {
    const r = await run([command, '.'], true);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toMatch(PROGRESS);
    // The line is cleared at the end: nothing follows the last clear.
    expect(r.stderr.slice(r.stderr.lastIndexOf('\r\x1b[K') + 4)).toBe('');
  });

  it('shows none in CI or when stderr is piped', { timeout: TIMEOUT }, async () => {
    expect((await run([command, '.'], true, { CI: 'true' })).stderr).not.toContain('files/s');
    expect((await run([command, '.'], false)).stderr).not.toContain('files/s');
  });
});
