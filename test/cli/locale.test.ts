/** Help, messages and the workbook's texts follow the locale (LANG, LC_ALL, LC_MESSAGES) or --lang; English by default. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readXlsxSheet } from '../../src/xlsx/index.js';
import { ROOT, runMain, tempDir } from './helpers.js';

const ZH = { LANG: 'zh_CN.UTF-8' };
const SEED = 'fixtures/seed-003-hangzhou-2018/input.txt';
/** A notice whose plan is an attachment: a no-tasks warning. Made up. */
const ATTACHMENT_ONLY =
  '关于印发2021年某县政务公开工作要点的通知\n\n各乡镇人民政府，县直各单位：\n现将《2021年某县政务公开工作要点》印发给你们，请认真贯彻执行。\n\n某县人民政府办公室\n2021年3月1日\n';

describe('the language of help and messages', () => {
  it.each([
    ['LANG=zh_CN.UTF-8', [], ZH],
    ['--lang zh', ['--lang', 'zh'], {}],
    ['--lang=zh, whatever LANG says', ['--lang=zh'], { LANG: 'en_US.UTF-8' }],
    ['LC_MESSAGES=zh_CN.UTF-8', [], { LANG: 'C', LC_MESSAGES: 'zh_CN.UTF-8' }],
  ])('%s: Chinese help', async (_name, flags, env) => {
    const top = await runMain([...flags, '--help'], ROOT, { env });
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('用法：');
    expect(top.stdout).toContain('把通知切分为文档、章节和任务');
    expect(top.stdout).toContain('退出码：');
    const parse = await runMain([...flags, 'parse', '--help'], ROOT, { env });
    expect(parse.stdout).toContain('选项：');
    expect(parse.stdout).toContain('覆盖已有的输出文件');
    expect(parse.stdout).toContain('默认："yaml"');
    expect(parse.stdout).toMatch(/示例：\n {2}\$ workplan parse notice\.txt +# 以 YAML 输出任务台账/);
    expect(parse.stdout).not.toMatch(/Options:|replace existing output files/);
  });

  it.each([
    ['no locale', {}],
    ['LANG=C', { LANG: 'C' }],
    ['LANG=en_US.UTF-8', { LANG: 'en_US.UTF-8' }],
    ['LC_ALL=C over LANG=zh_CN.UTF-8', { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }],
  ])('%s: English help', async (_name, env) => {
    const parse = await runMain(['parse', '--help'], ROOT, { env });
    expect(parse.stdout).toContain('Options:');
    expect(parse.stdout).toContain('replace existing output files');
    expect(parse.stdout).toContain('\nExit codes:\n');
    expect(parse.stdout).not.toContain('覆盖已有的输出文件');
  });

  it('--lang en wins over a Chinese locale; an unknown --lang is refused', async () => {
    expect((await runMain(['--lang', 'en', 'lint', '--help'], ROOT, { env: ZH })).stdout).toContain('report errors only');
    const bad = await runMain(['--lang', 'fr', 'parse', SEED], ROOT);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^workplan: .*--lang/);
  });

  it("every command's help is Chinese under LANG=zh_CN.UTF-8", async () => {
    const words: Record<string, string> = {
      clean: '在标准错误上列出',
      lint: '只报告错误',
      validate: '按 schema 校验一个台账',
      diff: '只输出各类别',
      stats: '遍历文件夹时也取台账',
      schema: 'schema 名称',
    };
    for (const [command, text] of Object.entries(words)) {
      const run = await runMain([command, '--help'], ROOT, { env: ZH });
      expect(run.code, command).toBe(0);
      expect(run.stdout, command).toContain(text);
      expect(run.stdout, command).toContain('用法：');
    }
  });

  it('messages: what was written, the no-tasks warning and usage errors', async () => {
    const dir = tempDir('workplan-locale-');
    writeFileSync(path.join(dir, 'empty.txt'), ATTACHMENT_ONLY);
    const zh = await runMain(['parse', 'empty.txt', '--format', 'csv', '--out', '表.csv'], dir, { env: ZH });
    expect(zh.code).toBe(0);
    expect(zh.stderr).toBe(
      'workplan: empty.txt: 警告：没有找到任务；方案可能是未包含在本文件中的附件\nworkplan: 已写入 表.csv\n',
    );
    const en = await runMain(['parse', 'empty.txt', '--format', 'csv', '--out', 't.csv'], dir, { env: { LANG: 'C' } });
    expect(en.stderr).toBe(
      'workplan: empty.txt: warning: no tasks found; the plan may be an attachment that is not in this file\nworkplan: wrote t.csv\n',
    );
    const usage = await runMain(['--lang', 'zh', 'parse', 'empty.txt', '--format', 'xlsx'], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^workplan: --format xlsx 输出工作簿：请给出 --out/);
  });

  it('the end-of-run summary and other messages', async () => {
    const two = ['parse', SEED, 'fixtures/seed-004-lianyungang-2020/input.txt', '-f', 'jsonl', '--jobs', '1'];
    expect((await runMain(two, ROOT, { env: ZH })).stderr).toMatch(
      /^workplan: 2 个文件，2 份文档，\d+ 项任务，删除 \d+ 行，0 个失败，[\d.]+ 秒\n$/,
    );
    expect((await runMain(two, ROOT)).stderr).toMatch(
      /^workplan: 2 files, 2 documents, \d+ tasks, \d+ stripped lines?, 0 failed, [\d.]+ s\n$/,
    );
    expect((await runMain(['schema', 'nope'], ROOT, { env: ZH })).stderr).toMatch(
      /^workplan: 没有名为“nope”的 schema（已有：.*register/,
    );
    const dir = tempDir('workplan-locale-');
    writeFileSync(
      path.join(dir, 'undated.txt'),
      '某县政务公开工作要点\n\n一、加强政策解读\n（一）做好解读工作。\n（二）做好回应工作。\n',
    );
    const lint = await runMain(['lint', 'undated.txt', '--max-warnings', '0'], dir, { env: ZH });
    expect(lint.code).toBe(1);
    expect(lint.stderr).toMatch(/^workplan: \d+ 条警告，多于 --max-warnings 0\n$/);
  });

  it('each command lists its own exit codes in Chinese; a file of the wrong kind is named in Chinese', async () => {
    const codes = (help: string): string[] =>
      [...help.slice(help.indexOf('退出码：')).matchAll(/^ {2}(\d) {2}/gm)].map((m) => m[1]);
    const help = async (command: string): Promise<string> => (await runMain([command, '--help'], ROOT, { env: ZH })).stdout;
    expect(codes(await help('lint'))).toEqual(['0', '1', '2']);
    expect(codes(await help('stats'))).toEqual(['0', '2']);
    expect(await help('validate')).toContain('至少有一份台账无效');
    expect(await help('lint')).toContain('提示和报告中标准输入（-）使用的文件名');
    const dir = tempDir('workplan-locale-');
    writeFileSync(path.join(dir, 'plan.txt'), ATTACHMENT_ONLY);
    const validate = await runMain(['validate', 'plan.txt'], dir, { env: ZH });
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe(
      'workplan: plan.txt: 这是通知（文本），不是任务台账；请用 `workplan lint` 或 `workplan parse`\n',
    );
    const lint = await runMain(
      ['lint', path.join(ROOT, 'fixtures/seed-003-hangzhou-2018/expected.register.yaml'), '-f', 'json'],
      dir,
      { env: ZH },
    );
    expect(lint.code).toBe(2);
    expect(lint.stderr).toMatch(/: 这是任务台账，不是通知；请用 `workplan validate`\n$/);
  });

  it('the workbook explains warnings and stripped lines in Chinese; the codes, headers and sheet names stay', async () => {
    const dir = tempDir('workplan-locale-');
    writeFileSync(path.join(dir, 'empty.txt'), ATTACHMENT_ONLY);
    expect(
      (
        await runMain(
          [
            'parse',
            'empty.txt',
            path.join(ROOT, 'fixtures/seed-000-huanggang-2019/input.txt'),
            '--format',
            'xlsx',
            '--merge',
            '--out',
            'zh.xlsx',
          ],
          dir,
          { env: ZH },
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await runMain(
          [
            'parse',
            'empty.txt',
            path.join(ROOT, 'fixtures/seed-000-huanggang-2019/input.txt'),
            '--format',
            'xlsx',
            '--merge',
            '--out',
            'en.xlsx',
          ],
          dir,
        )
      ).code,
    ).toBe(0);
    const zh = new Uint8Array(readFileSync(path.join(dir, 'zh.xlsx')));
    const en = new Uint8Array(readFileSync(path.join(dir, 'en.xlsx')));
    const zhWarnings = await readXlsxSheet(zh, '警告');
    const enWarnings = await readXlsxSheet(en, '警告');
    expect(zhWarnings[0]).toEqual(enWarnings[0]);
    const noTasks = (rows: string[][]): string[] | undefined => rows.find((r) => r[2] === 'no-tasks');
    expect(noTasks(zhWarnings)?.[3]).toBe('文档中没有任务：方案可能是未包含在本文件中的附件');
    expect(noTasks(enWarnings)?.[3]).toMatch(/^document 1 has no tasks/);
    const zhStripped = await readXlsxSheet(zh, '删除内容');
    const enStripped = await readXlsxSheet(en, '删除内容');
    expect(zhStripped.length).toBeGreaterThan(1);
    expect(zhStripped.map((r) => [r[0], r[1], r[2], r[4]])).toEqual(enStripped.map((r) => [r[0], r[1], r[2], r[4]]));
    for (const row of zhStripped.slice(1)) expect(row[3]).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff]/);
    expect(enStripped.slice(1).every((r) => /^[A-Z]/.test(r[3]))).toBe(true);
  }, 120_000);

  it('the review page notes stripped lines and warnings in the language', async () => {
    const seed = 'fixtures/seed-001-content-farm-compilation/input.txt';
    const zh = await runMain(['parse', seed, '--format', 'html'], ROOT, { env: ZH });
    expect(zh.stdout).toContain('farm-header: 内容农场的套话');
    expect(zh.stdout).toContain('title-guessed: 标题系推断得出：');
    const en = await runMain(['parse', seed, '--format', 'html'], ROOT, { env: { LANG: 'C' } });
    expect(en.stdout).toMatch(/farm-header: Content-farm/);
    expect(en.stdout).not.toContain('内容农场的套话');
  });

  it('the real binary reads LANG from its environment', () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [path.join(ROOT, 'bin/workplan.js'), 'parse', '--help'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', ...env },
      }).stdout;
    expect(run({ LANG: 'zh_CN.UTF-8' })).toContain('覆盖已有的输出文件');
    expect(run({ LANG: 'C' })).toContain('replace existing output files');
  }, 60_000);
});
