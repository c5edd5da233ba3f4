import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../../core/errors.js';
import { fsProblem } from '../files.js';
import { said } from '../../i18n/catalogue.js';

/** Synchronous twin of files.ts readInput for worker threads (a worker has nothing else to do meanwhile). */
export function readInputSync(path: string, name: string): Uint8Array {
  try {
    if (statSync(path).isDirectory()) throw new InputError(said('input.fs.isFolder'), { file: name });
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(fsProblem(error), { file: name });
  }
}
