import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runMain, tempDir } from './helpers.js';

const GOOD =
  '黄冈市人民政府办公室关于印发2019年黄冈市政务公开工作要点的通知\n2019年6月12日\n2019年黄冈市政务公开工作要点\n一、加强政务公开\n(一)做好预算公开工作。(市财政局负责)\n(二)做好决算公开工作。(市财政局负责)\n';
/** A numbering gap (error) and a task without units (warning). */
const BAD =
  '黄冈市人民政府办公室关于印发2019年黄冈市政务公开工作要点的通知\n2019年6月12日\n2019年黄冈市政务公开工作要点\n一、加强政务公开\n(一)做好预算公开工作。(市财政局负责)\n(二)做好决算公开工作。(市财政局负责)\n三、加强平台建设\n(一)做好网站工作。(市政府办负责)\n(二)做好微博工作。\n';
/** Only a warning: a task without units. */
const WARN =
  '黄冈市人民政府办公室关于印发2019年黄冈市政务公开工作要点的通知\n2019年6月12日\n2019年黄冈市政务公开工作要点\n一、加强政务公开\n(一)做好预算公开工作。(市财政局负责)\n(二)做好决算公开工作。(市财政局负责)\n(三)做好网站工作。\n';

let root: string;
let work: string;

beforeAll(() => {
  root = tempDir('workplan-lint-');
  work = path.join(root, 'project', 'sub');
  mkdirSync(work, { recursive: true });
  writeFileSync(path.join(work, 'good.txt'), GOOD);
  writeFileSync(path.join(work, 'bad.txt'), BAD);
  writeFileSync(path.join(work, 'warn.txt'), WARN);
  writeFileSync(path.join(work, 'binary.txt'), new Uint8Array([0, 1, 2, 3, 0, 255, 0, 0, 7, 0]));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('workplan lint', () => {
  it('names its output format -f/--format and its file -o/--output, as the other commands do; -r and --output-file still work', async () => {
    const byFormat = await runMain(['lint', 'bad.txt', '-f', 'json'], work);
    const byReporter = await runMain(['lint', 'bad.txt', '--reporter', 'json'], work);
    expect(byFormat.code).toBe(1);
    expect(JSON.parse(byFormat.stdout)).toEqual(JSON.parse(byReporter.stdout));
    const reports = tempDir('workplan-lint-reports-');
    expect((await runMain(['lint', 'bad.txt', '--format', 'github', '-o', path.join(reports, 'report.txt')], work)).stdout).toBe(
      '',
    );
    expect(readFileSync(path.join(reports, 'report.txt'), 'utf8')).toMatch(/^::error file=bad\.txt,line=7/m);
    await runMain(['lint', 'bad.txt', '-r', 'json', '--output-file', path.join(reports, 'report.json')], work);
    expect(JSON.parse(readFileSync(path.join(reports, 'report.json'), 'utf8'))).toEqual(JSON.parse(byFormat.stdout));
    expect((await runMain(['validate', 'bad.txt', '-f', 'json'], work)).stdout).not.toBe('');
  });

  it('exits 0 and prints nothing for a clean notice', async () => {
    const run = await runMain(['lint', 'good.txt'], work);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on an error and reports file, line and rule', async () => {
    const run = await runMain(['lint', 'bad.txt'], work);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('bad.txt');
    expect(run.stdout).toMatch(/7:1 +error +Expected `二、`, found `三、`: `二、` is missing +lint\/numbering-gap/);
    expect(run.stdout).toMatch(/9:1 +warning +Task `\(二\)` names no unit/);
    expect(run.stdout).toContain('✖ 2 problems (1 error, 1 warning)');
  });

  it('exits 0 on warnings alone, and 1 when they pass --max-warnings', async () => {
    expect((await runMain(['lint', 'warn.txt'], work)).code).toBe(0);
    expect((await runMain(['lint', 'warn.txt', '--max-warnings', '1'], work)).code).toBe(0);
    const over = await runMain(['lint', 'warn.txt', '--max-warnings', '0'], work);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('more than --max-warnings 0');
  });

  it('--quiet shows and counts errors only', async () => {
    const run = await runMain(['lint', 'bad.txt', 'warn.txt', '--quiet', '--max-warnings', '0', '--reporter', 'json'], work);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout);
    expect(results.flatMap((r: { messages: { severity: string }[] }) => r.messages.map((m) => m.severity))).toEqual(['error']);
    expect((await runMain(['lint', 'warn.txt', '--quiet', '--max-warnings', '0'], work)).code).toBe(0);
  });

  it.each([
    [['--rule', 'numbering-gap=warn'], 0],
    [['--rule', 'numbering-gap=off', '--rule', 'task-without-unit=error'], 1],
    [['--rule', 'numbering-gap=[error, {continuation: restart}]'], 1],
  ])('--rule %j → exit %i', async (flags, code) => {
    expect((await runMain(['lint', 'bad.txt', ...flags], work)).code).toBe(code);
  });

  it.each([
    [['--rule', 'no-such-rule=warn'], "--rule: unknown rule 'no-such-rule'"],
    [['--rule', 'numbering-gap'], '--rule:'],
    [['--reporter', 'xml'], 'xml'],
    [['--max-warnings', 'many'], 'max-warnings'],
  ])('%j is a usage or config error: exit 2', async (flags, text) => {
    const run = await runMain(['lint', 'good.txt', ...flags], work);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(text);
  });

  it('exits 2 for a file it cannot read or decode, and still lints the others', async () => {
    const run = await runMain(['lint', 'missing.txt', 'binary.txt', 'bad.txt', '--reporter', 'json'], work);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('workplan: missing.txt: no such file or folder');
    expect(run.stderr).toContain('binary.txt');
    expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual(['bad.txt']);
  });

  it('reads standard input when no file is named', async () => {
    const run = await runMain(['lint', '--reporter', 'json'], work, { stdin: BAD });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].file).toBe('<stdin>');
  });

  describe('config discovery', () => {
    const write = (dir: string, name: string, text: string) => writeFileSync(path.join(dir, name), text);
    const remove = (dir: string, name: string) => rmSync(path.join(dir, name), { force: true });

    it('finds workplan.config.yaml in a folder above the working folder', async () => {
      write(path.join(root, 'project'), 'workplan.config.yaml', 'rules:\n  numbering-gap: warn\n');
      try {
        expect((await runMain(['lint', 'bad.txt'], work)).code).toBe(0);
        expect((await runMain(['lint', 'bad.txt', '--no-config'], work)).code).toBe(1);
        expect((await runMain(['lint', 'bad.txt', '--rule', 'numbering-gap=error'], work)).code).toBe(1);
      } finally {
        remove(path.join(root, 'project'), 'workplan.config.yaml');
      }
    });

    it('writes rule levels as the output does: `warning` in the config, --rule and help; `warn` still read', async () => {
      for (const level of ['warning', 'warn']) {
        write(work, 'workplan.config.yaml', `rules:\n  numbering-gap: ${level}\n  task-without-unit: [${level}, {}]\n`);
        try {
          const run = await runMain(['lint', 'bad.txt', '-f', 'json'], work);
          expect(run.code).toBe(0);
          const severities = JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string; severity: string }) => [
            m.ruleId,
            m.severity,
          ]);
          expect(severities).toContainEqual(['lint/numbering-gap', 'warning']);
          expect(severities).toContainEqual(['lint/task-without-unit', 'warning']);
        } finally {
          remove(work, 'workplan.config.yaml');
        }
        expect((await runMain(['lint', 'bad.txt', '--no-config', '--rule', `numbering-gap=${level}`], work)).code).toBe(0);
      }
      const help = (await runMain(['lint', '--help'], work)).stdout;
      expect(help).toMatch(/^ {2}level-skip +warning +/m);
      expect(help).not.toMatch(/\bwarn\b/);
      const bad = await runMain(['lint', 'bad.txt', '--rule', 'numbering-gap=loud'], work);
      expect(bad.stderr).toContain('level must be off, warning or error');
    });

    it('finds .workplanrc.yaml in the working folder', async () => {
      write(work, '.workplanrc.yaml', 'rules:\n  task-without-unit: error\n');
      try {
        expect((await runMain(['lint', 'warn.txt'], work)).code).toBe(1);
      } finally {
        remove(work, '.workplanrc.yaml');
      }
    });

    it('takes --config FILE', async () => {
      write(root, 'strict.yaml', 'rules:\n  task-without-unit: error\n');
      expect((await runMain(['lint', 'warn.txt', '--config', '../../strict.yaml'], work)).code).toBe(1);
    });

    it.each([
      ['rules:\n  numbering-gaps: warn\n', "unknown rule 'numbering-gaps'"],
      ['rules:\n  numbering-gap: [warn, {restart: true}]\n', "unknown option 'restart'"],
      ['rules: [oops\n', 'syntax error'],
    ])('a bad config %j → exit 2 naming the file', async (text, problem) => {
      write(work, 'workplan.config.yaml', text);
      try {
        const run = await runMain(['lint', 'good.txt'], work);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^workplan: workplan\.config\.yaml: /);
        expect(run.stderr).toContain(problem);
      } finally {
        remove(work, 'workplan.config.yaml');
      }
    });

    it('a missing --config file → exit 2', async () => {
      const run = await runMain(['lint', 'good.txt', '--config', 'nope.yaml'], work);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('nope.yaml');
    });
  });

  it.each(['json', 'github', 'sarif'])('--reporter %s writes to --output-file', async (reporter) => {
    const out = path.join(root, `report.${reporter}`);
    const run = await runMain(['lint', 'bad.txt', '--reporter', reporter, '--output-file', out], work);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    if (reporter === 'github') expect(text).toMatch(/^::error file=bad\.txt,line=7,col=1,/);
    else expect(() => JSON.parse(text)).not.toThrow();
  });

  it('lints every notice in a folder', async () => {
    const run = await runMain(['lint', '.', '--reporter', 'json'], work);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual(['bad.txt', 'good.txt', 'warn.txt']);
  });
});
