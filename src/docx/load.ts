import { createRequire } from 'node:module';

export interface ZipEntry {
  async(type: 'string'): Promise<string>;
}

export interface Zip {
  file(name: string): ZipEntry | null;
  file(name: string, data: string): Zip;
  generateAsync(options: { type: 'nodebuffer'; compression?: 'DEFLATE' | 'STORE' }): Promise<Uint8Array>;
}

export interface ZipModule {
  loadAsync(data: Uint8Array): Promise<Zip>;
}

export interface Mammoth {
  convertToHtml(input: { buffer: Uint8Array }, options?: Record<string, unknown>): Promise<{ value: string; messages: unknown[] }>;
}

let mammoth: Mammoth | undefined;
let zip: ZipModule | undefined;

/** mammoth, loaded only when a Word file is actually converted. */
export function loadMammoth(): Mammoth {
  mammoth ??= createRequire(import.meta.url)('mammoth') as Mammoth;
  return mammoth;
}

/** The jszip mammoth itself reads .docx files with (resolved from mammoth, so it is always the installed one). */
export function loadZip(): ZipModule {
  const require = createRequire(import.meta.url);
  zip ??= createRequire(require.resolve('mammoth'))('jszip') as ZipModule;
  return zip;
}
