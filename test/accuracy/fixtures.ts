/**
 * The golden fixtures (fixtures/<case>/ with an input.* and an expected.register.yaml) and the
 * register the pipeline makes of each input, read as the CLI reads it. Shared by the golden test
 * and `npm run accuracy`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseInput, type PipelineOptions } from '../../src/pipeline.js';
import { prepareNotice } from '../../src/cli/notice-input.js';

export interface GoldenCase {
  readonly name: string;
  readonly dir: string;
  /** The input file, absolute. */
  readonly input: string;
  readonly options: PipelineOptions;
  /** A real notice (fixtures/real-*): held to its accuracy floors until its register is exact. */
  readonly real: boolean;
}

export const EXPECTED = 'expected.register.yaml';
export const FLOORS = 'accuracy-floor.yaml';

export function goldenCases(root: string): GoldenCase[] {
  const fixtures = path.join(root, 'fixtures');
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(fixtures, name);
      const input = readdirSync(dir).find((f) => /^input\./.test(f));
      const optionsFile = path.join(dir, 'options.yaml');
      const options = existsSync(optionsFile) ? (parseYaml(readFileSync(optionsFile, 'utf8')) as PipelineOptions) : {};
      return { name, dir, input: input ? path.join(dir, input) : '', options, real: name.startsWith('real-') };
    })
    .filter((c) => c.input !== '' && existsSync(path.join(c.dir, EXPECTED)));
}

export function expectedRegister(c: GoldenCase): unknown {
  return parseYaml(readFileSync(path.join(c.dir, EXPECTED), 'utf8'));
}

/** The register of the case's input as plain JSON data, its source path relative to `root` as the CLI would print it. */
export async function actualRegister(c: GoldenCase, root: string): Promise<unknown> {
  const bytes = new Uint8Array(readFileSync(c.input));
  const rel = path.relative(root, c.input).split(path.sep).join('/');
  // As the CLI reads it: a Word file goes through its HTML.
  const notice = await prepareNotice(bytes, rel);
  const { register } = parseInput(notice.input, { path: rel, original: notice.original, ...c.options });
  return JSON.parse(JSON.stringify(register));
}
