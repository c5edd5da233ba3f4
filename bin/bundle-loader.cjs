/**
 * Loads the CLI from its bundle, dist/workplan.cjs, written by bin/build-cli.mjs with the modules
 * in dist/src/ by the same `npm run build`. A clerk's one-file run is mostly start-up: resolving and
 * compiling ~120 ES modules one by one costs tens of milliseconds more than one bundled file
 * whose functions are already compiled:
 * - Node 22 and later: node's own compile cache (module.enableCompileCache), then a plain require.
 * - Node 20: V8's code cache written by the build beside the bundle (dist/workplan.cjs.cache),
 *   through vm.Script. V8 checks the cache against its version, its flags and the source, and
 *   compiles afresh when it does not fit (`script.cachedDataRejected`).
 * The bundle is used whenever it is there: what decides is what the build wrote, not file times,
 * which an npm install does not keep. WORKPLAN_BUNDLE=0 runs the modules in dist/src/ instead, as
 * does a missing or damaged bundle.
 *
 * CommonJS on purpose: an ES import of node:fs builds its namespace, which loads the whole
 * streams stack (~1 ms of every start); require('node:fs') does not.
 */
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'workplan.cjs');
const CODE_CACHE = `${BUNDLE}.cache`;

/** Compiles and runs the bundle as CommonJS does, with `cachedData` as V8's code cache (Node 20). */
function compileBundle(cachedData) {
  const vm = require('node:vm');
  // The build escapes the bundle to ASCII (escapeNonAscii), so latin1 reads it as is.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(BUNDLE, 'latin1')}\n})`;
  const script = new vm.Script(source, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, DIST);
  return { script, exports: module.exports };
}

/**
 * The build's other half of the latin1 read above: every non-ASCII character of the bundle as
 * \uXXXX. A few Chinese characters in the lexicons' regular expressions (which esbuild leaves as
 * written) would make V8 hold the whole 780 KB source as two-byte text, decoded from UTF-8 on
 * every start: measurably slower (issue 13's note). `\一` (an identity escape, legal outside
 * u-mode) becomes `\u4e00`, not `\\u4e00`; a surrogate pair becomes two escapes, which a u-mode
 * regex reads as one code point again.
 */
function escapeNonAscii(source) {
  return source.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, char) => {
    const escaped = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return slashes.length % 2 ? slashes.slice(1) + escaped : slashes + escaped;
  });
}

function readCodeCache() {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
}

/** main and nodeIo: from the bundle when it is there. */
async function loadCli(env = process.env) {
  if (env.WORKPLAN_BUNDLE !== '0' && existsSync(BUNDLE)) {
    try {
      if (typeof Module.enableCompileCache === 'function') {
        Module.enableCompileCache();
        return require(BUNDLE);
      }
      return compileBundle(readCodeCache()).exports;
    } catch {
      // A damaged bundle (a half-copied install, say) is no reason to fail: the modules are there.
    }
  }
  return import('../dist/src/cli/bin-entry.js');
}

module.exports = { DIST, BUNDLE, CODE_CACHE, compileBundle, escapeNonAscii, loadCli };
