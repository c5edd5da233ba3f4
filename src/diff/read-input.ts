import type { Register } from '../core/register.js';
import { parseInput } from '../pipeline.js';
import { loadRegister } from '../register/index.js';

export interface ReadOptions {
  readonly name: string;
  readonly encoding?: string;
  /** A Word file's HTML (prepared by the CLI), parsed instead of the bytes. */
  readonly converted?: { readonly html: string; readonly format: 'docx' };
}

/**
 * An input of diff or stats as a register: a register file (YAML or JSON with `schemaVersion`,
 * recognised by content, not by name) is read and validated; anything else is parsed as a notice.
 */
export function registerFromBytes(bytes: Uint8Array, options: ReadOptions): Register {
  if (options.converted) {
    return parseInput(options.converted.html, { path: options.name, original: { bytes, format: options.converted.format } })
      .register;
  }
  // A .yaml/.yml/.json file is a register whatever its content: a broken one is an error, not a notice.
  const text = /\.(ya?ml|json)$/i.test(options.name)
    ? new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')
    : registerText(bytes);
  if (text !== null) return loadRegister(text, options.name);
  return parseInput(bytes, { path: options.name, encoding: options.encoding }).register;
}

/** The text when the bytes look like a register (UTF-8 JSON or YAML with a schemaVersion key), else null. */
export function registerText(bytes: Uint8Array): string | null {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const json = /^\s*\{/.test(head) && head.includes('"schemaVersion"');
  const yaml = /^(---\s*\n)?(#[^\n]*\n)*schemaVersion\s*:/m.test(head);
  if (!json && !yaml) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}
