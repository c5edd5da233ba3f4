/** The clerk's table keeps the notice's full-width punctuation; the register keeps the normalised text. */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readXlsxTasks } from '../../src/xlsx/index.js';
import { FULL_WIDTH_NOTICE } from '../register/full-width-notice.js';
import { ROOT, runMain, SEEDS, tempDir } from './helpers.js';

const FULL_WIDTH = /[，；：（）！]/;

function notice(): { dir: string; file: string } {
  const dir = tempDir('workplan-punct-');
  const file = path.join(dir, 'notice.txt');
  writeFileSync(file, FULL_WIDTH_NOTICE);
  return { dir, file };
}

describe('parse: punctuation in the clerk table', () => {
  it('CSV keeps ，。；：（） from a full-width source; --punctuation normalized gives the register form', async () => {
    const { dir } = notice();
    const csv = await runMain(['parse', 'notice.txt', '--format', 'csv'], dir);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('"推进决策公开。完善重大决策预公开制度，扩大公众参与范围；做好意见征集：及时反馈。"');
    expect(csv.stdout).toContain('"深化财政信息公开。全面公开部门预算、决算（含“三公”经费），细化到项级科目；年底前完成。"');
    expect(csv.stdout).toContain('"各乡、镇（街道）"');
    expect(csv.stdout).toContain('"一、加强政策解读（重点工作）"');
    const normalized = await runMain(['parse', 'notice.txt', '--format', 'csv', '--punctuation', 'normalized'], dir);
    expect(normalized.stdout).toContain('"推进决策公开。完善重大决策预公开制度,扩大公众参与范围;做好意见征集:及时反馈。"');
    expect(normalized.stdout).not.toMatch(FULL_WIDTH);
  });

  it('the register (YAML, JSON) stays normalised whatever the option', async () => {
    const { dir } = notice();
    for (const format of ['yaml', 'json']) {
      const run = await runMain(['parse', 'notice.txt', '--format', format, '--punctuation', 'source'], dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('扩大公众参与范围;做好意见征集:及时反馈');
      expect(run.stdout).not.toMatch(FULL_WIDTH);
    }
  });

  it('the workbook, read back with exceljs, keeps them too; merged tables from several inputs as well', async () => {
    const { dir } = notice();
    writeFileSync(path.join(dir, 'other.txt'), FULL_WIDTH_NOTICE);
    expect((await runMain(['parse', 'notice.txt', '--format', 'xlsx', '--out', 't.xlsx'], dir)).code).toBe(0);
    const rows = await readXlsxTasks(new Uint8Array(readFileSync(path.join(dir, 't.xlsx'))));
    expect(rows[1][3]).toBe('推进决策公开。完善重大决策预公开制度，扩大公众参与范围；做好意见征集：及时反馈。');
    expect(rows[3][3]).toBe('整合政务新媒体，统一发布口径！');
    expect(rows[1][5]).toBe('各乡、镇（街道）');
    expect(
      (await runMain(['parse', 'notice.txt', '--format', 'xlsx', '--out', 'n.xlsx', '--punctuation', 'normalized'], dir)).code,
    ).toBe(0);
    const plain = await readXlsxTasks(new Uint8Array(readFileSync(path.join(dir, 'n.xlsx'))));
    expect(plain.flat().join('')).not.toMatch(FULL_WIDTH);
    for (const format of ['csv', 'xlsx']) {
      const out = `merged.${format}`;
      expect(
        (await runMain(['parse', 'notice.txt', 'other.txt', '--format', format, '--merge', '--out', out, '--jobs', '2'], dir))
          .code,
      ).toBe(0);
      const cells =
        format === 'csv'
          ? readFileSync(path.join(dir, out), 'utf8')
          : (await readXlsxTasks(new Uint8Array(readFileSync(path.join(dir, out))))).flat().join('\n');
      expect(cells.split('扩大公众参与范围；做好意见征集：').length - 1).toBe(2);
    }
  }, 120_000);

  it("the review page's task table shows them", async () => {
    const { dir } = notice();
    const run = await runMain(['parse', 'notice.txt', '--format', 'html'], dir);
    expect(run.code).toBe(0);
    const table = run.stdout.slice(run.stdout.indexOf('<table'));
    expect(table).toContain('整合政务新媒体，统一发布口径！');
  });

  it.each(SEEDS)('a half-width source (%s) gives the same table either way', async (seed) => {
    const input = `fixtures/${seed}/input.txt`;
    const source = await runMain(['parse', input, '--format', 'csv'], ROOT);
    const normalized = await runMain(['parse', input, '--format', 'csv', '--punctuation', 'normalized'], ROOT);
    expect(source.code).toBe(0);
    expect(source.stdout).toBe(normalized.stdout);
  });
});
