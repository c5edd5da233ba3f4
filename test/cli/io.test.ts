import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers.js';

/** Each test spawns the CLI: correctness only, with room for a busy machine. */
const TIMEOUT = 120_000;

describe('node bin/workplan.js > /dev/full', () => {
  it.runIf(existsSync('/dev/full'))(
    'says in one line that standard output cannot be written, exit code 2',
    { timeout: TIMEOUT },
    () => {
      const r = spawnSync(
        'bash',
        [
          '-c',
          `node ${JSON.stringify(path.join(ROOT, 'bin/workplan.js'))} parse fixtures/seed-003-hangzhou-2018/input.txt > /dev/full`,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(r.stderr).toBe('workplan: cannot write to standard output: no space left on the device\n');
      expect(r.status).toBe(2);
    },
  );
});

describe('node bin/workplan.js | head', () => {
  it('stops quietly with 0 when the reader closes the pipe early', { timeout: TIMEOUT }, () => {
    const r = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; node ${JSON.stringify(path.join(ROOT, 'bin/workplan.js'))} parse fixtures --format jsonl --jobs 1 | head -c 100 >/dev/null`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('a signal while standard output is blocked on a full pipe', () => {
  it('stops the run at once (no handler keeps it waiting for the reader)', { timeout: TIMEOUT }, async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin/workplan.js'), 'parse', 'fixtures', 'fixtures', 'fixtures', '--format', 'jsonl', '--jobs', '1'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    child.stdout.pause(); // nobody reads: the pipe fills and the run blocks in write(2)
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGTERM');
    const signal = await Promise.race([
      exited,
      new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 3000)),
    ]);
    if (signal === 'still running') child.kill('SIGKILL');
    expect(signal).toBe('SIGTERM');
  });
});
