/**
 * Loads the CLI from its bundle, dist/workplan.cjs, with V8's code cache beside it
 * (dist/workplan.cjs.cache), both written by bin/build-cli.mjs. A clerk's one-file run is mostly
 * start-up: resolving and compiling ~120 ES modules one by one costs ~35 ms, one bundled file
 * with its functions already compiled ~8 ms. Without a bundle, or with a bundle older than the
 * tsc output (a `tsc` run without the bundling step), the CLI runs from the modules in dist/src/.
 *
 * CommonJS on purpose: an ES import of node:fs builds its namespace, which loads the whole
 * streams stack (~1 ms of every start); require('node:fs') does not.
 */
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'workplan.cjs');
const CODE_CACHE = `${BUNDLE}.cache`;
const ENTRY = path.join(DIST, 'src', 'cli', 'bin-entry.js');

/**
 * Compiles and runs the bundle as a CommonJS module. The build writes it already wrapped in
 * CommonJS's function (BUNDLE_HEAD … BUNDLE_TAIL): wrapping it here would make a second 780 KB
 * string that V8 copies flat before compiling. V8 checks the cache against its version, its flags
 * and the source, and compiles afresh when it does not fit (`script.cachedDataRejected`).
 */
function compileBundle(cachedData) {
  // The build escapes the bundle to ASCII, so latin1 reads it as is, without UTF-8 decoding.
  const source = readFileSync(BUNDLE, 'latin1');
  const script = new vm.Script(source, {
    filename: BUNDLE,
    cachedData,
    // import('chalk') inside the bundle resolves as it would in an ordinary module.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, DIST);
  return { script, exports: module.exports };
}

// Strict, as the ES modules it is built from are: esbuild's own "use strict" comes after the
// banner, where it is no directive.
const BUNDLE_HEAD = '(function (exports, require, module, __filename, __dirname) {"use strict";';
const BUNDLE_TAIL = '\n})';

/**
 * The build's other half of the latin1 read above: every non-ASCII character of the bundle as
 * \uXXXX. esbuild escapes strings but leaves regular expression literals as written, and the
 * lexicons' regexes are Chinese. `\一` (an identity escape, legal outside u-mode) becomes
 * `\u4e00`, not `\\u4e00`; a surrogate pair becomes two escapes, which a u-mode regex reads as
 * one code point again.
 */
function escapeNonAscii(source) {
  return source.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, char) => {
    const escaped = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return slashes.length % 2 ? slashes.slice(1) + escaped : slashes + escaped;
  });
}

function mtimeMs(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** main and nodeIo: from the bundle when it is there and up to date. */
async function loadCli(env = process.env) {
  if (env.WORKPLAN_BUNDLE !== '0') {
    const bundle = mtimeMs(BUNDLE);
    if (bundle >= 0 && bundle >= mtimeMs(ENTRY)) {
      const cache = mtimeMs(CODE_CACHE) >= bundle ? readFileSync(CODE_CACHE) : undefined;
      try {
        return compileBundle(cache).exports;
      } catch {
        // A damaged bundle (a half-copied install, say) is no reason to fail: the modules are there.
      }
    }
  }
  return import('../dist/src/cli/bin-entry.js');
}

module.exports = { DIST, BUNDLE, BUNDLE_HEAD, BUNDLE_TAIL, CODE_CACHE, compileBundle, escapeNonAscii, loadCli };
