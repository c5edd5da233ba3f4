#!/usr/bin/env node
/**
 * The build step after tsc (`npm run build`): bundles the CLI into dist/workplan.cjs and writes
 * V8's code cache for it, dist/workplan.cjs.cache, which bin/workplan.js loads (bundle-loader.cjs).
 *
 * - The generated schema validators are copied to dist/schemas/generated/, where the compiled
 *   src/register/load-validator.js finds them by the same relative path as the TypeScript does.
 * - esbuild bundles from the tsc output, so the bundle runs exactly the code the tests run.
 *   commander, yaml and ajv's runtime helpers go into the bundle; the heavy, rarely needed
 *   packages (cheerio, opencc-js, nodejieba, exceljs, mammoth, iconv-lite, chalk) stay outside
 *   and are still loaded only when a run needs them.
 * - In each module, import.meta.url becomes that module's own dist/ URL, so paths derived from it
 *   (package root, worker script, createRequire) mean what they meant. A module-level
 *   `const require = createRequire(import.meta.url)` is dropped, which lets esbuild see the
 *   literal require() calls after it and bundle them (still evaluated lazily, on first call).
 * - The code cache is taken after a warm-up run (parse to JSON and YAML, clean, lint a bundled
 *   sample, in memory) so that it holds the functions those runs compile, not just the top level.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import loader from './bundle-loader.cjs';

const { BUNDLE, BUNDLE_HEAD, BUNDLE_TAIL, CODE_CACHE, DIST, compileBundle, escapeNonAscii } = loader;

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BUNDLED_PACKAGES = new Set(['commander', 'yaml', 'ajv']);
const SAMPLE = path.join(ROOT, 'fixtures/seed-003-hangzhou-2018/input.txt');

function copyValidators() {
  const from = path.join(ROOT, 'schemas/generated');
  const to = path.join(DIST, 'schemas/generated');
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from)) if (file.endsWith('.cjs')) copyFileSync(path.join(from, file), path.join(to, file));
}

/** Rewrites a tsc output module for the bundle (see the header). */
function forBundle(text, file) {
  const rel = path.relative(DIST, file).split(path.sep).join('/');
  return text
    .replace(/^const require = createRequire\(import\.meta\.url\);$/m, '')
    .replaceAll('import.meta.url', `__workplanModuleUrl(${JSON.stringify(rel)})`);
}

async function bundle() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const external = Object.keys(pkg.dependencies).filter((name) => !BUNDLED_PACKAGES.has(name));
  await esbuild.build({
    entryPoints: [path.join(DIST, 'src/cli/bin-entry.js')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    logLevel: 'warning',
    // Whitespace and syntax only: V8 reads, hashes and scans the whole source on every start, and
    // the bundle halves; names stay, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    // src/cli/package-root.ts: the version is known now; no run needs to look for package.json.
    define: { __WORKPLAN_VERSION__: JSON.stringify(pkg.version) },
    banner: {
      js: 'var __workplanModuleUrl = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;',
    },
    plugins: [
      {
        name: 'workplan-module-urls',
        setup(build) {
          build.onLoad({ filter: /\.js$/ }, (args) => {
            if (!args.path.startsWith(path.join(DIST, 'src') + path.sep)) return undefined;
            return { contents: forBundle(readFileSync(args.path, 'utf8'), args.path), loader: 'js' };
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
}

/** The bundle as the loader compiles it: ASCII, inside CommonJS's module function. */
function finishBundle() {
  const ascii = escapeNonAscii(readFileSync(BUNDLE, 'utf8'));
  if (/[^\x00-\x7f]/.test(ascii)) throw new Error('bundle: a non-ASCII character survived escaping');
  writeFileSync(BUNDLE, `${BUNDLE_HEAD}${ascii}${BUNDLE_TAIL}`);
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
    const runs = [['parse', SAMPLE, '--format', 'json'], ['parse', SAMPLE], ['clean', SAMPLE], ['lint', SAMPLE]];
    for (const args of runs) {
      const code = await exports.main(args, quietIo());
      if (code === 2) throw new Error(`warm-up run failed: workplan ${args.join(' ')}`);
    }
  }
  writeFileSync(CODE_CACHE, script.createCachedData());
}

copyValidators();
await bundle();
finishBundle();
await writeCodeCache();
