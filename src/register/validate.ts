import { InternalError } from '../core/errors.js';
import type { Message } from '../core/message.js';
import type { Register } from '../core/register.js';
import { loadSchemaValidator } from './load-validator.js';
import { schemaFindings, type SchemaFinding } from './schema-messages.js';

/** Schema errors with the JSON pointer each is about (for callers that can locate pointers). */
export function registerSchemaFindings(value: unknown): SchemaFinding[] {
  const validate = loadSchemaValidator('register');
  if (validate(value)) return [];
  return schemaFindings(validate.errors ?? [], value);
}

/** Checks a value against schemas/register.schema.json; an empty list means it is a valid register. */
export function validateRegister(value: unknown): Message[] {
  return registerSchemaFindings(value).map((f) => f.message);
}

/**
 * For the pipeline: a register the tool itself built must pass its own schema, else it is a bug
 * and nothing is written.
 */
export function assertValidRegister(value: unknown): asserts value is Register {
  const messages = validateRegister(value);
  if (messages.length === 0) return;
  const more = messages.length > 1 ? ` (and ${messages.length - 1} more)` : '';
  throw new InternalError(`register fails its own schema: ${messages[0].reason}${more}`);
}
