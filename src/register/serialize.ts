import type { Register } from '../core/register.js';
import { canonicalRegister } from './canonical.js';
import { registerToCsv } from './csv.js';
import { toYaml } from './yaml-write.js';

export type RegisterFormat = 'json' | 'yaml' | 'csv';

/**
 * The register as text. json and yaml hold the whole register with keys in schema order; csv is
 * the clerk's task table (see csv.ts). Every format ends with a newline.
 */
export function serializeRegister(register: Register, format: RegisterFormat): string {
  const canonical = canonicalRegister(register);
  switch (format) {
    case 'json':
      return `${JSON.stringify(canonical, null, 2)}\n`;
    case 'yaml':
      return toYaml(canonical);
    case 'csv':
      return registerToCsv(canonical);
  }
}
