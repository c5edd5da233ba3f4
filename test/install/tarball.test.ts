/**
 * The package as a user gets it: `npm pack`, then `npm install` of the tarball into a fresh
 * folder and `npm install --global` into a temporary prefix, with npm's `yes` config false, no
 * terminal and standard input closed (as in CI), and every command run from each installed copy.
 * Needs what any install of workplan needs: the npm registry and the C++ toolchain nodejieba
 * builds with. Slow (two installs, a native build) and correctness only: no wall-clock asserts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir } from '../cli/helpers.js';

const INSTALL_TIMEOUT = 1_800_000;
const RUN_TIMEOUT = 300_000;

interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of a CI job: none of the npm variables of the `npm test` running this file. */
function ciEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NO_COLOR' && k !== 'FORCE_COLOR'),
  );
  // build_from_source: nodejieba builds with the local toolchain instead of first asking GitHub for
  // a prebuilt binary (the registry is the only host the test may need).
  return {
    ...env,
    LANG: 'C.UTF-8',
    LC_ALL: '',
    LC_MESSAGES: '',
    CI: 'true',
    npm_config_yes: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_build_from_source: 'true',
  };
}

function run(file: string, args: readonly string[], cwd: string, timeout: number): Promise<Result> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      { cwd, env: ciEnv(), encoding: 'utf8', timeout, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}

let tarball = '';
let localBin = '';
let globalBin = '';
let work = '';

beforeAll(async () => {
  const dir = tempDir('workplan-install-');
  // The suite's build made dist/ already; --ignore-scripts keeps pack from building again under it.
  const pack = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], ROOT, INSTALL_TIMEOUT);
  expect(pack.stderr.includes('npm error') ? pack.stderr : '').toBe('');
  expect(pack.status).toBe(0);
  tarball = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);

  const app = path.join(dir, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'notices-ci', version: '1.0.0', private: true }));
  const prefix = path.join(dir, 'global');
  const [local, global] = await Promise.all([
    run('npm', ['install', tarball], app, INSTALL_TIMEOUT),
    run('npm', ['install', '--global', '--prefix', prefix, tarball], dir, INSTALL_TIMEOUT),
  ]);
  expect([local.status, local.stderr.includes('npm error') ? local.stderr : '']).toEqual([0, '']);
  expect([global.status, global.stderr.includes('npm error') ? global.stderr : '']).toEqual([0, '']);
  localBin = path.join(app, 'node_modules/.bin/workplan');
  globalBin = path.join(prefix, 'bin/workplan');
  work = path.join(dir, 'work');
  mkdirSync(work);
  copyFileSync(S3, path.join(work, 'notice.txt'));
}, INSTALL_TIMEOUT);

const fixture = (f: string): string => path.join(ROOT, 'fixtures', f);
const S3 = fixture('seed-003-hangzhou-2018/input.txt');

/** Every command, each kind of input (text, HTML, Word) and each output format, with what each must give. */
const commands: readonly { args: (out: string) => string[]; status: number; check: (r: Result, out: string) => void }[] = [
  {
    args: () => ['--version'],
    status: 0,
    check: (r) => expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version),
  },
  { args: () => ['--help'], status: 0, check: (r) => expect(r.stdout).toContain('diff') },
  {
    args: () => ['clean', S3, '--format', 'json'],
    status: 0,
    check: (r) => expect(JSON.parse(r.stdout).documents.length).toBe(1),
  },
  { args: () => ['parse', S3], status: 0, check: (r) => expect(r.stdout).toContain('tasks:') },
  {
    args: () => ['parse', fixture('html-task-table/input.html'), '--format', 'json'],
    status: 0,
    check: (r) => expect(JSON.parse(r.stdout).documents[0].tasks.length).toBeGreaterThan(0),
  },
  {
    args: () => ['parse', fixture('docx-notice/input.docx'), '--format', 'csv'],
    status: 0,
    check: (r) => expect(r.stdout.split('\n').length).toBeGreaterThan(2),
  },
  {
    args: () => ['parse', fixture('seed-002-jiangxi-2019-traditional/input.txt'), '--script', 'simplified', '--format', 'jsonl'],
    status: 0,
    check: (r) => expect(JSON.parse(r.stdout.split('\n')[0]).documents.length).toBe(1),
  },
  {
    args: (out) => ['parse', 'notice.txt', '--format', 'xlsx', '--out', out],
    status: 0,
    check: (_, out) => expect(readFileSync(path.join(out, 'notice.tasks.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK'),
  },
  { args: () => ['lint', S3, '--reporter', 'github'], status: 1, check: (r) => expect(r.stdout).toMatch(/^::error file=/m) },
  {
    args: () => ['validate', fixture('seed-003-hangzhou-2018/expected.register.yaml')],
    status: 0,
    check: (r) => expect(r.stderr).toBe(''),
  },
  {
    args: () => [
      'diff',
      fixture('seed-000-huanggang-2019/input.txt'),
      fixture('seed-002-jiangxi-2019-traditional/input.txt'),
      '--format',
      'json',
    ],
    status: 0,
    check: (r) => expect(JSON.parse(r.stdout).inputs.map((i: { tasks: number }) => i.tasks > 0)).toEqual([true, true]),
  },
  {
    args: () => ['diff', fixture('seed-000-huanggang-2019/input.txt'), fixture('seed-002-jiangxi-2019-traditional/input.txt')],
    status: 0,
    check: (r) => expect(r.stdout).toContain('→'),
  },
  {
    args: () => ['stats', S3, fixture('seed-004-lianyungang-2020/input.txt'), '--format', 'json'],
    status: 0,
    check: (r) => expect(r.stdout).toContain('"tasks"'),
  },
  { args: () => ['schema', 'register'], status: 0, check: (r) => expect(JSON.parse(r.stdout).$schema).toBeTruthy() },
];

describe.each([
  ['npm install <tarball>', () => localBin],
  ['npm install --global <tarball>', () => globalBin],
])('%s', (_, bin) => {
  it('installs the bin', () => {
    expect(existsSync(bin())).toBe(true);
  });

  it.each(
    commands.map(
      (c) =>
        [
          c
            .args('<out>')
            .map((a) => path.basename(a))
            .join(' '),
          c,
        ] as const,
    ),
  )('workplan %s', { timeout: RUN_TIMEOUT }, async (_, c) => {
    const out = tempDir('workplan-installed-out-');
    const r = await run(bin(), c.args(out), work, RUN_TIMEOUT);
    expect(r.stderr).not.toContain('internal error');
    expect(r.status).toBe(c.status);
    c.check(r, out);
  });

  it('runs from its bundle, with the code cache accepted', { timeout: RUN_TIMEOUT }, async () => {
    // npm links the bin to <package>/bin/workplan.js.
    const loader = path.join(path.dirname(realpathSync(bin())), 'bundle-loader.cjs');
    const probe = `const l = require(${JSON.stringify(loader)});
      l.loadCli().then((m) => {
        const fromModules = m[Symbol.toStringTag] === 'Module';
        const cache = require('node:fs').readFileSync(l.CODE_CACHE);
        process.stdout.write(JSON.stringify({ fromModules, rejected: l.compileBundle(cache).script.cachedDataRejected }));
      });`;
    const r = await run(process.execPath, ['-e', probe], work, RUN_TIMEOUT);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ fromModules: false, rejected: false });
  });
});
