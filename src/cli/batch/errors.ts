import { ConfigError, InputError, InternalError, UsageError, type WorkplanError } from '../../core/errors.js';
import { asInputError } from '../context.js';
import type { SerializedError } from './types.js';
import type { Said } from '../../i18n/catalogue.js';

/** Turns anything a job threw into data naming the input (same wording as the in-process path). */
export function serializeError(error: unknown, file: string): SerializedError {
  const known = asInputError(error, file);
  const stack = (known.cause as Error | undefined)?.stack ?? known.stack;
  return {
    type: known.name,
    message: known.message,
    file: known.file ?? file,
    ...(known.said ? { said: known.said } : {}),
    ...(stack ? { stack } : {}),
  };
}

const TYPES: Record<string, new (message: string | Said, options?: { file?: string; cause?: unknown }) => WorkplanError> = {
  InputError,
  UsageError,
  ConfigError,
  InternalError,
};

/** Rebuilds the error on the main thread so reportError prints it like any other. */
export function deserializeError(error: SerializedError): WorkplanError {
  const Type = TYPES[error.type] ?? InternalError;
  const cause = error.stack ? Object.assign(new Error(error.message), { stack: error.stack }) : undefined;
  return new Type(error.said ?? error.message, { file: error.file, cause });
}
