/**
 * What bin/workplan.js needs, in one module: it is the entry of the bundled CLI (dist/workplan.cjs,
 * built by bin/build-cli.mjs) and the fallback when there is no bundle.
 */
export { main } from './main.js';
export { nodeIo } from './io.js';
