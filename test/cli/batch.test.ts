import { describe, expect, it, beforeAll } from 'vitest';
import { translate } from '../../src/i18n/catalogue.js';
import { existsSync, readFileSync, copyFileSync } from 'node:fs';
import * as path from 'node:path';
import { ARCHIVE_ORDER, makeArchive, ROOT, runMain, sourcePaths } from './helpers.js';
import { commandEntries } from '../../src/cli/commands/index.js';
import { selectedCommand } from '../../src/cli/main.js';
import { formatSummary } from '../../src/cli/batch/run-batch.js';
import { StreamFramer } from '../../src/cli/batch/framer.js';

let good = '';
let mixed = '';

beforeAll(() => {
  good = makeArchive(false);
  mixed = makeArchive(true);
});

describe('batch parse in-process (main with a fake io)', () => {
  it.each([1, 2])('--format jsonl keeps input order with --jobs %i', async (jobs) => {
    const run = await runMain(['parse', 'notices', '-f', 'jsonl', '--jobs', String(jobs)], good);
    expect(run.code).toBe(0);
    expect(sourcePaths(run.stdout)).toEqual(ARCHIVE_ORDER);
  });

  it('gives the same bytes with --jobs 1 and --jobs 2', async () => {
    const one = await runMain(['parse', 'notices', '-f', 'jsonl', '--jobs', '1'], good);
    const two = await runMain(['parse', 'notices', '-f', 'jsonl', '--jobs', '2'], good);
    expect(two.stdout).toBe(one.stdout);
  });

  it.each([1, 2])('a bad file among good ones: the others are parsed, exit 2, one line naming it (--jobs %i)', async (jobs) => {
    const run = await runMain(['parse', 'notices', '-f', 'jsonl', '--jobs', String(jobs)], mixed);
    expect(run.code).toBe(2);
    expect(sourcePaths(run.stdout)).toEqual(ARCHIVE_ORDER);
    const errors = run.stderr.split('\n').filter((l) => l.includes('bad.txt'));
    expect(errors).toEqual(['workplan: notices/2019/bad.txt: not a text or HTML document']);
  });

  it('a missing file among good ones is reported and counted', async () => {
    const run = await runMain(['parse', 'notices/2019/a.txt', 'nope.txt', '-f', 'jsonl', '--jobs', '1'], good);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^workplan: nope\.txt: no such file or folder$/m);
    expect(run.stderr).toMatch(/2 files, .*1 failed/);
    expect(sourcePaths(run.stdout)).toEqual(['notices/2019/a.txt']);
  });

  it.each([
    [
      ['--include', '*.txt', '--exclude', '2019/**'],
      ['notices/2020/c.txt', 'notices/d.txt'],
    ],
    [
      ['--exclude', 'b.txt'],
      ['notices/2019/a.txt', 'notices/2020/c.txt', 'notices/d.txt'],
    ],
    [
      ['--include', '2019/*.txt'],
      ['notices/2019/a.txt', 'notices/2019/b.txt'],
    ],
    [['--include', '*.md'], ['notices/skip.md']],
  ])('--include/--exclude %j', async (flags, expected) => {
    const run = await runMain(['parse', 'notices', '-f', 'jsonl', '--jobs', '1', ...flags], good);
    expect(sourcePaths(run.stdout)).toEqual(expected);
  });

  it('prints a summary line for several inputs and none for one', async () => {
    const many = await runMain(['parse', 'notices', '-f', 'jsonl', '--jobs', '2'], mixed);
    expect(many.stderr).toMatch(/^workplan: 5 files, 4 documents, \d+ tasks, \d+ stripped lines, 1 failed, \d+\.\d s$/m);
    const one = await runMain(['parse', 'notices/2019/a.txt', '-f', 'json'], good);
    expect(one.stderr).toBe('');
    expect(JSON.parse(one.stdout).source.path).toBe('notices/2019/a.txt');
  });

  it('prints no progress when stderr is not a terminal, nor under CI', async () => {
    const piped = await runMain(['parse', 'notices', '-f', 'jsonl', '--jobs', '1'], good);
    const ci = await runMain(['parse', 'notices', '-f', 'jsonl', '--jobs', '1'], good, { stderrTTY: true, env: { CI: 'true' } });
    for (const run of [piped, ci]) {
      expect(run.stderr).not.toMatch(/files\/s|\r|\x1b/);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it.each([
    ['json', (out: string) => (JSON.parse(out) as { source: { path: string } }[]).map((r) => r.source.path)],
    ['yaml', (out: string) => [...out.matchAll(/^ {2}path: (.+)$/gm)].map((m) => m[1])],
  ])('several inputs in --format %s frame as one document stream, in order', async (format, paths) => {
    const run = await runMain(['parse', 'notices', '-f', format, '--jobs', '2'], good);
    expect(run.code).toBe(0);
    expect(paths(run.stdout)).toEqual(ARCHIVE_ORDER);
  });

  it('reads standard input (with workers too)', async () => {
    const text = readFileSync(path.join(ROOT, 'fixtures/seed-004-lianyungang-2020/input.txt'), 'utf8');
    const run = await runMain(['parse', '-', 'notices/2019/a.txt', '-f', 'jsonl', '--jobs', '2'], good, { stdin: text });
    expect(run.code).toBe(0);
    expect(sourcePaths(run.stdout)).toEqual([null, 'notices/2019/a.txt']);
  });

  it.each(['0', 'two', '-1'])('rejects --jobs %s', async (value) => {
    const run = await runMain(['parse', 'notices', '--jobs', value], good);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--jobs/);
  });
});

describe('parse --out DIR', () => {
  it('writes one register per input under names derived from the input path', async () => {
    const dir = makeArchive(false);
    const run = await runMain(['parse', 'notices', '--out', 'registers', '-f', 'json', '--jobs', '2'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    for (const name of ARCHIVE_ORDER) {
      const file = path.join(dir, 'registers', name.replace(/\.txt$/, '.register.json'));
      expect(JSON.parse(readFileSync(file, 'utf8')).source.path).toBe(name);
    }
  });

  it('refuses to replace existing outputs without --force, and replaces them with it', async () => {
    const dir = makeArchive(false);
    expect((await runMain(['parse', 'notices/2019', '--out', 'r'], dir)).code).toBe(0);
    const again = await runMain(['parse', 'notices/2019', '--out', 'r'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr.match(/already exists \(use --force to replace it\)/g)).toHaveLength(2);
    expect((await runMain(['parse', 'notices/2019', '--out', 'r', '--force'], dir)).code).toBe(0);
  });

  it('never writes over an input, even with --force', async () => {
    const dir = makeArchive(false);
    // notes.register → notes.register.yaml, which is itself one of the inputs.
    copyFileSync(path.join(dir, 'notices/2019/a.txt'), path.join(dir, 'notes.register'));
    copyFileSync(path.join(dir, 'notices/2019/a.txt'), path.join(dir, 'notes.register.yaml'));
    const before = readFileSync(path.join(dir, 'notes.register.yaml'), 'utf8');
    const run = await runMain(['parse', 'notes.register', 'notes.register.yaml', '--out', '.', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/refusing to write over an input file/);
    expect(readFileSync(path.join(dir, 'notes.register.yaml'), 'utf8')).toBe(before);
  });

  it('keeps names inside DIR for inputs outside the working folder', async () => {
    const dir = makeArchive(false);
    const outside = makeArchive(false);
    const run = await runMain(['parse', path.join(outside, 'notices/2019/a.txt'), '--out', 'o'], dir);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, 'o', path.relative('/', outside), 'notices/2019/a.register.yaml'))).toBe(true);
  });
});

describe('batch clean', () => {
  it.each([1, 2])('heads each input in text mode, in order, with --jobs %i', async (jobs) => {
    const run = await runMain(['clean', 'notices', '--jobs', String(jobs)], mixed);
    expect(run.code).toBe(2);
    expect([...run.stdout.matchAll(/^==> (.+) <==$/gm)].map((m) => m[1])).toEqual(ARCHIVE_ORDER);
    expect(run.stderr).toMatch(/^workplan: 5 files, 4 documents, \d+ stripped lines, 1 failed/m);
  });

  it('--format json gives the same array as JSON.stringify would, whatever --jobs', async () => {
    const one = await runMain(['clean', 'notices', '-f', 'json', '--jobs', '1'], good);
    const two = await runMain(['clean', 'notices', '-f', 'json', '--jobs', '2'], good);
    const parsed = JSON.parse(one.stdout) as { file: string }[];
    expect(parsed.map((r) => r.file)).toEqual(ARCHIVE_ORDER);
    expect(one.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--explain lists stripped lines per input', async () => {
    const run = await runMain(['clean', 'notices/2019/a.txt', 'notices/2019/b.txt', '--explain', '--jobs', '2'], good);
    expect(run.stderr).toMatch(/notices\/2019\/[ab]\.txt: \d+ stripped/);
  });
});

describe('lazy commands', () => {
  it.each(commandEntries.map((e) => [e.name, e] as const))(
    "%s: the listed summary is the command's own description",
    async (_name, entry) => {
      const ctx = { io: null as never, debug: false, color: false, errPaint: null as never, exit: () => {} };
      const command = (await entry.load())(ctx);
      expect(command.name()).toBe(entry.name);
      expect(command.description()).toBe(translate('en', entry.summary));
      expect(
        command.registeredArguments
          .map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`))
          .join(' '),
      ).toBe(entry.args);
    },
  );

  it.each([
    [['parse', 'x'], 'parse'],
    [['--no-color', 'clean'], 'clean'],
    [['help', 'schema'], 'schema'],
    [['--help'], undefined],
    [['nonsense'], undefined],
  ])('%j selects %s', (argv, name) => {
    expect(selectedCommand(argv)?.name).toBe(name);
  });

  it('--help lists every command', async () => {
    const run = await runMain(['--help'], ROOT);
    for (const entry of commandEntries) expect(run.stdout).toMatch(new RegExp(`^  ${entry.name} \\[options\\]`, 'm'));
  });

  it("a command's own help is complete", async () => {
    const run = await runMain(['help', 'parse'], ROOT);
    expect(run.stdout).toMatch(/--jobs <n>/);
  });
});

describe('framing and summary', () => {
  it.each([
    ['json', 2, ['{"a":1}\n', '{"b":2}\n'], '[\n{"a":1},\n{"b":2}\n]\n'],
    ['json', 1, ['{"a":1}\n'], '{"a":1}\n'],
    ['json', 3, [], ''],
    ['json-indented', 2, ['{\n  "a": 1\n}\n', '{}\n'], '[\n  {\n    "a": 1\n  },\n  {}\n]\n'],
    ['yaml', 2, ['a: 1\n', 'b: 2\n'], '---\na: 1\n---\nb: 2\n'],
    ['jsonl', 2, ['{}\n', '{}\n'], '{}\n{}\n'],
  ] as const)('%s with %i inputs', (format, inputs, items, expected) => {
    let out = '';
    const framer = new StreamFramer(format, inputs, (t) => void (out += t));
    for (const item of items) framer.item(item);
    framer.end();
    expect(out).toBe(expected);
  });

  it.each([
    [
      { files: 1, bytes: 0, documents: 1, tasks: 1, stripped: 1, failures: 0 },
      2.04,
      'workplan: 1 file, 1 document, 1 task, 1 stripped line, 0 failed, 2.0 s\n',
    ],
    [
      { files: 3, bytes: 0, documents: 2, tasks: null, stripped: 0, failures: 1 },
      0.25,
      'workplan: 3 files, 2 documents, 0 stripped lines, 1 failed, 0.3 s\n',
    ],
  ])('summary %j', (totals, seconds, expected) => {
    expect(formatSummary(totals, seconds)).toBe(expected);
  });
});

describe('module jobs (how lint and stats plug into runBatch)', () => {
  it.each([1, 2])("register-job returns each input's register in order with --jobs %i", async (jobs) => {
    const { runBatch } = await import('../../src/cli/batch/run-batch.js');
    const { REGISTER_JOB } = await import('../../src/cli/batch/register-job.js');
    const { expandInputs } = await import('../../src/cli/files.js');
    const { inputs } = await expandInputs(mixed, ['notices'], { defaultInclude: ['*.txt'] });
    const seen: (string | null)[] = [];
    const failed: string[] = [];
    const totals = await runBatch({
      inputs,
      work: { kind: 'module', module: REGISTER_JOB, options: {}, countsTasks: true },
      jobs,
      readStdin: async () => new Uint8Array(),
      onResult: (_input, result) => {
        if (result.ok) seen.push((result.payload as { source: { path: string | null } }).source.path);
        else failed.push(`${result.error.file}: ${result.error.message}`);
        return true;
      },
    });
    expect(seen).toEqual(ARCHIVE_ORDER);
    expect(failed).toEqual(['notices/2019/bad.txt: not a text or HTML document']);
    expect(totals).toMatchObject({ files: 5, documents: 4, failures: 1 });
    expect(totals.tasks).toBeGreaterThan(50);
  });

  it.each([
    ['src/cli/x.ts', 'dist/src/cli/x.js'],
    ['test/bench/y.ts', 'dist/test/bench/y.js'],
    ['dist/src/cli/x.js', 'dist/src/cli/x.js'],
  ])('maps <root>/%s to <root>/%s for workers', async (from, to) => {
    const { compiledUrl } = await import('../../src/cli/batch/module-work.js');
    const { pathToFileURL } = await import('node:url');
    expect(compiledUrl(pathToFileURL(path.join(ROOT, from)).href)).toBe(pathToFileURL(path.join(ROOT, to)).href);
    expect(compiledUrl('file:///elsewhere/src/z.ts')).toBe('file:///elsewhere/src/z.ts');
  });
});

describe('default --jobs', () => {
  it.each([
    [1, 2, 1],
    [16, 2, 1],
    [2000, 2, 1],
    [2000, 1, 1],
    [2000, 8, 7],
    [150, 8, 1],
    [250, 8, 2],
  ])('%i inputs on %i cores → %i threads', async (inputs, cores, expected) => {
    const { defaultJobs } = await import('../../src/cli/batch/jobs-option.js');
    expect(defaultJobs(inputs, cores)).toBe(expected);
  });
});
