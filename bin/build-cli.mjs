#!/usr/bin/env node
/**
 * The build step after tsc (`npm run build`): bundles the CLI from its TypeScript sources into
 * dist/workplan.cjs and writes V8's code cache for it, dist/workplan.cjs.cache, which
 * bin/workplan.js loads on Node 20 (bundle-loader.cjs).
 *
 * - The generated schema validators are copied to dist/schemas/generated/, where the compiled
 *   modules (dist/src/register/load-validator.js: the library, batch workers, WORKPLAN_BUNDLE=0)
 *   find them by the same relative path as the TypeScript does.
 * - esbuild bundles src/cli/bin-entry.ts directly. commander, yaml, ajv's runtime helpers and
 *   chalk go into the bundle; the heavy, rarely needed packages (cheerio, opencc-js, nodejieba,
 *   exceljs, mammoth, iconv-lite) stay outside and are still required only when a run needs them.
 * - No dynamic import() of a module may be left in the bundle: on Node 20 a script compiled with
 *   a code cache has no way to run one ("A dynamic import callback was not specified"). esbuild
 *   turns the CLI's own lazy `await import('./x.js')` and chalk's into lazily run functions; the
 *   build fails if a literal import("…") survives.
 * - import.meta.url is the bundle's own URL. Every use resolves a package or finds the package
 *   root, which mean the same from dist/. A module-level `const require = createRequire(import.meta.url);`
 *   is dropped, so esbuild sees the literal require() calls after it and bundles them (the schema
 *   validators, yaml; still evaluated on first call).
 * - The bundle is escaped to ASCII (bundle-loader.cjs, escapeNonAscii) and read as latin1.
 * - The code cache is taken after a warm-up run (parse to JSON and YAML, clean, lint a bundled
 *   sample, in memory) so that it holds the functions those runs compile, not just the top level.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import loader from './bundle-loader.cjs';

const { BUNDLE, CODE_CACHE, DIST, compileBundle, escapeNonAscii } = loader;

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SRC = path.join(ROOT, 'src');
const BUNDLED_PACKAGES = new Set(['commander', 'yaml', 'ajv', 'chalk']);
const SAMPLE = path.join(ROOT, 'fixtures/seed-003-hangzhou-2018/input.txt');
const LOCAL_REQUIRE = 'const require = createRequire(import.meta.url);';

function copyValidators() {
  const from = path.join(ROOT, 'schemas/generated');
  const to = path.join(DIST, 'schemas/generated');
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from))
    if (file.endsWith('.cjs') || file.endsWith('.d.cts')) copyFileSync(path.join(from, file), path.join(to, file));
}

async function bundle() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const external = Object.keys(pkg.dependencies).filter((name) => !BUNDLED_PACKAGES.has(name));
  await esbuild.build({
    entryPoints: [path.join(SRC, 'cli/bin-entry.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    logLevel: 'warning',
    // Whitespace and syntax only: V8 reads, hashes and scans the whole source on every start;
    // names stay, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    define: {
      // src/cli/package-root.ts: the version is known now; no run needs to look for package.json.
      __WORKPLAN_VERSION__: JSON.stringify(pkg.version),
      'import.meta.url': '__workplanBundle.url',
    },
    banner: {
      js: '"use strict";var __workplanBundle={get url(){return require("node:url").pathToFileURL(__filename).href}};',
    },
    plugins: [
      {
        name: 'workplan-local-require',
        setup(build) {
          build.onLoad({ filter: /\.ts$/ }, (args) => {
            if (!args.path.startsWith(SRC + path.sep)) return undefined;
            const text = readFileSync(args.path, 'utf8');
            return { contents: text.includes(LOCAL_REQUIRE) ? text.replace(LOCAL_REQUIRE, '') : text, loader: 'ts' };
          });
        },
      },
      {
        // commander requires node:child_process (with net and streams behind it) at load, ~2 ms
        // of every start, for executable subcommands, which workplan does not have. It gets a
        // stand-in that loads child_process only if spawn is ever called.
        name: 'lazy-child-process',
        setup(build) {
          build.onResolve({ filter: /^node:child_process$/ }, (args) =>
            /[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'workplan' } : undefined,
          );
          build.onLoad({ filter: /^lazy-child-process$/, namespace: 'workplan' }, () => ({
            contents: 'module.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };',
            loader: 'js',
          }));
        },
      },
    ],
  });
  const text = readFileSync(BUNDLE, 'utf8');
  const escaped = /\bimport\(\s*["'`][^"'`]*["'`]\s*\)/.exec(text);
  if (escaped) throw new Error(`bundle: ${escaped[0]} was left to a dynamic import, which a code-cached script cannot run`);
  const ascii = escapeNonAscii(text);
  if (/[^\x00-\x7f]/.test(ascii)) throw new Error('bundle: a non-ASCII character survived escaping');
  writeFileSync(BUNDLE, ascii);
}

/** An in-memory CliIo for the warm-up runs. */
function quietIo() {
  const sink = { write() {}, writeBytes() {}, isTTY: false };
  return { stdout: sink, stderr: sink, readStdin: async () => new Uint8Array(), cwd: ROOT, env: {} };
}

async function writeCodeCache() {
  rmSync(CODE_CACHE, { force: true });
  const { script, exports } = compileBundle(undefined);
  if (existsSync(SAMPLE)) {
    const runs = [
      ['parse', SAMPLE, '--format', 'json'],
      ['parse', SAMPLE],
      ['clean', SAMPLE],
      ['lint', SAMPLE],
    ];
    for (const args of runs) {
      const code = await exports.main(args, quietIo());
      if (code === 2) throw new Error(`warm-up run failed: workplan ${args.join(' ')}`);
    }
  }
  writeFileSync(CODE_CACHE, script.createCachedData());
}

copyValidators();
await bundle();
await writeCodeCache();
