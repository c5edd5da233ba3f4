#!/usr/bin/env node
// CommonJS (see bin/package.json): an ES entry point starts node's ES module loader, which reads
// the file through fs/promises and readline, ~4 ms of every run before any workplan code runs.
// Ctrl-C and SIGTERM keep their default (stop at once) except while an output is being written
// (src/cli/files.ts), when they first remove the half-written file.
'use strict';
const { loadCli } = require('./bundle-loader.cjs');

loadCli().then(async ({ main, nodeIo }) => {
  process.exitCode = await main(process.argv.slice(2), nodeIo());
});
