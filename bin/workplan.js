#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';
import { nodeIo } from '../dist/src/cli/io.js';
import { removePendingTemps } from '../dist/src/cli/files.js';

// An interrupted run leaves no half-written output behind.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    removePendingTemps().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
process.exitCode = await main(process.argv.slice(2), nodeIo());
