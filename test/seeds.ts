import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

// The five real seed notices as bundled in fixtures (seed-NNN-<name>/input.txt): tests never read outside the repo.
const FIXTURES = path.resolve(__dirname, '../fixtures');

/** Text of a seed by its number or its original file name (`000`, `000_b8becd59a2cbc9aa`). */
export function readSeedText(id: string): string {
  const number = id.slice(0, 3);
  const dir = readdirSync(FIXTURES).find((d) => d.startsWith(`seed-${number}-`));
  if (!dir) throw new Error(`no fixture for seed ${id}`);
  return readFileSync(path.join(FIXTURES, dir, 'input.txt'), 'utf8');
}
