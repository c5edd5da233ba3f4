import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');

const require = createRequire(import.meta.url);
let lib: YamlLib | undefined;

/**
 * The yaml package, loaded on first use, so that JSON-only and CSV-only runs do not load it
 * (docs/performance.md).
 */
export function loadYaml(): YamlLib {
  lib ??= require('yaml') as YamlLib;
  return lib;
}
