/**
 * Each command's --help lists exactly the exit codes that command returns: every listed code is
 * produced here by a run of that command, and no run produces a code its help does not list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, runMain, tempDir } from './helpers.js';

const HEAD = '某县人民政府办公室关于印发2021年某县政务公开工作要点的通知\n2021年3月2日\n';
const GOOD = `${HEAD}一、深化重点领域公开\n(一)做好财政预决算公开。(县财政局负责)\n(二)做好重大项目公开。(县发改局负责)\n`;
/** A numbering gap: an error finding. */
const GAP = `${HEAD}一、深化重点领域公开\n(一)做好财政预决算公开。(县财政局负责)\n三、加强平台建设\n(一)办好政府网站。(县政府办负责)\n`;

let dir: string;

beforeAll(() => {
  dir = tempDir('workplan-exit-');
  writeFileSync(path.join(dir, 'good.txt'), GOOD);
  writeFileSync(path.join(dir, 'gap.txt'), GAP);
  copyFileSync(path.join(ROOT, 'fixtures/seed-003-hangzhou-2018/expected.register.yaml'), path.join(dir, 'ok.register.yaml'));
  writeFileSync(path.join(dir, 'bad.register.yaml'), 'schemaVersion: 1\ndocuments: []\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs that together should give every code the command's help lists. */
const runs: Record<string, readonly (readonly [string, readonly string[], number])[]> = {
  lint: [
    ['a clean notice', ['good.txt'], 0],
    ['warnings only, under --max-warnings', ['good.txt', '--max-warnings', '10'], 0],
    ['an error finding', ['gap.txt'], 1],
    ['a missing file', ['missing.txt'], 2],
    ['a register instead of a notice', ['ok.register.yaml'], 2],
    ['a glob matching nothing', ['none/*.txt'], 2],
  ],
  validate: [
    ['a valid register', ['ok.register.yaml'], 0],
    ['an invalid register', ['bad.register.yaml'], 1],
    ['a notice instead of a register', ['good.txt'], 2],
    ['a missing file', ['missing.yaml'], 2],
  ],
  diff: [
    ['two plans', ['good.txt', 'gap.txt'], 0],
    ['two plans that differ, with --exit-code', ['good.txt', 'gap.txt', '--exit-code'], 1],
    ['one plan twice, with --exit-code', ['good.txt', 'good.txt', '--exit-code'], 0],
    ['a missing file', ['good.txt', 'missing.txt'], 2],
  ],
  stats: [
    ['notices', ['good.txt', 'gap.txt'], 0],
    ['a missing file', ['good.txt', 'missing.txt'], 2],
  ],
};

/** The codes a help text lists under "Exit codes:". */
function listedCodes(help: string): number[] {
  const block = help.slice(help.indexOf('\nExit codes:\n'));
  return [...block.matchAll(/^ {2}(\d+) {2}/gm)].map((m) => Number(m[1]));
}

describe.each(Object.keys(runs))('workplan %s', (command) => {
  let listed: number[];
  let block: string;

  beforeAll(async () => {
    const help = await runMain([command, '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout.match(/\nExit codes:\n/g)).toHaveLength(1);
    listed = listedCodes(help.stdout);
    block = help.stdout.slice(help.stdout.indexOf('\nExit codes:\n'));
  });

  it.each(runs[command].map(([what, args, code]) => [`${what} → ${code}`, args, code] as const))(
    '%s, and its help lists it',
    async (_what, args, code) => {
      const r = await runMain([command, ...args], dir);
      expect(r.code).toBe(code);
      expect(listed).toContain(code);
    },
  );

  it('lists no code that it cannot return, in words about this command only', () => {
    expect(listed.toSorted()).toEqual([...new Set(runs[command].map(([, , code]) => code))].toSorted());
    for (const other of Object.keys(runs).filter((c) => c !== command)) expect(block).not.toMatch(new RegExp(`\\b${other}\\b`));
    if (command === 'validate') expect(block).not.toContain('--max-warnings');
  });
});
