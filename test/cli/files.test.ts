/**
 * The file layer never damages a user's files: outputs are written atomically, an existing
 * output is replaced only with --force (also when two writers race), an input is never written
 * over (also through a symlink or hard link), and an interrupted run leaves neither temporary
 * files nor half-written outputs.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { outputPathFor, writeOutput } from '../../src/cli/files.js';
import { UsageError } from '../../src/core/errors.js';
import { loadRegister } from '../../src/register/index.js';
import { ROOT, runMain, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin/workplan.js');
const SEED = path.join(ROOT, 'fixtures/seed-003-hangzhou-2018/input.txt');
const fresh = (): string => tempDir('workplan-files-');
const none = new Set<string>();

/** Every file under dir, relative. */
function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('writeOutput', () => {
  it('writes the data and leaves no temporary file', async () => {
    const dir = fresh();
    await writeOutput(path.join(dir, 'sub/out.yaml'), 'a: 1\n', { force: false, inputs: none });
    expect(readFileSync(path.join(dir, 'sub/out.yaml'), 'utf8')).toBe('a: 1\n');
    expect(listAll(dir)).toEqual(['sub/out.yaml']);
  });

  it('never replaces an existing file without force, and leaves it as it was', async () => {
    const dir = fresh();
    const target = path.join(dir, 'out.yaml');
    writeFileSync(target, 'precious\n');
    await expect(writeOutput(target, 'new\n', { force: false, inputs: none })).rejects.toThrow(
      /already exists \(use --force to replace it\)/,
    );
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
    expect(listAll(dir)).toEqual(['out.yaml']);
  });

  it('with force replaces it, keeping its permissions', async () => {
    const dir = fresh();
    const target = path.join(dir, 'out.yaml');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o640);
    await writeOutput(target, 'new\n', { force: true, inputs: none });
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('two writers racing for one new file without force: exactly one wins, the other is told', async () => {
    const dir = fresh();
    const target = path.join(dir, 'out.yaml');
    const results = await Promise.allSettled(
      ['one\n', 'two\n', 'three\n'].map((d) => writeOutput(target, d, { force: false, inputs: none })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(UsageError);
    expect(['one\n', 'two\n', 'three\n']).toContain(readFileSync(target, 'utf8'));
    expect(listAll(dir)).toEqual(['out.yaml']);
  });

  it.each([
    ['the input itself', (input: string) => input],
    [
      'a symlink to the input',
      (input: string, dir: string) => (symlinkSync(input, path.join(dir, 'link.txt')), path.join(dir, 'link.txt')),
    ],
    [
      'a hard link to the input',
      (input: string, dir: string) => (linkSync(input, path.join(dir, 'hard.txt')), path.join(dir, 'hard.txt')),
    ],
  ])('refuses to write over an input: %s, even with force', async (_name, target) => {
    const dir = fresh();
    const input = path.join(dir, 'notice.txt');
    writeFileSync(input, '一、推进工作。\n');
    const out = target(input, dir);
    await expect(writeOutput(out, 'x', { force: true, inputs: new Set([input]) })).rejects.toThrow(
      /refusing to write over an input file/,
    );
    expect(readFileSync(input, 'utf8')).toBe('一、推进工作。\n');
  });

  it('refuses a folder as the target', async () => {
    const dir = fresh();
    mkdirSync(path.join(dir, 'out.yaml'));
    await expect(writeOutput(path.join(dir, 'out.yaml'), 'x', { force: true, inputs: none })).rejects.toThrow(/is a folder/);
  });
});

describe('outputPathFor keeps outputs inside --out', () => {
  it.each([
    ['notices/2019/a.txt', 'notices/2019/a.register.yaml'],
    ['../../etc/passwd', 'etc/passwd.register.yaml'],
    ['/abs/path/b.html', 'abs/path/b.register.yaml'],
    ['a/../../c.txt', 'a/c.register.yaml'],
    ['..', 'input-1.register.yaml'],
  ])('%s → %s', (name, expected) => {
    const out = '/tmp/out-root';
    expect(path.relative(out, outputPathFor(out, { name, path: `/x/${name}` }, 0, '.register.yaml'))).toBe(expected);
  });
});

describe('parse --out through the CLI', () => {
  it('a second run refuses to replace without --force (exit 2, naming the file), replaces with it', async () => {
    const dir = fresh();
    copyFileSync(SEED, path.join(dir, 'a.txt'));
    expect((await runMain(['parse', 'a.txt', '--out', 'out'], dir)).code).toBe(0);
    const first = readFileSync(path.join(dir, 'out/a.register.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'out/a.register.yaml'), 'edited by hand\n');
    const again = await runMain(['parse', 'a.txt', '--out', 'out'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/a\.register\.yaml: already exists \(use --force to replace it\)/);
    expect(readFileSync(path.join(dir, 'out/a.register.yaml'), 'utf8')).toBe('edited by hand\n');
    expect((await runMain(['parse', 'a.txt', '--out', 'out', '--force'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'out/a.register.yaml'), 'utf8')).toBe(first);
  });

  // `lint a.txt -o a.txt` once replaced the notice with the report (the report file was written
  // with --force semantics and no list of inputs).
  it('lint --output-file naming the input is refused and the input survives', async () => {
    const dir = fresh();
    copyFileSync(SEED, path.join(dir, 'a.txt'));
    const r = await runMain(['lint', 'a.txt', '--no-config', '-o', 'a.txt'], dir);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(readFileSync(SEED, 'utf8'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to write over an input file/);
  });
});

describe('an interrupted run (node bin/workplan.js, killed)', () => {
  const built = existsSync(path.join(ROOT, 'dist/src/cli/main.js'));

  /** Inputs large enough that writing their registers takes a while. */
  function bigArchive(): string {
    const dir = fresh();
    mkdirSync(path.join(dir, 'in'));
    const seed = readFileSync(SEED, 'utf8');
    for (let i = 0; i < 24; i++) writeFileSync(path.join(dir, `in/n${i}.txt`), seed.repeat(40));
    return dir;
  }

  // The whole run takes several seconds (24 notices of 1 MB, 2 MB registers each); it is killed early.
  it.skipIf(!built).each([
    ['SIGTERM', 300, '1'],
    ['SIGINT', 800, '1'],
    ['SIGTERM', 1400, '1'],
    ['SIGINT', 2000, '1'],
    ['SIGTERM', 1200, '2'],
  ] as const)(
    '%s after %i ms (--jobs %s): no temporary files, every output complete',
    async (signal, after, jobs) => {
      const dir = bigArchive();
      const child = spawn(process.execPath, [BIN, 'parse', 'in', '--out', 'out', '--jobs', jobs], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, sig) => resolve(code ?? sig)));
      await new Promise((r) => setTimeout(r, after));
      child.kill(signal);
      const code = await exited;
      // Killed mid-run (the run takes several seconds): by the handler's exit code while an output
      // was being written, else by the signal itself (a shell shows 130 or 143 either way).
      expect([signal === 'SIGINT' ? 130 : 143, signal]).toContain(code);
      const files = existsSync(path.join(dir, 'out')) ? listAll(path.join(dir, 'out')) : [];
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      for (const f of files) {
        // A file that is there is whole: it reads back as a valid register.
        expect(() => loadRegister(readFileSync(path.join(dir, 'out', f), 'utf8'), f)).not.toThrow();
      }
    },
    60_000,
  );
});
