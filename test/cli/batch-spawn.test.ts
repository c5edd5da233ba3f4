/** The real binary (compiled dist/, built by the test command before vitest runs). */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ARCHIVE_ORDER, makeArchive, ROOT, sourcePaths } from './helpers.js';

const BIN = path.join(ROOT, 'bin/workplan.js');
let good = '';
let mixed = '';

function run(args: string[], cwd: string, env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const { CI: _ci, ...rest } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...rest, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  good = makeArchive(false);
  mixed = makeArchive(true);
});

describe('node bin/workplan.js in batch', () => {
  it.each(['1', '2'])('jsonl is in input order with --jobs %s', (jobs) => {
    const r = run(['parse', 'notices', '-f', 'jsonl', '--jobs', jobs], good);
    expect(r.code).toBe(0);
    expect(sourcePaths(r.stdout)).toEqual(ARCHIVE_ORDER);
  });

  it('a bad file: others processed, exit 2, one line naming it, summary last', () => {
    const r = run(['parse', 'notices', '-f', 'jsonl', '--jobs', '2'], mixed);
    expect(r.code).toBe(2);
    expect(sourcePaths(r.stdout)).toEqual(ARCHIVE_ORDER);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('workplan: notices/2019/bad.txt: not a text or HTML document');
    expect(lines[1]).toMatch(/^workplan: 5 files, 4 documents, \d+ tasks, \d+ stripped lines, 1 failed, \d+\.\d s$/);
  });

  it('--out DIR, then a refusal to replace without --force', () => {
    const dir = makeArchive(false);
    expect(run(['parse', 'notices', '--out', 'out', '--jobs', '2'], dir).code).toBe(0);
    const again = run(['parse', 'notices/2019/a.txt', '--out', 'out'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/a\.register\.yaml: already exists/);
  });

  it('--include/--exclude pick files when walking', () => {
    const r = run(['parse', 'notices', '-f', 'jsonl', '--exclude', '2019/**', '--jobs', '2'], good);
    expect(sourcePaths(r.stdout)).toEqual(['notices/2020/c.txt', 'notices/d.txt']);
  });

  it('no progress output when stderr is piped, even with FORCE_COLOR', () => {
    const r = run(['clean', 'notices', '--jobs', '2'], good, { FORCE_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/\r|\x1b|files\/s/);
    expect(r.stderr).toMatch(/^workplan: 4 files, 4 documents/);
  });

  it('one input: no summary, same register as in batch', () => {
    const one = run(['parse', 'notices/2019/a.txt', '-f', 'jsonl'], good);
    expect(one.stderr).toBe('');
    const many = run(['parse', 'notices', '-f', 'jsonl', '--jobs', '2'], good);
    expect(many.stdout.split('\n')[0]).toBe(one.stdout.trimEnd());
  });
});
