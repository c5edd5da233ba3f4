import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runMain, tempDir } from './helpers.js';

const NOTICE = '2019年黄冈市政务公开工作要点\n一、加强政务公开\n(一)做好预算公开工作。(市财政局负责)\n';

let dir: string;
let yaml: string;
let json: string;

beforeAll(async () => {
  dir = tempDir('workplan-validate-');
  writeFileSync(path.join(dir, 'notice.txt'), NOTICE);
  yaml = (await runMain(['parse', 'notice.txt'], dir)).stdout;
  json = (await runMain(['parse', 'notice.txt', '--format', 'json'], dir)).stdout;
  writeFileSync(path.join(dir, 'ok.register.yaml'), yaml);
  writeFileSync(path.join(dir, 'ok.register.json'), json);
  // Two problems at once: a wrong type and an unknown field, each with its own position.
  writeFileSync(
    path.join(dir, 'bad.register.yaml'),
    yaml.replace(/^schemaVersion: .*$/m, 'schemaVersion: "2.0"').replace(/^ {4}line: \d+$/m, '    line: first'),
  );
  writeFileSync(path.join(dir, 'broken.register.yaml'), 'schemaVersion: "1.0"\nsource: [unclosed\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('workplan validate', () => {
  it('has a register to work with', () => {
    expect(yaml).toMatch(/^schemaVersion: /m);
  });

  it.each(['ok.register.yaml', 'ok.register.json'])('exits 0 for a valid register (%s)', async (file) => {
    expect(await runMain(['validate', file], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reports every problem with its pointer, line and column, and exits 1', async () => {
    const run = await runMain(['validate', 'bad.register.yaml', '--reporter', 'json'], dir);
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result.file).toBe('bad.register.yaml');
    expect(result.messages.length).toBeGreaterThanOrEqual(2);
    for (const m of result.messages) {
      expect(m.ruleId).toMatch(/^schema\//);
      expect(m.severity).toBe('error');
      expect(m.line).toBeGreaterThan(0);
      expect(m.column).toBeGreaterThan(0);
      expect(m.message).toMatch(/^\//);
    }
    expect(result.messages[0].line).toBe(1);
  });

  it('reports a syntax error as a finding with its position', async () => {
    const run = await runMain(['validate', 'broken.register.yaml', '--reporter', 'json'], dir);
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: 'validate/syntax', severity: 'error' });
    expect(result.messages[0].line).toBeGreaterThan(1);
  });

  it('exits 2 for a file that cannot be read, after validating the others', async () => {
    const run = await runMain(['validate', 'ok.register.yaml', 'nope.register.yaml'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope.register.yaml');
  });

  it('walks a folder for *.register.* files', async () => {
    const run = await runMain(['validate', '.', '--reporter', 'json'], dir);
    expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual([
      'bad.register.yaml',
      'broken.register.yaml',
      'ok.register.json',
      'ok.register.yaml',
    ]);
    expect(run.code).toBe(1);
  });

  it.each([
    ['github', /^::error file=bad\.register\.yaml,line=\d+,col=\d+,/m],
    ['stylish', /bad\.register\.yaml\n +1:\d+ +error +\/schemaVersion/],
  ])('uses the same reporters as lint (%s)', async (reporter, pattern) => {
    const run = await runMain(['validate', 'bad.register.yaml', '--reporter', reporter], dir);
    expect(run.stdout).toMatch(pattern);
  });

  it('SARIF output names the schema rules it reports', async () => {
    const run = await runMain(['validate', 'bad.register.yaml', '--reporter', 'sarif'], dir);
    const log = JSON.parse(run.stdout);
    const ids = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    for (const result of log.runs[0].results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });
});
