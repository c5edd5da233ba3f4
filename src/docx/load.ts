import { createRequire } from 'node:module';

export interface Mammoth {
  convertToHtml(
    input: { buffer: Uint8Array },
    options?: Record<string, unknown>,
  ): Promise<{ value: string; messages: unknown[] }>;
  readonly images: { imgElement(convert: (image: unknown) => Promise<{ src: string; alt?: string }>): unknown };
}

let mammoth: Mammoth | undefined;

/** mammoth, loaded only when a Word file is actually converted. */
export function loadMammoth(): Mammoth {
  mammoth ??= createRequire(import.meta.url)('mammoth') as Mammoth;
  return mammoth;
}
