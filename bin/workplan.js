#!/usr/bin/env node
import { createRequire } from 'node:module';

const { loadCli } = createRequire(import.meta.url)('./bundle-loader.cjs');
const { main, nodeIo, removePendingTemps } = await loadCli();

// An interrupted run leaves no half-written output behind.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    removePendingTemps().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
process.exitCode = await main(process.argv.slice(2), nodeIo());
