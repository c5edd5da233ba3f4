/**
 * Quoted globs are expanded by workplan itself (as markdownlint-cli2 does), for CI steps and
 * shells that pass `'notices/*.txt'` unexpanded; --stdin-filename names standard input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runMain, tempDir } from './helpers.js';
import { globToRegExp, isGlob, splitGlob } from '../../src/cli/glob.js';

/** A made-up notice with a numbering gap (an error finding). */
const NOTICE =
  '某市人民政府办公室关于印发2020年某市政务公开工作要点的通知\n2020年4月1日\n一、推进决策公开\n(一)做好政策解读。(市司法局负责)\n三、推进平台建设\n(一)办好政府网站。(市政府办负责)\n';

let dir: string;
const files = [
  'notices/a.txt',
  'notices/b.txt',
  'notices/2020/c.txt',
  'notices/2020/d.html',
  'notices/.hidden/e.txt',
  'other/f.txt',
  'literal[1].txt',
];

beforeAll(() => {
  dir = tempDir('workplan-glob-');
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(
      path.join(dir, f),
      f.endsWith('.html') ? `<html><body><p>${NOTICE.replace(/\n/g, '</p><p>')}</p></body></html>` : NOTICE,
    );
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const linted = async (...args: string[]): Promise<{ code: number; files: string[]; stderr: string }> => {
  const r = await runMain(['lint', ...args, '-f', 'json'], dir);
  return { code: r.code, files: r.stdout ? JSON.parse(r.stdout).map((x: { file: string }) => x.file) : [], stderr: r.stderr };
};

describe('quoted globs', () => {
  it.each([
    ['notices/*.txt', ['notices/a.txt', 'notices/b.txt']],
    ['notices/**/*.txt', ['notices/2020/c.txt', 'notices/a.txt', 'notices/b.txt']],
    ['**/*.html', ['notices/2020/d.html']],
    ['notices/**/*.{txt,html}', ['notices/2020/c.txt', 'notices/2020/d.html', 'notices/a.txt', 'notices/b.txt']],
    ['notices/[ab].txt', ['notices/a.txt', 'notices/b.txt']],
    ['notices/?.txt', ['notices/a.txt', 'notices/b.txt']],
  ])('lint %j takes %j', async (glob, expected) => {
    const r = await linted(glob);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.files).toEqual(expected);
  });

  it('applies --exclude to what a glob matches', async () => {
    // Relative to where the glob starts walking, as --exclude is relative to a named folder.
    expect((await linted('**/*.txt', '--exclude', 'notices/2020/**', 'other/**')).files).toEqual([
      'literal[1].txt',
      'notices/a.txt',
      'notices/b.txt',
    ]);
  });

  it('takes a path that exists as a path, glob characters and all', async () => {
    expect((await linted('literal[1].txt')).files).toEqual(['literal[1].txt']);
  });

  it('a glob matching nothing is an error naming it; the other inputs are still linted', async () => {
    const r = await linted('notices/*.docx', 'other/f.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('workplan: notices/*.docx: no files match this pattern\n');
    expect(r.files).toEqual(['other/f.txt']);
  });

  it('stats and validate expand globs too', async () => {
    const stats = await runMain(['stats', 'notices/*.txt', '-f', 'json'], dir);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout).documents).toBe(2);
    const validate = await runMain(['validate', 'registers/*.yaml'], dir);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe('workplan: registers/*.yaml: no files match this pattern\n');
  });

  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'sub/a.txt', false],
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/a.txt', true],
    ['[!a].txt', 'b.txt', true],
    ['[!a].txt', 'a.txt', false],
  ])('anchored %j against %j: %s', (glob, file, matches) => {
    expect(globToRegExp(glob, true).test(file)).toBe(matches);
  });

  it.each([
    ['notices/2019/*.txt', 'notices/2019', '*.txt'],
    ['**/*.html', '.', '**/*.html'],
    ['/abs/*/x.txt', '/abs', '*/x.txt'],
  ])('splits %j into base %j and pattern %j', (glob, base, pattern) => {
    expect(isGlob(glob)).toBe(true);
    expect(splitGlob(glob)).toEqual({ base, pattern });
  });

  it.each(['notices/a.txt', 'a{b}.txt', '第1期.txt'])('%j is not a glob', (arg) => {
    expect(isGlob(arg)).toBe(false);
  });
});

describe('--stdin-filename', () => {
  it('names standard input in the report and in messages (lint)', async () => {
    const r = await runMain(['lint', '-', '--stdin-filename', 'notices/new.txt', '-f', 'github'], dir, { stdin: NOTICE });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=notices\/new\.txt,line=5,/m);
    const json = await runMain(['lint', '--stdin-filename', 'piped.txt', '-f', 'json'], dir, { stdin: NOTICE });
    expect(JSON.parse(json.stdout)[0].file).toBe('piped.txt');
  });

  it('names standard input in errors (validate, stats)', async () => {
    const v = await runMain(['validate', '-', '--stdin-filename', 'plan.register.yaml'], dir, { stdin: NOTICE });
    expect(v.code).toBe(2);
    expect(v.stderr).toBe(
      'workplan: plan.register.yaml: this is a notice (text), not a task register; use `workplan lint` or `workplan parse`\n',
    );
    const s = await runMain(['stats', '-', '--stdin-filename', 'odd.yaml', '-f', 'json'], dir, { stdin: 'schemaVersion: [\n' });
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/^workplan: odd\.yaml: /);
  });

  it('without it, standard input is <stdin>', async () => {
    const r = await runMain(['lint', '-f', 'json'], dir, { stdin: NOTICE });
    expect(JSON.parse(r.stdout)[0].file).toBe('<stdin>');
  });
});
