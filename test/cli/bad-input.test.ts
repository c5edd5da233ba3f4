/**
 * Bad input gets a clear answer: one line on stderr naming the file and what is wrong, a
 * documented exit code, no stack trace (unless --debug), and in a batch the other files are
 * still processed. One test per row of the README's bad-input table.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { reportError, type CommandContext } from '../../src/cli/context.js';
import { describeFsError } from '../../src/cli/files.js';
import { InternalError } from '../../src/core/errors.js';
import { noPaint } from '../../src/cli/paint.js';
import { fakeIo, ROOT, runMain, tempDir } from './helpers.js';

const SEED = path.join(ROOT, 'fixtures/seed-004-lianyungang-2020/input.txt');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const register = (extra: string): string => `schemaVersion: "1.0"\n${extra}`;
function aliasBomb(): string {
  let s = register('a: &a [x, x, x, x, x, x, x, x, x]\n');
  for (let i = 1, prev = 'a'; i < 10; prev = `b${i}`, i++) s += `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
  return s;
}

/** A working folder holding one file per row. */
function workdir(): string {
  const dir = tempDir('workplan-bad-');
  const files: Record<string, string | Uint8Array> = {
    'empty.txt': '',
    'blank.txt': ' \n\t\u3000\r\n  \n',
    'image.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    'doc.pdf': '%PDF-1.4\n%âãÏÓ\n',
    'archive.zip': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]),
    'nul.txt': new Uint8Array([...utf8('一、推进工作'), 0, ...utf8('公开')]),
    'invalid.txt': new Uint8Array([...utf8('一、推进政务公开工作。\n二、深化'), 0xff, 0xfe, ...utf8('决策公开。')]),
    'truncated.txt': new Uint8Array([...utf8('一、推进政务公开工作。\n二、深化决策公开'), 0xe5, 0x85]),
    'broken.html': '<html><body><div><p>一、总体要求<p>(一)加强组织领导。<b>x</div></span></html',
    'nobody.html': '<html><head><title>关于印发工作要点的通知</title></head></html>',
    'syntax.register.yaml': register('source: [1, 2\nwarnings: }\n'),
    'bomb.register.yaml': aliasBomb(),
    'deep.register.json': `{"schemaVersion": "1.0", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
  };
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data);
  mkdirSync(path.join(dir, 'folder'));
  mkdirSync(path.join(dir, 'empty-folder'));
  writeFileSync(path.join(dir, 'folder/readme.md'), '# not a notice\n');
  return dir;
}

const dir = workdir();

/** The one-line error contract. */
function expectOneLine(stderr: string, file: string, what: RegExp): void {
  const lines = stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^workplan: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  expect(lines[0]).toMatch(what);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('notices that cannot be parsed: exit 2, one line naming the file', () => {
  it.each([
    ['a missing file', ['parse', 'missing.txt'], 'missing.txt', /no such file or folder$/],
    ['a folder with no notices in it', ['parse', 'folder'], 'folder', /is a folder with no files matching \*\.txt/],
    ['an empty file', ['parse', 'empty.txt'], 'empty.txt', /empty file: nothing to parse$/],
    ['a whitespace-only file', ['clean', 'blank.txt'], 'blank.txt', /only whitespace: nothing to parse$/],
    ['a PNG image', ['parse', 'image.png'], 'image.png', /a PNG image, not a text or HTML document$/],
    ['a PDF file', ['parse', 'doc.pdf'], 'doc.pdf', /a PDF file, not a text or HTML document$/],
    ['a zip archive', ['clean', 'archive.zip'], 'archive.zip', /a zip archive \(Word \.docx\?\), not a text or HTML document$/],
    ['NUL bytes', ['parse', 'nul.txt'], 'nul.txt', /not a text or HTML document$/],
    [
      'HTML with no body text',
      ['parse', 'nobody.html'],
      'nobody.html',
      /the HTML page has no text in its body \(its title is "关于印发工作要点的通知"\)$/,
    ],
    [
      'invalid UTF-8 forced with --encoding utf-8',
      ['parse', '--encoding', 'utf-8', 'image.png'],
      'image.png',
      /not a text or HTML document$/,
    ],
  ])('%s', async (_name, args, file, what) => {
    const r = await runMain(args, dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLine(r.stderr, file, what);
  });
});

describe('damaged but readable input: exit 0, the damage is in the register', () => {
  it.each([
    ['invalid UTF-8 bytes', 'invalid.txt', 2],
    ['UTF-8 truncated inside a character', 'truncated.txt', 2],
  ])('%s: replaced with U+FFFD, an invalid-bytes warning with its line', async (_name, file, line) => {
    const r = await runMain(['parse', '-f', 'json', file], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const reg = JSON.parse(r.stdout);
    expect(reg.source.encoding).toBe('utf-8');
    expect(reg.warnings).toContainEqual(expect.objectContaining({ code: 'invalid-bytes', line }));
  });

  it('malformed HTML: the text is recovered', async () => {
    const r = await runMain(['clean', 'broken.html'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('一、总体要求');
    expect(r.stdout).toContain('(一)加强组织领导。');
  });

  // Timing of a 5 MB line is in `npm run bench` (hostile row long-line), not here.
  it('a file that is one 5 MB line: parsed to one document', async () => {
    const big = path.join(dir, 'one-line.txt');
    writeFileSync(big, '推进政务公开,'.repeat(Math.ceil((5 * 1024 * 1024) / 21)));
    const r = await runMain(['parse', '-f', 'json', 'one-line.txt'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  }, 120_000);
});

describe('registers that cannot be read', () => {
  it.each([
    ['a YAML syntax error', 'syntax.register.yaml', /syntax error at 3:1: /],
    ['a YAML alias bomb', 'bomb.register.yaml', /too many YAML aliases/],
    ['100,000-deep JSON nesting', 'deep.register.json', /nesting deeper than 100 levels/],
  ])('%s: validate reports a finding (exit 1); diff cannot read it (exit 2)', async (_name, file, what) => {
    const v = await runMain(['validate', file], dir);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(what);
    expect(v.stderr).toBe('');
    const d = await runMain(['diff', file, SEED], dir);
    expect(d.code).toBe(2);
    expectOneLine(d.stderr, file, what);
  });

  it('diff: an empty folder as one side is refused', async () => {
    const r = await runMain(['diff', 'empty-folder', SEED], dir);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, 'empty-folder', /is a folder with no files matching/);
  });

  // A folder holding exactly one file was once silently diffed as that file; a side must be a file.
  it('diff: a folder holding one file as one side is refused', async () => {
    const r = await runMain(['diff', 'folder', SEED], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^workplan: folder: each side of a diff must be one file, not a folder or a pattern\n$/);
  });
});

describe('files of the wrong kind, and globs matching nothing', () => {
  it('a quoted glob that matches nothing', async () => {
    const r = await runMain(['lint', 'notices/*.docx'], dir);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, 'notices/*.docx', /no files match this pattern$/);
  });

  it('a register given to lint', async () => {
    writeFileSync(path.join(dir, 'plan.yaml'), register('source: {}\ndocuments: []\n'));
    const r = await runMain(['lint', 'plan.yaml'], dir);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, 'plan.yaml', /this is a task register, not a notice; use `workplan validate`$/);
  });

  it('a notice given to validate', async () => {
    const r = await runMain(['validate', SEED], dir);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, SEED, /this is a notice \(text\), not a task register; use `workplan lint` or `workplan parse`$/);
  });
});

describe('usage errors: exit 2, one line', () => {
  it.each([
    ['an unknown option', ['parse', '--bogus', 'x.txt'], /^workplan: unknown option '--bogus'$/],
    [
      'an unknown format',
      ['parse', '-f', 'xml', 'x.txt'],
      /^workplan: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are yaml, json\b[a-z, ]*\.$/,
    ],
    ['an unknown reporter', ['validate', '-r', 'xml', 'x.yaml'], /argument 'xml' is invalid/],
    ['an unknown script', ['clean', '--script', 'klingon', 'x.txt'], /argument 'klingon' is invalid/],
    ['an unknown encoding', ['parse', '--encoding', 'ebcdic-9', path.relative(dir, SEED)], /ebcdic-9/],
    ['an unknown command', ['frobnicate'], /^workplan: unknown command 'frobnicate'$/],
    ['an unknown schema', ['schema', 'nope'], /^workplan: unknown schema 'nope'/],
  ])('%s', async (_name, args, what) => {
    const r = await runMain(args, dir);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(what);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('batch: one bad file does not stop the others', () => {
  it('parse of a folder with good and bad notices: every good one is output, each bad one named, exit 2', async () => {
    const batch = tempDir('workplan-batch-bad-');
    copyFileSync(SEED, path.join(batch, 'a.txt'));
    writeFileSync(path.join(batch, 'b.txt'), '');
    writeFileSync(path.join(batch, 'c.txt'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]));
    copyFileSync(SEED, path.join(batch, 'd.txt'));
    const r = await runMain(['parse', '-f', 'json', '.', 'missing.txt'], batch);
    expect(r.code).toBe(2);
    const registers = JSON.parse(r.stdout) as { source: { path: string } }[];
    expect(registers.map((x) => x.source.path)).toEqual(['a.txt', 'd.txt']);
    // (A batch may end with a summary line; the errors are what this test is about.)
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => !/^workplan: \d+ files/.test(l))
        .toSorted(),
    ).toEqual([
      'workplan: b.txt: empty file: nothing to parse',
      'workplan: c.txt: a PDF file, not a text or HTML document',
      'workplan: missing.txt: no such file or folder',
    ]);
  });
});

describe('no permission', () => {
  const root = process.getuid?.() === 0;
  it.skipIf(root)('an unreadable file: permission denied, exit 2', async () => {
    const file = path.join(dir, 'secret.txt');
    copyFileSync(SEED, file);
    chmodSync(file, 0o000);
    const r = await runMain(['parse', 'secret.txt'], dir);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, 'secret.txt', /permission denied$/);
  });

  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ENOENT', 'no such file or folder'],
    ['EISDIR', 'is a folder, not a file'],
    ['ENOTDIR', 'a part of the path is not a folder'],
    ['ENOSPC', 'no space left on the device'],
    ['EROFS', 'read-only file system'],
  ])('an fs error %s reads as "%s" (simulated, works as root)', (code, text) => {
    expect(describeFsError(Object.assign(new Error(`${code}: x\nmore`), { code }))).toBe(text);
  });
});

describe('an output that cannot be written', () => {
  it('parse --out under a file: one line naming the input and the output, exit code 2', async () => {
    const dir = tempDir('workplan-out-');
    writeFileSync(path.join(dir, 'blocker'), 'a file, not a folder');
    writeFileSync(path.join(dir, 'a.txt'), '一、总体要求\n(一)加强领导。(市政府办公室牵头)\n');
    const r = await runMain(['parse', 'a.txt', '--out', 'blocker/sub'], dir);
    expect(r.code).toBe(2);
    // As for an output that already exists: the input, then the output, then the problem.
    expect(r.stderr).toBe('workplan: a.txt: blocker/sub/a.register.yaml: cannot write: a part of the path is not a folder\n');
  });
});

describe('stack traces only with --debug', () => {
  function report(debug: boolean): string {
    const { io, output } = fakeIo('/');
    const ctx: CommandContext = {
      io,
      debug,
      color: false,
      errPaint: noPaint,
      exit: () => undefined,
    };
    reportError(ctx, new TypeError('boom\nsecond line'), 'a.txt');
    reportError(ctx, new InternalError('register fails its own schema: x', { file: 'b.txt' }));
    return output().stderr;
  }

  it('without --debug: one line each, no stack', () => {
    expect(report(false)).toBe('workplan: a.txt: internal error: boom\nworkplan: b.txt: register fails its own schema: x\n');
  });

  it('with --debug: the stack follows', () => {
    expect(report(true)).toMatch(/^workplan: a\.txt: internal error: boom\nTypeError: boom[\s\S]*\n\s+at /);
  });
});
