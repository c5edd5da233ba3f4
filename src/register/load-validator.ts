import { createRequire } from 'node:module';
import { InternalError } from '../core/errors.js';
import type validateRegisterSchema from '../../schemas/generated/validate-register.cjs';

/** A precompiled ajv validator from schemas/generated/ (same shape for every schema). */
export type SchemaValidator = typeof validateRegisterSchema;

const require = createRequire(import.meta.url);

/**
 * Where schemas/generated/ sits relative to this file: two folders up when running from src/
 * (vitest, ts source), three when running from dist/src/ (tsc output keeps rootDir ".", and
 * schemas/ is not copied into dist/). Fixed candidates rather than a walk up, so a schemas/
 * folder of some enclosing project is never picked up by accident.
 */
const CANDIDATE_ROOTS = ['../../', '../../../'] as const;

const cache = new Map<string, SchemaValidator>();

/** Loads schemas/generated/validate-<name>.cjs once; throws InternalError when it is missing. */
export function loadSchemaValidator(name: string): SchemaValidator {
  const cached = cache.get(name);
  if (cached) return cached;
  const file = `schemas/generated/validate-${name}.cjs`;
  for (const root of CANDIDATE_ROOTS) {
    let resolved: string;
    try {
      resolved = require.resolve(`${root}${file}`);
    } catch {
      continue;
    }
    const validator = require(resolved) as SchemaValidator;
    cache.set(name, validator);
    return validator;
  }
  throw new InternalError(`cannot find ${file}; run node schemas/build-validators.mjs`);
}
