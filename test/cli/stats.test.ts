import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import * as path from 'node:path';
import { statsCommand } from '../../src/cli/commands/stats.js';
import { serializeRegister } from '../../src/register/index.js';
import { makeRegister } from '../diff/make-register.js';
import { ROOT, runCommand, tempDir } from './helpers.js';

let dir = '';

beforeAll(() => {
  dir = tempDir('workplan-stats-');
  mkdirSync(path.join(dir, 'plans'));
  copyFileSync(path.join(ROOT, 'fixtures/seed-000-huanggang-2019/input.txt'), path.join(dir, 'plans/000.txt'));
  copyFileSync(path.join(ROOT, 'fixtures/seed-002-jiangxi-2019-traditional/input.txt'), path.join(dir, 'plans/002.txt'));
  const r = makeRegister({ '1': 'x' }, [{ id: '1.1', section: '1', text: 'a', leads: ['市發改委'] }], { year: 2018 });
  writeFileSync(path.join(dir, 'plans/r.register.yaml'), serializeRegister(r, 'yaml'));
  writeFileSync(path.join(dir, 'plans/notes.md'), 'ignored');
});

describe('workplan stats', () => {
  it('walks folders for notices only, unless asked for registers too', async () => {
    const run = await runCommand(statsCommand, ['plans', '-f', 'json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ inputs: 2, documents: 2, tasks: 36 + 18 });
    const named = await runCommand(statsCommand, ['plans/000.txt', 'plans/r.register.yaml', '-f', 'json'], dir);
    expect(JSON.parse(named.stdout)).toMatchObject({ inputs: 2, tasks: 36 + 1 });
  });

  it('counts a folder of notices and registers with --registers', async () => {
    const run = await runCommand(statsCommand, ['plans', '--registers', '-f', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const stats = JSON.parse(run.stdout);
    expect(stats).toMatchObject({ inputs: 3, documents: 3, tasks: 36 + 18 + 1 });
    // 000 names 市发改委牵头 seven times and 发改委 (its 市 implied) once; the register adds one in traditional script.
    expect(stats.leads).toContainEqual({ name: '市发改委', documents: 2, tasks: 9 });
    expect(stats.unitSpellings).toContainEqual({ name: '市发改委', spellings: ['发改委'] });
    expect(stats.years).toContainEqual({ name: '2019', documents: 2, tasks: 54 });
  });

  it.each([
    ['table', /Lead units/],
    ['csv', /^\uFEFFcategory,name,documents,tasks/],
  ])('--format %s', async (format, pattern) => {
    const run = await runCommand(statsCommand, ['plans', '--format', format], dir);
    expect(run.stdout).toMatch(pattern);
  });

  it('counts what it can and exits 2 when an input is unreadable', async () => {
    const run = await runCommand(statsCommand, ['plans/000.txt', 'missing.txt', '-f', 'json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.txt/);
    expect(JSON.parse(run.stdout).documents).toBe(1);
  });
});
