#!/usr/bin/env node
// CommonJS (see bin/package.json): an ES entry point starts node's ES module loader, which reads
// the file through fs/promises and readline, ~4 ms of every run before any workplan code runs.
'use strict';
const { loadCli } = require('./bundle-loader.cjs');

loadCli().then(async ({ main, nodeIo, removePendingTemps }) => {
  // An interrupted run leaves no half-written output behind.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      removePendingTemps().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  process.exitCode = await main(process.argv.slice(2), nodeIo());
});
