/**
 * `lint` given a register and `validate` given a notice say what the file is, in one line naming
 * it, with exit code 2, decided by content (a register named .txt, a notice named .yaml).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
import { ROOT, runMain, tempDir } from './helpers.js';
import { dataKind, noticeKind } from '../../src/cli/file-kind.js';

/** A made-up notice in the usual style. */
const NOTICE =
  '某县人民政府办公室关于印发2021年某县政务公开工作要点的通知\n2021年3月2日\n一、深化重点领域公开\n(一)做好财政预决算公开。(县财政局负责)\n(二)做好重大项目公开。(县发改局负责)\n';
const REGISTER = path.join(ROOT, 'fixtures/seed-003-hangzhou-2018/expected.register.yaml');

let dir: string;

beforeAll(() => {
  dir = tempDir('workplan-kind-');
  writeFileSync(path.join(dir, 'notice.txt'), NOTICE);
  // A notice under a register's name, and a register under a notice's name: content decides.
  writeFileSync(path.join(dir, 'looks-like.register.yaml'), NOTICE);
  copyFileSync(REGISTER, path.join(dir, 'plan.register.yaml'));
  copyFileSync(REGISTER, path.join(dir, 'register-named.txt'));
  writeFileSync(path.join(dir, 'plan.register.json'), `${JSON.stringify(readYaml(REGISTER), null, 2)}\n`);
  copyFileSync(path.join(ROOT, 'fixtures/diff-000-002/expected.alignment.yaml'), path.join(dir, 'pairs.yaml'));
  writeFileSync(
    path.join(dir, 'page.html'),
    `<!DOCTYPE html><html><head><title>通知</title></head><body><p>${NOTICE.replace(/\n/g, '</p><p>')}</p></body></html>`,
  );
  writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode(NOTICE, 'gb18030'));
  copyFileSync(path.join(ROOT, 'fixtures/docx-notice/input.docx'), path.join(dir, 'notice.docx'));
  // A register with a syntax error is still a register: validate reports the error as a finding.
  writeFileSync(path.join(dir, 'broken.register.yaml'), 'schemaVersion: 1\ndocuments: [\n  标题: 某县工作要点\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readYaml(file: string): unknown {
  return parseYaml(readFileSync(file, 'utf8'));
}

describe('lint given something that is not a notice', () => {
  it.each([
    ['plan.register.yaml', 'this is a task register, not a notice; use `workplan validate`'],
    ['plan.register.json', 'this is a task register, not a notice; use `workplan validate`'],
    ['register-named.txt', 'this is a task register, not a notice; use `workplan validate`'],
    ['pairs.yaml', 'this is a diff alignment, not a notice; lint reads notices (text, HTML or .docx)'],
  ])('%s: says what it is, in one line, exit 2', async (file, said) => {
    const r = await runMain(['lint', file, '-f', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`workplan: ${file}: ${said}\n`);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('still lints the notices beside it', async () => {
    const r = await runMain(['lint', 'notice.txt', 'plan.register.yaml', '-f', 'json'], dir);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual(['notice.txt']);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('validate given a notice', () => {
  it.each([
    ['notice.txt', 'this is a notice (text), not a task register; use `workplan lint` or `workplan parse`'],
    ['looks-like.register.yaml', 'this is a notice (text), not a task register; use `workplan lint` or `workplan parse`'],
    ['gbk.txt', 'this is a notice (text), not a task register; use `workplan lint` or `workplan parse`'],
    ['page.html', 'this is an HTML page (a notice), not a task register; use `workplan lint` or `workplan parse`'],
    ['notice.docx', 'this is a Word document (a notice), not a task register; use `workplan lint` or `workplan parse`'],
  ])('%s: says what it is, in one line, exit 2', async (file, said) => {
    const r = await runMain(['validate', file, '-f', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`workplan: ${file}: ${said}\n`);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('validates registers as before, by content whatever their name', async () => {
    expect((await runMain(['validate', 'plan.register.yaml', 'plan.register.json', 'register-named.txt'], dir)).code).toBe(0);
    const broken = await runMain(['validate', 'broken.register.yaml', '-f', 'json'], dir);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)[0].messages[0].ruleId).toBe('validate/syntax');
  });
});

describe('file kinds by content', () => {
  it.each([
    ['schemaVersion: 1\nsource: {}\ndocuments: []\n', 'register'],
    ['{"schemaVersion": 1, "documents": []}', 'register'],
    ['old: a.txt\nnew: b.txt\npairs: []\n', 'alignment'],
    ['rules:\n  numbering-gap: off\n', 'data'],
    [NOTICE, null],
    ['Tel: 0000-1234567\n' + NOTICE, null],
    ['', null],
  ])('dataKind(%j) is %j', (text, kind) => {
    expect(dataKind(text)).toBe(kind);
  });

  it.each([
    [NOTICE, 'text'],
    ['schemaVersion: 1\ndocuments: [\n  标题: 某县工作要点\n', null],
    ['just: data\n', null],
    ['hello world, no Chinese prose here\n', null],
  ])('noticeKind(%j) is %j', (text, kind) => {
    expect(noticeKind(new TextEncoder().encode(text))).toBe(kind);
  });
});
