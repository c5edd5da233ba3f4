/**
 * The CLI as users run it: bin/workplan.js loads the bundle dist/workplan.cjs with its V8 code
 * cache (bin/build-cli.mjs, run by the test command's build). The bundle must behave exactly as
 * the modules built from the same sources; WORKPLAN_BUNDLE=0 runs those modules.
 * The runs spawn processes, slow on a busy machine: correctness only, with a generous timeout.
 */
import { describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin/workplan.js');
const TIMEOUT = 120_000;

function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { CI: _ci, NO_COLOR: _nc, FORCE_COLOR: _fc, ...rest } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, encoding: 'utf8', env: { ...rest, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env }, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

// The seeds and the html/docx fixtures reach every stage; the real notices add only run time.
const inputs = readdirSync(path.join(ROOT, 'fixtures'))
  .filter((dir) => !dir.startsWith('real-'))
  .sort()
  .flatMap((dir) => ['input.txt', 'input.html', 'input.docx'].map((f) => `fixtures/${dir}/${f}`))
  .filter((f) => existsSync(path.join(ROOT, f)));

const runs: string[][] = inputs.flatMap((f) => [
  ['parse', f, '--format', 'json'],
  ['parse', f],
  ['clean', f, '--format', 'json'],
  ['lint', f, '--format', 'json'],
]);
runs.push(
  ['parse', 'fixtures/seed-002-jiangxi-2019-traditional/input.txt', '--script', 'simplified', '--format', 'json'],
  ['stats', 'fixtures/seed-003-hangzhou-2018/input.txt', 'fixtures/seed-004-lianyungang-2020/input.txt', '--format', 'json'],
  [
    'diff',
    'fixtures/seed-000-huanggang-2019/input.txt',
    'fixtures/seed-002-jiangxi-2019-traditional/input.txt',
    '--format',
    'json',
  ],
  ['parse', 'no-such-file.txt'],
  ['--help'],
  ['schema', 'register'],
);

describe('escapeNonAscii (the build escapes the bundle so the loader can read it as latin1)', () => {
  const { escapeNonAscii } = createRequire(import.meta.url)('../../bin/bundle-loader.cjs') as {
    escapeNonAscii: (s: string) => string;
  };
  const evaluate = (source: string): unknown => new Function(`return ${source};`)();

  it('escapes strings, identity escapes and astral characters so that they mean the same', () => {
    expect(escapeNonAscii('"一"')).toBe('"\\u4e00"');
    expect(escapeNonAscii('/\\一/')).toBe('/\\u4e00/');
    expect(escapeNonAscii('/\\\\一/')).toBe('/\\\\\\u4e00/');
    for (const source of ['/^[一-龥]+$/', '/\\一/', '/\\\\一/', '/[😀一]/u', '/^(?:主题词|主題詞)\\s*:/', '`政务${1}公开`']) {
      const escaped = escapeNonAscii(source);
      expect(/[^\x00-\x7f]/.test(escaped)).toBe(false);
      const [a, b] = [evaluate(source), evaluate(escaped)];
      if (a instanceof RegExp) {
        for (const text of ['一', '政务', '\\一', '😀', '\ud83d', '主题词 :', 'x'])
          expect(b instanceof RegExp && b.test(text)).toBe(a.test(text));
      } else expect(b).toEqual(a);
    }
  });
});

describe('the bundled CLI', () => {
  it('is built, with its code cache', () => {
    expect(existsSync(path.join(ROOT, 'dist/workplan.cjs'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'dist/workplan.cjs.cache'))).toBe(true);
  });

  it('is plain ASCII, so the loader can read it as latin1', () => {
    const bytes = readFileSync(path.join(ROOT, 'dist/workplan.cjs'));
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
    // The lexicons' regexes were escaped, not dropped.
    expect(bytes.toString('latin1')).toContain('\\u4e3b\\u9898\\u8bcd');
  });

  it('accepts its code cache in a plain node process', { timeout: TIMEOUT }, () => {
    const probe = `const l = require(${JSON.stringify(path.join(ROOT, 'bin/bundle-loader.cjs'))}); const { script } = l.compileBundle(require('node:fs').readFileSync(l.CODE_CACHE)); process.stdout.write(String(script.cachedDataRejected));`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(r.stdout).toBe('false');
  });

  it('is used whatever its file time: an unpacked copy, bundle older than everything, without the modules', {
    timeout: TIMEOUT,
  }, () => {
    const dir = tempDir('workplan-bundle-old-');
    mkdirSync(path.join(dir, 'bin'));
    mkdirSync(path.join(dir, 'dist'));
    for (const f of ['workplan.js', 'package.json', 'bundle-loader.cjs'])
      copyFileSync(path.join(ROOT, 'bin', f), path.join(dir, 'bin', f));
    for (const f of ['workplan.cjs', 'workplan.cjs.cache']) {
      copyFileSync(path.join(ROOT, 'dist', f), path.join(dir, 'dist', f));
      utimesSync(path.join(dir, 'dist', f), new Date('1985-10-26T08:15:00Z'), new Date('1985-10-26T08:15:00Z'));
    }
    copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
    symlinkSync(path.join(ROOT, 'schemas'), path.join(dir, 'schemas'));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    // No dist/src: a run that fell back to the modules would fail.
    const r = spawnSync(
      process.execPath,
      [path.join(dir, 'bin/workplan.js'), 'parse', 'fixtures/seed-004-lianyungang-2020/input.txt', '--format', 'json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents.length).toBe(1);
  });

  it('a damaged bundle falls back to the modules', { timeout: TIMEOUT }, () => {
    const dir = tempDir('workplan-bundle-');
    mkdirSync(path.join(dir, 'bin'));
    mkdirSync(path.join(dir, 'dist'));
    for (const f of ['workplan.js', 'package.json', 'bundle-loader.cjs'])
      copyFileSync(path.join(ROOT, 'bin', f), path.join(dir, 'bin', f));
    symlinkSync(path.join(ROOT, 'dist/src'), path.join(dir, 'dist/src'));
    writeFileSync(path.join(dir, 'dist/workplan.cjs'), 'this is not JavaScript (');
    const r = spawnSync(
      process.execPath,
      [path.join(dir, 'bin/workplan.js'), 'parse', 'fixtures/seed-004-lianyungang-2020/input.txt', '--format', 'json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents.length).toBe(1);
  });

  it('parse --out writes the same files from the bundle (node:crypto, required lazily, is inside it)', {
    timeout: TIMEOUT,
  }, async () => {
    const [a, b] = [tempDir('workplan-out-bundle-'), tempDir('workplan-out-modules-')];
    const args = (dir: string) => ['parse', 'fixtures/seed-004-lianyungang-2020/input.txt', '--out', dir];
    const [bundled, modules] = await Promise.all([run(args(a)), run(args(b), { WORKPLAN_BUNDLE: '0' })]);
    expect([bundled.status, bundled.stderr]).toEqual([0, '']);
    expect(modules.status).toBe(0);
    const file = 'fixtures/seed-004-lianyungang-2020/input.register.yaml';
    expect(readFileSync(path.join(a, file), 'utf8')).toBe(readFileSync(path.join(b, file), 'utf8'));
  });

  it.concurrent.each(runs.map((args) => [args.join(' '), args]))(
    'workplan %s: the same output as the modules',
    { timeout: TIMEOUT },
    async (_, args) => {
      const [bundled, modules] = await Promise.all([run(args as string[]), run(args as string[], { WORKPLAN_BUNDLE: '0' })]);
      expect(bundled).toEqual(modules);
    },
  );
});
