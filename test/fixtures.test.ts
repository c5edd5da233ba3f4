/**
 * Golden fixtures: fixtures/<case>/ holds the input as received and the register (and clean audit)
 * expected from it, written from the source document and read against it. On a mismatch the
 * runner writes a git-ignored actual.* next to the expected file and fails; it never creates
 * or updates an expected file.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { parseInput, type PipelineOptions } from '../src/pipeline.js';
import { prepareNotice } from '../src/cli/notice-input.js';

const ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(ROOT, 'fixtures');

interface Case {
  name: string;
  dir: string;
  input: string;
  options: PipelineOptions;
}

function cases(): Case[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = path.join(FIXTURES, d.name);
      const input = readdirSync(dir).find((f) => /^input\./.test(f));
      const optionsFile = path.join(dir, 'options.yaml');
      const options = existsSync(optionsFile) ? (parseYaml(readFileSync(optionsFile, 'utf8')) as PipelineOptions) : {};
      return { name: d.name, dir, input: input ? path.join(dir, input) : '', options };
    })
    .filter((c) => c.input !== '' && existsSync(path.join(c.dir, 'expected.register.yaml')));
}

describe('golden registers', () => {
  const all = cases();
  it('has golden cases', () => {
    expect(all.length).toBeGreaterThan(0);
  });
  it.each(all.map((c) => [c.name, c]))('%s', async (_name, c) => {
    const bytes = new Uint8Array(readFileSync(c.input));
    const rel = path.relative(ROOT, c.input).split(path.sep).join('/');
    // As the CLI reads it: a Word file goes through its HTML.
    const notice = await prepareNotice(bytes, rel);
    const { register } = parseInput(notice.input, { path: rel, original: notice.original, ...c.options });
    const actual = JSON.parse(JSON.stringify(register));
    const expectedFile = path.join(c.dir, 'expected.register.yaml');
    const expected = parseYaml(readFileSync(expectedFile, 'utf8'));
    const same = JSON.stringify(actual) === JSON.stringify(expected);
    if (!same) writeFileSync(path.join(c.dir, 'actual.register.yaml'), stringifyYaml(actual, { lineWidth: 0 }));
    expect(actual).toEqual(expected);
  });
});
