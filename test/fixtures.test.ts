/**
 * Golden fixtures: fixtures/<case>/ holds the input as received and the register (and clean audit)
 * expected from it, written from the source document and read against it. On a mismatch the
 * runner writes a git-ignored actual.* next to the expected file and fails; it never creates
 * or updates an expected file.
 *
 * Real notices (fixtures/real-*) have golden registers the parser does not fully meet yet. Each is
 * scored with the measures of `npm run accuracy` (test/accuracy/score.ts) and must stay at or above
 * the floors recorded in its accuracy-floor.yaml; once the parser gave the golden register itself
 * (`exact: true` in that file), the whole register must stay equal, as for every other fixture.
 * `node dist/test/accuracy/run.js --record-floors` raises the floors after the parser improves.
 * A mismatch leaves actual.register.yaml in a temporary folder (named in the failure), never in
 * the checkout.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import * as path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { actualRegister, expectedRegister, FLOORS, goldenCases, type GoldenCase } from './accuracy/fixtures.js';
import { belowFloors, readFloors } from './accuracy/floors.js';
import { scoreRegister, type ScoredRegister } from './accuracy/score.js';

const ROOT = path.resolve(__dirname, '..');

const ACTUAL_DIR = path.join(tmpdir(), 'workplan-fixtures');

/** On a mismatch, the register made, beside nothing of the user's: a temporary folder per case. */
function writeActual(c: GoldenCase, actual: unknown, expected: unknown): void {
  if (isDeepStrictEqual(actual, expected)) return;
  const dir = path.join(ACTUAL_DIR, c.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'actual.register.yaml'), stringifyYaml(actual, { lineWidth: 0 }));
  process.stderr.write(`${c.name}: the register made is in ${path.join(dir, 'actual.register.yaml')}\n`);
}

describe('golden registers', () => {
  const all = goldenCases(ROOT);
  it('has golden cases', () => {
    expect(all.length).toBeGreaterThan(0);
  });

  it.each(all.filter((c) => !c.real).map((c) => [c.name, c]))('%s', async (_name, c) => {
    const actual = await actualRegister(c, ROOT);
    const expected = expectedRegister(c);
    writeActual(c, actual, expected);
    expect(actual).toEqual(expected);
  });

  it.each(all.filter((c) => c.real).map((c) => [c.name, c]))(
    '%s (real notice: accuracy floors, exact once it was)',
    async (_name, c) => {
      const floorsFile = path.join(c.dir, FLOORS);
      expect(
        existsSync(floorsFile),
        `${c.name} has no ${FLOORS}: run \`npm run build && node dist/test/accuracy/run.js --record-floors\``,
      ).toBe(true);
      const floors = readFloors(parseYaml(readFileSync(floorsFile, 'utf8')));
      const actual = await actualRegister(c, ROOT);
      const expected = expectedRegister(c);
      writeActual(c, actual, expected);
      const scores = scoreRegister(expected as ScoredRegister, actual as ScoredRegister);
      expect(belowFloors(scores, floors)).toEqual([]);
      if (floors.exact) expect(actual).toEqual(expected);
    },
  );
});
