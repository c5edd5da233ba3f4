/**
 * Every command as a user runs it on a real terminal: `node bin/workplan.js …` (the bundle) under a
 * pseudo-terminal made by util-linux's `script`, with colour on and off. No run may end in an
 * internal error; colour appears where the README promises it (lint's stylish report, diff, the
 * audit of `clean --explain`) and nowhere under --no-color or NO_COLOR.
 * Correctness only: a busy machine makes these runs slow, so the timeout is generous.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin/workplan.js');
const TIMEOUT = 120_000;
const SGR = /\x1b\[[0-9;]*m/;

const seed = (name: string, file = 'input.txt'): string => `fixtures/${name}/${file}`;
const S3 = seed('seed-003-hangzhou-2018');

interface Case {
  readonly args: readonly string[];
  readonly status: number;
  /** The README promises colour for this output on a terminal. */
  readonly coloured: boolean;
}

const cases: readonly Case[] = [
  { args: ['clean', S3], status: 0, coloured: false },
  { args: ['clean', S3, '--explain'], status: 0, coloured: true },
  { args: ['parse', S3], status: 0, coloured: false },
  { args: ['parse', S3, '--format', 'json'], status: 0, coloured: false },
  { args: ['lint', S3], status: 1, coloured: true },
  { args: ['validate', seed('seed-003-hangzhou-2018', 'expected.register.yaml')], status: 0, coloured: false },
  { args: ['diff', seed('seed-000-huanggang-2019'), seed('seed-002-jiangxi-2019-traditional')], status: 0, coloured: true },
  { args: ['stats', S3, seed('seed-004-lianyungang-2020')], status: 0, coloured: false },
  { args: ['schema', 'register'], status: 0, coloured: false },
  { args: ['--help'], status: 0, coloured: false },
  { args: ['--version'], status: 0, coloured: false },
];

const quote = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

/** The environment of a user's shell: none of the test runner's colour or CI settings. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { CI: _ci, NO_COLOR: _nc, FORCE_COLOR: _fc, ...rest } = process.env;
  return { ...rest, SHELL: '/bin/sh', TERM: 'xterm-256color', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...extra }; // English messages, as the tests read them
}

interface Result {
  readonly status: number | null;
  readonly output: string;
}

/** Runs the CLI with stdout and stderr on one pseudo-terminal; `script -e` exits with the CLI's status. */
function onTerminal(args: readonly string[], env: Record<string, string> = {}): Promise<Result> {
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  return new Promise((resolve) => {
    execFile(
      'script',
      ['-qec', command, '/dev/null'],
      { cwd: ROOT, encoding: 'utf8', env: userEnv(env), maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, output: stdout + stderr });
      },
    );
  });
}

/** Runs the CLI with stdout and stderr on pipes. */
function piped(args: readonly string[], env: Record<string, string>): Promise<Result & { stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, encoding: 'utf8', env: userEnv(env), maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: stdout + stderr, stdout });
      },
    );
  });
}

const name = (c: Case): string => c.args.join(' ');

describe('on a terminal, colour on', () => {
  it.concurrent.each(cases.map((c) => [name(c), c] as const))('workplan %s', { timeout: TIMEOUT }, async (_, c) => {
    const r = await onTerminal(c.args);
    expect(r.output).not.toContain('workplan: internal error');
    expect(r.status).toBe(c.status);
    if (c.coloured) expect(r.output).toMatch(SGR);
  });
});

describe('on a terminal, colour off', () => {
  const off: readonly [string, readonly string[], Record<string, string>][] = [
    ['--no-color', ['--no-color'], {}],
    ['NO_COLOR=1', [], { NO_COLOR: '1' }],
  ];
  const runs = off.flatMap(([how, flag, env]) =>
    cases.map((c) => [`${how}: workplan ${name(c)}`, [...c.args, ...flag], env, c] as const),
  );
  it.concurrent.each(runs)('%s', { timeout: TIMEOUT }, async (_, args, env, c) => {
    const r = await onTerminal(args, env);
    expect(r.output).not.toContain('workplan: internal error');
    expect(r.status).toBe(c.status);
    expect(r.output).not.toMatch(SGR);
  });
});

describe('piped with FORCE_COLOR=1', () => {
  it.concurrent.each(cases.filter((c) => c.coloured).map((c) => [name(c), c] as const))(
    'workplan %s',
    { timeout: TIMEOUT },
    async (_, c) => {
      const r = await piped(c.args, { FORCE_COLOR: '1' });
      expect(r.output).not.toContain('workplan: internal error');
      expect(r.status).toBe(c.status);
      expect(r.output).toMatch(SGR);
    },
  );

  it('and piped without it, no colour', { timeout: TIMEOUT }, async () => {
    const r = await piped(['lint', S3], {});
    expect(r.status).toBe(1);
    expect(r.output).not.toMatch(SGR);
  });
});
