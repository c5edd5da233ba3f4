import { InputError } from '../core/errors.js';
import type { Message } from '../core/message.js';
import type { Position } from '../core/position.js';
import type { Register } from '../core/register.js';
import { readRegister, type RegisterText } from './read.js';
import { registerSchemaFindings } from './validate.js';

/** The span of the pointer's node, else of its nearest ancestor that exists in the file. */
function locate(read: RegisterText, pointer: string, key: boolean): Position | null {
  let current = pointer;
  let asKey = key;
  for (;;) {
    const range = read.pointerRange(current, asKey);
    if (range || current === '') return range;
    current = current.slice(0, current.lastIndexOf('/'));
    asKey = false;
  }
}

/**
 * Reads and validates a register file; each schema message carries the position of the offending
 * node in that file. Syntax errors and hostile input throw InputError (see readRegister).
 */
export function validateRegisterText(text: string, name: string): Message[] {
  const read = readRegister(text, name);
  return registerSchemaFindings(read.value).map(({ message, pointer, key }) => {
    const position = locate(read, pointer, key);
    return position ? { ...message, position } : message;
  });
}

/**
 * Reads a register file for lint, diff and stats: the data when it is valid, else InputError
 * naming the first problem with its line and column.
 */
export function loadRegister(text: string, name: string): Register {
  const read = readRegister(text, name);
  const findings = registerSchemaFindings(read.value);
  if (findings.length === 0) return read.value as Register;
  const { message, pointer, key } = findings[0];
  const at = locate(read, pointer, key);
  const where = at ? ` at ${at.start.line}:${at.start.column}` : '';
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : '';
  throw new InputError(`not a valid register${where}: ${message.reason}${more}`, { file: name });
}
