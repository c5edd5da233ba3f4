/**
 * The start-up path stays lean: a clerk's `parse one.txt --format json` loads no YAML, no chalk,
 * no ajv compiler, none of the heavy libraries, no worker machinery and no other command's module.
 * (Timing lives in `npm run bench`; this guards the imports that the timing depends on.)
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, tempDir } from './helpers.js';

let preload = '';

beforeAll(() => {
  const dir = tempDir('workplan-startup-');
  const hooks = path.join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }\n`,
  );
  preload = path.join(dir, 'preload.mjs');
  writeFileSync(
    preload,
    [
      `import { register, createRequire } from 'node:module';`,
      `register(${JSON.stringify(pathToFileURL(hooks).href)});`,
      `const Module = createRequire(import.meta.url)('node:module');`,
      `const load = Module._load;`,
      `Module._load = function (request, parent, isMain) { const r = load.call(this, request, parent, isMain); try { process.stderr.write('LOADED ' + Module._resolveFilename(request, parent, isMain) + '\\n'); } catch {} return r; };`,
    ].join('\n'),
  );
});

/** Files loaded by `node bin/workplan.js …`; by default from the modules (the bundle is one file). */
function loaded(args: string[], bundle = false): string[] {
  const env = { ...process.env, WORKPLAN_BUNDLE: bundle ? '1' : '0' };
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, path.join(ROOT, 'bin/workplan.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  });
  expect(r.status).toBe(0);
  return [...r.stderr.matchAll(/^LOADED (.+)$/gm)].map((m) => m[1].replace(/^file:\/\//, '').replace(`${ROOT}/`, ''));
}

/** Packages loaded; the precompiled validator's tiny ajv runtime helpers are allowed, the ajv compiler is not. */
const packages = (files: string[]): string[] =>
  [
    ...new Set(
      files
        .filter((f) => !/node_modules\/ajv\/dist\/runtime\//.test(f))
        .flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1] ?? []),
    ),
  ].sort();

describe('start-up imports', () => {
  it('parse <one file> --format json: commander only, no other command, no workers', { timeout: 120_000 }, () => {
    const files = loaded(['parse', 'fixtures/seed-003-hangzhou-2018/input.txt', '--format', 'json']);
    expect(files.some((f) => f.endsWith('dist/src/pipeline.js'))).toBe(true);
    expect(packages(files)).toEqual(['commander']);
    expect(files.filter((f) => /dist\/src\/cli\/commands\/(?!parse|index|clean-output)/.test(f))).toEqual([]);
    expect(
      files.filter((f) => /dist\/src\/(lint|diff|stats|docx|xlsx)\//.test(f) || /cli\/batch\/(pool|worker)/.test(f)),
    ).toEqual([]);
  });

  it('parse --format yaml loads no more than --format json (the writer is src/register/yaml-write.ts)', {
    timeout: 120_000,
  }, () => {
    const files = loaded(['parse', 'fixtures/seed-003-hangzhou-2018/input.txt']);
    expect(packages(files)).toEqual(['commander']);
  });

  it('the bundle, for parse to JSON and to YAML, loads no package from node_modules (commander and yaml are inside)', {
    timeout: 120_000,
  }, () => {
    for (const args of [
      ['parse', 'fixtures/seed-003-hangzhou-2018/input.txt', '--format', 'json'],
      ['parse', 'fixtures/seed-003-hangzhou-2018/input.txt'],
    ]) {
      const files = loaded(args, true);
      expect(files).toContain('bin/bundle-loader.cjs');
      expect(packages(files)).toEqual([]);
      expect(files.filter((f) => f.includes('dist/src/'))).toEqual([]);
    }
  });

  it('--help loads no pipeline at all', { timeout: 120_000 }, () => {
    const files = loaded(['--help']);
    // The message catalogue (dist/src/i18n/) is the help's words, not the pipeline.
    expect(
      files.filter(
        (f) =>
          f.includes('dist/src/') &&
          !f.includes('dist/src/cli/') &&
          !f.includes('dist/src/core/') &&
          !f.includes('dist/src/i18n/'),
      ),
    ).toEqual([]);
  });
});
