import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm test` runs vitest with this file (--config test/vitest.config.ts); top-level config files
// are kept out of the repository root.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    // The TypeScript sources only: tsc also compiles test/bench/ into dist/, whose *.test.js would
    // otherwise run a second time.
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**'],
    // Generous, because the suite must pass on a machine whose cores are busy; speed is measured by
    // `npm run bench`, never by a time limit here.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
