import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageRoot } from '../package-root.js';
import type { JobRunner, WorkSpec } from './types.js';

const runners = new Map<string, Promise<JobRunner>>();

/**
 * The runJob of a ModuleWork, imported once per thread. `compiled` (workers) maps a TypeScript
 * source URL (…/src/x.ts, as import.meta.url reads under vitest) to its tsc output …/dist/src/x.js.
 */
export function loadRunner(work: WorkSpec, compiled: boolean): Promise<JobRunner | undefined> {
  if (work.kind !== 'module') return Promise.resolve(undefined);
  const url = compiled ? compiledUrl(work.module) : work.module;
  let runner = runners.get(url);
  if (!runner) {
    runner = import(url).then((m: { runJob?: JobRunner }) => {
      if (typeof m.runJob !== 'function') throw new Error(`${url} does not export runJob`);
      return m.runJob;
    });
    runners.set(url, runner);
  }
  return runner;
}

export function compiledUrl(url: string): string {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return url;
  const root = packageRoot();
  const rel = path.relative(root, fileURLToPath(url));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return url;
  return pathToFileURL(path.join(root, 'dist', rel.replace(/\.ts$/, '.js'))).href;
}
