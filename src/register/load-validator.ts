import { createRequire } from 'node:module';
import type validateRegisterSchema from '../../schemas/generated/validate-register.cjs';

/** A precompiled ajv validator from schemas/generated/ (same shape for every schema). */
export type SchemaValidator = typeof validateRegisterSchema;

const require = createRequire(import.meta.url);

/*
 * Each validator is required on first use, by a literal path: `../../schemas/generated/` reaches
 * the generated files from src/register/ (vitest) and from dist/src/register/ (the build copies
 * them to dist/schemas/generated/), and a literal lets the CLI bundle include them (and its code
 * cache cover them: docs/performance.md).
 */
const LOADERS = {
  register: () => require('../../schemas/generated/validate-register.cjs') as SchemaValidator,
  'lint-config': () => require('../../schemas/generated/validate-lint-config.cjs') as SchemaValidator,
  diff: () => require('../../schemas/generated/validate-diff.cjs') as SchemaValidator,
} as const;

export type SchemaName = keyof typeof LOADERS;

/** The precompiled validator of schemas/<name>.schema.json (require loads each once). */
export function loadSchemaValidator(name: SchemaName): SchemaValidator {
  return LOADERS[name]();
}
