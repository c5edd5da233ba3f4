/**
 * No spread of an input-sized array: push(...x) and Math.max(...x) put every element on the
 * stack and overflow past about 100,000 elements. Each site that once did is run here with 10⁶
 * elements (or, where building that many through the whole pipeline would be slow, with an input
 * that overflowed the old code), so a spread put back fails at once.
 */
import { describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { maxOf, minOf, pushAll } from '../../src/core/arrays.js';
import { stylish } from '../../src/report/stylish.js';
import { noPaint } from '../../src/cli/paint.js';
import { extractTables } from '../../src/tables/html-table.js';
import type { DomNode } from '../../src/html/load-cheerio.js';
import { parseInput } from '../../src/pipeline.js';
import { findTaskTables } from '../../src/tables/index.js';
import { formatStatsTable } from '../../src/stats/format-table.js';
import type { Message } from '../../src/core/message.js';
import { ROOT, tempDir } from '../cli/helpers.js';

vi.setConfig({ testTimeout: 120_000 });
const MILLION = 1_000_000;

describe('core/arrays', () => {
  it('pushAll, maxOf and minOf take a million elements', () => {
    const big = Array.from({ length: MILLION }, (_, i) => i);
    expect(pushAll([-1], big)).toHaveLength(MILLION + 1);
    expect(maxOf(big)).toBe(MILLION - 1);
    expect(maxOf(big, 5e6)).toBe(5e6);
    expect(minOf(big)).toBe(0);
    expect(maxOf([])).toBe(Number.NEGATIVE_INFINITY);
    expect(maxOf([1, Number.NaN, 2])).toBeNaN();
  });
});

describe('sites', () => {
  it('stylish: a million findings in one file', () => {
    const m: Message = {
      ruleId: 'lint/unbalanced-bracket',
      severity: 'warning',
      reason: '`(` is never closed',
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
    };
    const out = stylish([{ file: 'a.txt', messages: Array.from({ length: MILLION }, () => m) }], { paint: noPaint });
    expect(out.endsWith(`✖ ${MILLION} problems (0 errors, ${MILLION} warnings)\n`)).toBe(true);
  });

  it('html-table: a table of a million rows in a tbody', () => {
    const row: DomNode = { type: 'tag', name: 'tr', children: [] } as unknown as DomNode;
    const tbody = { type: 'tag', name: 'tbody', children: Array.from({ length: MILLION }, () => row) } as unknown as DomNode;
    const table = { type: 'tag', name: 'table', children: [tbody] } as unknown as DomNode;
    const root = { type: 'root', children: [table] } as unknown as DomNode;
    const [grid] = extractTables(root);
    expect(grid.rows).toHaveLength(MILLION);
  });

  it('find-tables: a flattened task table of 200,000 rows (a million takes too long to read here)', () => {
    const lines = ['序号\t工作任务\t牵头单位\t完成时限'];
    for (let i = 0; i < 200_000; i++) lines.push(`${i + 1}\t做好第${i}项工作\t市政府\t2019年底`);
    const [table] = findTaskTables({ html: null, text: lines.join('\n') });
    expect(table.lastLine).toBe(200_001);
  });

  it('stats table: a million units', () => {
    const leads = Array.from({ length: MILLION }, (_, i) => ({ name: `单位${i}`, documents: 1, tasks: 1 }));
    const text = formatStatsTable({
      inputs: 1,
      documents: 1,
      tasks: 1,
      tasksWithoutUnits: 0,
      shareWithoutUnits: 0,
      leads,
      owners: [],
      years: [],
      issuers: [],
      deadlines: [],
      unitSpellings: [],
    });
    expect(text.split('\n').length).toBeGreaterThan(MILLION);
  });

  it('pipeline: a line of 200,000 (一) markers parses (its warnings once overflowed the stack)', () => {
    const { register } = parseInput('(一)'.repeat(200_000), { path: 'markers.txt' });
    expect(register.documents.length).toBeGreaterThan(0);
  });

  const built = existsSync(path.join(ROOT, 'dist/src/cli/files.js'));
  // 10⁶ files is too many to make in a test: the walk runs in a child whose stack is 5 times
  // smaller, where 40,000 files overflowed push(...) as 150,000 did with the default stack.
  it.skipIf(!built)('the folder walk: 40,000 files under a stack 5 times smaller', () => {
    const dir = tempDir('workplan-walk-');
    mkdirSync(path.join(dir, 'in/sub'), { recursive: true });
    for (let i = 0; i < 40_000; i++) writeFileSync(path.join(dir, 'in/sub', `n${i}.txt`), '');
    const script = `import(${JSON.stringify(path.join(ROOT, 'dist/src/cli/files.js'))}).then(async (m) => { const r = await m.expandInputs(process.cwd(), ['in'], { defaultInclude: ['*.txt'] }); console.log(r.inputs.length); })`;
    const out = execFileSync(process.execPath, ['--stack-size=200', '-e', script], { cwd: dir }).toString();
    expect(out.trim()).toBe('40000');
  });
});
