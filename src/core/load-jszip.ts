import { createRequire } from 'node:module';

/*
 * jszip, for the stages that read or rewrite Office files (docx, xlsx). It is not a direct
 * dependency: it is resolved from the package that brings it (mammoth, exceljs), so it is always
 * the installed one, and loaded only when a zip is actually opened.
 */

/** The parts of jszip the stages use (its typings would need a top-level import). */
export interface ZipEntry {
  readonly name: string;
  readonly dir: boolean;
  async(type: 'string'): Promise<string>;
  async(type: 'uint8array'): Promise<Uint8Array>;
}

export interface Zip {
  readonly files: Record<string, ZipEntry>;
  file(name: string): ZipEntry | null;
  file(name: string, data: string | Uint8Array, options?: { date?: Date; createFolders?: boolean }): Zip;
  generateAsync(options: { type: 'nodebuffer' | 'uint8array'; compression?: 'DEFLATE' | 'STORE' }): Promise<Uint8Array>;
}

export interface ZipModule {
  new (): Zip;
  loadAsync(data: Uint8Array): Promise<Zip>;
}

const loaded = new Map<string, ZipModule>();

/** The jszip that `owner` (an installed package that depends on it) uses. */
export function loadJszip(owner: 'mammoth' | 'exceljs'): ZipModule {
  let zip = loaded.get(owner);
  if (zip === undefined) {
    const require = createRequire(import.meta.url);
    zip = createRequire(require.resolve(owner))('jszip') as ZipModule;
    loaded.set(owner, zip);
  }
  return zip;
}
