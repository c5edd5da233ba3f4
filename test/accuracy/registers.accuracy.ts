/**
 * `npm run accuracy`, registers: every fixture with a golden register scored against the register
 * the parser makes of its input today (test/accuracy/score.ts), one row per fixture, totals over
 * all fixtures and over the real notices alone. It reports; it never fails.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { actualRegister, expectedRegister, FLOORS, goldenCases } from './fixtures.js';
import { floorsYaml, readFloors, recordFloors, type Floors } from './floors.js';
import { addScores, MEASURE_HELP, MEASURES, scoreRegister, type ScoredRegister, type Scores } from './score.js';
import { scoresTable } from './table.js';

export interface FixtureScores {
  readonly name: string;
  readonly real: boolean;
  readonly dir: string;
  readonly scores: Scores;
  /** The register equals its golden. */
  readonly exact: boolean;
}

export async function scoreFixtures(root: string): Promise<FixtureScores[]> {
  const out: FixtureScores[] = [];
  for (const c of goldenCases(root)) {
    const actual = (await actualRegister(c, root)) as ScoredRegister;
    const expected = expectedRegister(c) as ScoredRegister;
    out.push({
      name: c.name,
      real: c.real,
      dir: c.dir,
      scores: scoreRegister(expected, actual),
      exact: isDeepStrictEqual(actual, expected),
    });
  }
  return out;
}

export default async function report(root: string): Promise<string> {
  const rows = await scoreFixtures(root);
  const real = rows.filter((r) => r.real);
  const parts = [
    `Registers against their goldens (${rows.length} fixtures; hits/total, – where a measure does not apply)`,
    '',
    scoresTable(rows, addScores(rows.map((r) => r.scores))),
  ];
  if (real.length > 0) {
    const exact = real.filter((r) => r.exact).map((r) => r.name);
    parts.push(
      '',
      `Real notices only (fixtures/real-*, ${real.length})`,
      '',
      scoresTable(real, addScores(real.map((r) => r.scores))),
    );
    parts.push(
      '',
      `Equal to their golden register: ${exact.length} of ${real.length}${exact.length ? ` (${exact.join(', ')})` : ''}`,
    );
  }
  parts.push('', ...MEASURES.map((m) => `  ${m.padEnd(9)} ${MEASURE_HELP[m]}`));
  return parts.join('\n');
}

function readFloorsFile(file: string): Floors {
  return existsSync(file) ? readFloors(parseYaml(readFileSync(file, 'utf8'))) : {};
}

/** Writes fixtures/real-*\/accuracy-floor.yaml from today's scores (raising only, unless `lower`); returns one line per fixture. */
export async function recordAllFloors(root: string, lower: boolean): Promise<string[]> {
  const lines: string[] = [];
  for (const r of (await scoreFixtures(root)).filter((x) => x.real)) {
    const file = path.join(r.dir, FLOORS);
    const old = readFloorsFile(file);
    const next = recordFloors(old, r.scores, lower, r.exact);
    const changed = MEASURES.filter((m) => old[m] !== next[m]).map((m) => `${m} ${old[m] ?? '–'}→${next[m] ?? '–'}`);
    if (Boolean(old.exact) !== Boolean(next.exact)) changed.push(`exact ${Boolean(old.exact)}→${Boolean(next.exact)}`);
    writeFileSync(file, floorsYaml(next));
    lines.push(`${r.name}: ${changed.length ? changed.join(', ') : 'unchanged'}`);
  }
  return lines;
}
