import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync, copyFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { diffCommand } from '../../src/cli/commands/diff.js';
import { serializeRegister } from '../../src/register/index.js';
import { loadSchemaValidator } from '../../src/register/load-validator.js';
import { makeRegister } from '../diff/make-register.js';
import { warmRealDeps, WARM_TIMEOUT } from '../diff/real-deps.js';

// The command loads nodejieba itself; loading it once here keeps its seconds out of the first test.
beforeAll(warmRealDeps, WARM_TIMEOUT);
import { ROOT, runCommand, tempDir } from './helpers.js';

let dir = '';
const s = { '1': '平台建设' };
const a = makeRegister(s, [
  { id: '1.1', section: '1', text: '推进政府网站集约化建设,完成网站迁移和IPv6改造。', leads: ['市政管局'] },
  { id: '1.2', section: '1', text: '办好政府公报电子版,实现电子版与纸质版同步发行。' },
]);
const b = makeRegister(s, [
  { id: '1.1', section: '1', text: '办好政府公报电子版,实现电子版与纸质版同步发行,逐步推行移动端展示。' },
  { id: '1.2', section: '1', text: '建立政务新媒体分级备案制度。' },
]);

beforeAll(() => {
  dir = tempDir('workplan-diff-');
  writeFileSync(path.join(dir, 'a.register.yaml'), serializeRegister(a, 'yaml'));
  writeFileSync(path.join(dir, 'b.json'), serializeRegister(b, 'json'));
  copyFileSync(path.join(ROOT, 'fixtures/seed-000-huanggang-2019/input.txt'), path.join(dir, '000.txt'));
  copyFileSync(path.join(ROOT, 'fixtures/seed-002-jiangxi-2019-traditional/input.txt'), path.join(dir, '002.txt'));
});

describe('workplan diff', () => {
  it.each([
    ['human', /\[-.*-\]|\{\+.*\+\}/],
    ['markdown', /^# test plan \(2 tasks\) → test plan \(2 tasks\)\n\nFiles: `a\.register\.yaml` → `b\.json`/],
  ])('--format %s', async (format, pattern) => {
    const run = await runCommand(diffCommand, ['a.register.yaml', 'b.json', '--format', format], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(pattern);
    expect(run.stdout).toContain('市政管局');
  });

  it.each(['json', 'yaml'])('--format %s prints an alignment the schema accepts', async (format) => {
    const run = await runCommand(diffCommand, ['a.register.yaml', 'b.json', '-f', format], dir);
    const data = format === 'json' ? JSON.parse(run.stdout) : parseYaml(run.stdout);
    expect(loadSchemaValidator('diff')(data)).toBe(true);
    expect(data.comparisons[0].summary.classes).toMatchObject({ reworded: 1, added: 1, removed: 1 });
  });

  it('reads raw notices in either script', async () => {
    const run = await runCommand(diffCommand, ['000.txt', '002.txt', '-f', 'json'], dir);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.inputs.map((i: { script: string }) => i.script)).toEqual(['simplified', 'traditional']);
    expect(data.comparisons[0].summary.classes.reworded).toBeGreaterThanOrEqual(14);
  });

  it('gives the lineage for a series', async () => {
    const run = await runCommand(diffCommand, ['a.register.yaml', 'b.json', 'a.register.yaml', '-f', 'json'], dir);
    expect(JSON.parse(run.stdout).lineage.length).toBeGreaterThan(0);
  });

  it('applies --min-score and --mutual-score: nothing matches at 1', async () => {
    const run = await runCommand(
      diffCommand,
      ['a.register.yaml', 'b.json', '-f', 'json', '--min-score', '1', '--mutual-score', '1'],
      dir,
    );
    expect(JSON.parse(run.stdout).comparisons[0].entries.every((e: { kind: string }) => e.kind !== 'pair')).toBe(true);
  });

  it.each([
    ['the same plan twice', ['a.register.yaml', 'a.register.yaml'], 0],
    ['two different plans', ['a.register.yaml', 'b.json'], 1],
  ])('--exit-code on %s exits %i', async (_name, files, code) => {
    const run = await runCommand(diffCommand, [...files, '--exit-code'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(code);
  });

  it('exits 0 without --exit-code whatever changed', async () => {
    expect((await runCommand(diffCommand, ['a.register.yaml', 'b.json'], dir)).code).toBe(0);
  });

  it('--stat prints only the counts per class and section', async () => {
    const run = await runCommand(diffCommand, ['a.register.yaml', 'b.json', '--stat'], dir);
    expect(run.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^a\.register\.yaml → b\.json: 2 → 2 tasks; .*reworded 1/),
      expect.stringMatching(/^ {2}平台建设: /),
    ]);
  });

  it('hides unchanged pairs unless --all', async () => {
    const hidden = await runCommand(diffCommand, ['a.register.yaml', 'a.register.yaml'], dir);
    expect(hidden.stdout).toMatch(/2 unchanged pairs hidden/);
    expect(hidden.stdout).not.toMatch(/\[unchanged\]/);
    const all = await runCommand(diffCommand, ['a.register.yaml', 'a.register.yaml', '--all'], dir);
    expect(all.stdout.match(/\[unchanged\]/g)).toHaveLength(2);
  });

  it("opens the human report with the plans' titles, not their paths", async () => {
    const run = await runCommand(diffCommand, ['a.register.yaml', 'b.json'], dir);
    expect(run.stdout.split('\n')[0]).toBe('test plan (2 tasks) → test plan (2 tasks)');
  });

  it('--format html writes one self-contained page', async () => {
    const run = await runCommand(diffCommand, ['a.register.yaml', 'b.json', '--format', 'html'], dir);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(run.stdout).toContain('市政管局');
  });

  it.each([
    ['a missing file', ['a.register.yaml', 'nope.txt'], /nope\.txt/],
    ['a threshold out of range', ['a.register.yaml', 'b.json', '--min-score', '2'], /0 to 1/],
    ['one input only', ['a.register.yaml'], /missing required argument/],
  ])('fails with exit code 2 on %s', async (_name, args, message) => {
    const run = await runCommand(diffCommand, args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('reports an invalid register with its position', async () => {
    writeFileSync(path.join(dir, 'bad.yaml'), 'schemaVersion: "1.0"\nsource: 3\n');
    const run = await runCommand(diffCommand, ['bad.yaml', 'b.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.yaml: not a valid register/);
  });
});
