import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readXlsxTasks, taskRows } from '../../src/xlsx/index.js';
import { parseInput } from '../../src/pipeline.js';
import { ROOT, runMain, tempDir } from './helpers.js';

const SEED = 'fixtures/seed-003-hangzhou-2018/input.txt';

describe('parse --format xlsx', () => {
  it('writes the workbook to --out FILE, and its task sheet reads back as the register', async () => {
    const dir = tempDir('workplan-xlsx-');
    const out = path.join(dir, 'hz.xlsx');
    const run = await runMain(['parse', SEED, '--format', 'xlsx', '--out', out], ROOT);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const sheet = await readXlsxTasks(new Uint8Array(readFileSync(out)));
    const { register } = parseInput(new Uint8Array(readFileSync(path.join(ROOT, SEED))), { path: SEED });
    const expected = taskRows(register.documents[0]).map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
    expect(sheet.slice(1)).toEqual(expected);
    expect(sheet[0]).toEqual(['序号', '章节', '工作任务', '牵头单位', '责任单位', '完成时限', '行号']);
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
    const run = await runMain(['parse', SEED, 'fixtures/seed-004-lianyungang-2020/input.txt', '--format', 'xlsx', '--out', dir, '--jobs', '1'], ROOT);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, 'fixtures/seed-003-hangzhou-2018/input.tasks.xlsx'))).toBe(true);
    expect(existsSync(path.join(dir, 'fixtures/seed-004-lianyungang-2020/input.tasks.xlsx'))).toBe(true);
  });
});
