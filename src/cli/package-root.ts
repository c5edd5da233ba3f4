import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest folder above this file with package.json (works from src/ and dist/src/). */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'schemas'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('workplan: cannot find the package root');
    dir = parent;
  }
}

export function schemasDir(): string {
  return path.join(packageRoot(), 'schemas');
}

/** package.json's version, put into the bundle by its build (bin/build-cli.mjs); the modules read the file. */
declare const __WORKPLAN_VERSION__: string | undefined;

export function packageVersion(): string {
  // Every run passes the version to commander; finding and reading package.json was ~0.5 ms of it.
  if (typeof __WORKPLAN_VERSION__ === 'string') return __WORKPLAN_VERSION__;
  return (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
