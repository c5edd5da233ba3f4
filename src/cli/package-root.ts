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

/**
 * Where the README is read on the web, for links to a rule's documentation: package.json's
 * `homepage`, else its `repository` (a GitHub-style URL shows the README), else null.
 */
export function packageDocsUri(): string | null {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as {
    homepage?: unknown;
    repository?: unknown;
  };
  return docsUriOf(pkg);
}

export function docsUriOf(pkg: { homepage?: unknown; repository?: unknown }): string | null {
  if (typeof pkg.homepage === 'string' && /^https?:\/\//.test(pkg.homepage)) return pkg.homepage.replace(/#.*$/, '');
  const repo = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository as { url?: unknown } | undefined)?.url;
  if (typeof repo !== 'string') return null;
  const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(repo);
  if (shorthand) return `https://github.com/${shorthand[1]}/${shorthand[2]}`;
  const url = /^(?:git\+)?(https?):\/\/(.+?)(?:\.git)?\/?$/.exec(repo);
  return url ? `${url[1]}://${url[2]}` : null;
}
