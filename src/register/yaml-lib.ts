import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');

const require = createRequire(import.meta.url);
let lib: YamlLib | undefined;

/**
 * The yaml package, loaded on first use: importing it costs ~20 ms, which JSON-only and CSV-only
 * runs should not pay.
 */
export function loadYaml(): YamlLib {
  lib ??= require('yaml') as YamlLib;
  return lib;
}
