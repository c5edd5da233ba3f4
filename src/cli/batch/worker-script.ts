import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../core/errors.js';
import { packageRoot } from '../package-root.js';

/**
 * The compiled worker entry. From dist/ it sits next to this file; from src/ (vitest runs the
 * TypeScript) workers still run the compiled dist/ code, which the test command builds first.
 */
export function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.js')
    ? path.join(path.dirname(here), 'worker.js')
    : path.join(packageRoot(), 'dist/src/cli/batch/worker.js');
  if (!existsSync(script)) throw new UsageError(`cannot find ${script}: run npm run build (or use --jobs 1)`);
  return script;
}
