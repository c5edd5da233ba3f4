import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readXlsxSheet, readXlsxTasks, taskRows } from '../../src/xlsx/index.js';
import { parseInput } from '../../src/pipeline.js';
import { ROOT, runMain, tempDir } from './helpers.js';

const SEED = 'fixtures/seed-003-hangzhou-2018/input.txt';

describe('parse --format xlsx', () => {
  it('writes the workbook to --out FILE, and its task sheet reads back as the register', async () => {
    const dir = tempDir('workplan-xlsx-');
    const out = path.join(dir, 'hz.xlsx');
    const run = await runMain(['parse', SEED, '--format', 'xlsx', '--out', out], ROOT);
    expect(run.stderr).toBe(`workplan: wrote ${out}\n`);
    expect(run.code).toBe(0);
    const sheet = await readXlsxTasks(new Uint8Array(readFileSync(out)));
    const { register } = parseInput(new Uint8Array(readFileSync(path.join(ROOT, SEED))), { path: SEED });
    const expected = taskRows(register.documents[0]).map((row) =>
      row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell))),
    );
    expect(sheet.slice(1)).toEqual(expected);
    expect(sheet[0]).toEqual(['序号', '编号', '章节', '工作任务', '牵头单位', '责任单位', '完成时限', '完成日期', '行号']);
  });

  it('refuses to run without --out, and never replaces a file without --force', async () => {
    const dir = tempDir('workplan-xlsx-');
    const none = await runMain(['parse', SEED, '--format', 'xlsx'], ROOT);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^workplan: --format xlsx writes a workbook/);
    const out = path.join(dir, 'hz.xlsx');
    expect((await runMain(['parse', SEED, '--format', 'xlsx', '--out', out], ROOT)).code).toBe(0);
    const again = await runMain(['parse', SEED, '--format', 'xlsx', '--out', out], ROOT);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect((await runMain(['parse', SEED, '--format', 'xlsx', '--out', out, '--force'], ROOT)).code).toBe(0);
  });

  it('writes one workbook per input into --out DIR for several inputs', async () => {
    const dir = tempDir('workplan-xlsx-');
    const run = await runMain(
      ['parse', SEED, 'fixtures/seed-004-lianyungang-2020/input.txt', '--format', 'xlsx', '--out', dir, '--jobs', '1'],
      ROOT,
    );
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, 'fixtures/seed-003-hangzhou-2018/input.tasks.xlsx'))).toBe(true);
    expect(existsSync(path.join(dir, 'fixtures/seed-004-lianyungang-2020/input.tasks.xlsx'))).toBe(true);
  });
});

describe('parse --out: decided by the name and the number of inputs', () => {
  const SEED4 = 'fixtures/seed-004-lianyungang-2020/input.txt';

  it('a name without an ending is the clerk table itself for one input, given the format ending', async () => {
    const dir = tempDir('workplan-out-');
    const run = await runMain(['parse', path.join(ROOT, SEED), '--format', 'csv', '--out', '任务分解表'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('workplan: wrote 任务分解表.csv\n');
    expect(statSync(path.join(dir, '任务分解表.csv')).isFile()).toBe(true);
  });

  it('a file name with several inputs and no --merge is refused before anything is written', async () => {
    const dir = tempDir('workplan-out-');
    const run = await runMain(
      ['parse', path.join(ROOT, SEED), path.join(ROOT, SEED4), '--format', 'xlsx', '--out', 'both.xlsx'],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'workplan: --out both.xlsx: names one file but there are 2 inputs: give a folder, or --merge for one table\n',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--merge puts several notices into one workbook with a 文件 column', async () => {
    const dir = tempDir('workplan-out-');
    const run = await runMain(
      ['parse', SEED, SEED4, '--format', 'xlsx', '--merge', '--out', path.join(dir, 'both.xlsx'), '--jobs', '1'],
      ROOT,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^workplan: wrote .*both\.xlsx: 2 notices, \d+ tasks\n/);
    const rows = await readXlsxTasks(new Uint8Array(readFileSync(path.join(dir, 'both.xlsx'))));
    expect(rows[0][0]).toBe('文件');
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set([SEED, SEED4]));
  });

  it('-o - is standard output, never a folder named -', async () => {
    const dir = tempDir('workplan-out-');
    const run = await runMain(
      ['parse', path.join(ROOT, SEED), path.join(ROOT, SEED4), '--format', 'csv', '--merge', '-o', '-'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFF"文件","序号"')).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--merge is for tables only', async () => {
    const run = await runMain(['parse', SEED, SEED4, '--merge'], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('workplan: --merge joins task tables: use it with --format csv or xlsx\n');
  });
});

describe('a notice whose plan is not in the file', () => {
  it('warns on stderr and in the workbook that there are no tasks', async () => {
    const dir = tempDir('workplan-empty-');
    const notice =
      '某县人民政府办公室关于印发2025年河道管理工作要点的通知\n各乡镇人民政府:\n现将《2025年河道管理工作要点》印发给你们,请认真贯彻落实。\n某县人民政府办公室\n2025年3月2日\n';
    writeFileSync(path.join(dir, 'n.txt'), notice);
    const run = await runMain(['parse', 'n.txt', '--format', 'xlsx', '--out', 'n.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'workplan: n.txt: warning: no tasks found; the plan may be an attachment that is not in this file\nworkplan: wrote n.xlsx\n',
    );
    const warnings = await readXlsxSheet(new Uint8Array(readFileSync(path.join(dir, 'n.xlsx'))), '警告');
    expect(warnings.map((w) => w[1])).toContain('no-tasks');
  });
});
