/**
 * The hand-written YAML writer against the yaml package: the package's output (as the project
 * produced it before, kept below as the oracle) for every fixture, and for random data a round
 * trip through the package's reader in YAML 1.2 and 1.1.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Document, parse, visit } from 'yaml';
import { parseInput } from '../../src/pipeline.js';
import { canonicalRegister } from '../../src/register/canonical.js';
import { toYaml } from '../../src/register/yaml-write.js';
import { prepareNotice } from '../../src/cli/notice-input.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The writer this replaced: the yaml package, plus double quotes for YAML 1.1's other types. */
function oracle(value: unknown): string {
  const tags = new Document(null, { version: '1.1' }).schema.tags as ReadonlyArray<{ tag: string; test?: RegExp }>;
  const patterns = tags.filter((t) => t.test !== undefined && t.tag !== 'tag:yaml.org,2002:str').map((t) => t.test as RegExp);
  const doc = new Document(value, { version: '1.2', aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && patterns.some((p) => p.test(node.value as string))) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}

function fixtureInputs(): string[] {
  const dir = path.join(ROOT, 'fixtures');
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .flatMap((name) =>
      readdirSync(path.join(dir, name))
        .filter((f) => f.startsWith('input.'))
        .map((f) => path.join(dir, name, f)),
    );
}

describe('toYaml', () => {
  it.each(fixtureInputs().map((f) => [path.relative(ROOT, f), f]))('%s: the same text as the yaml package', async (rel, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const notice = await prepareNotice(bytes, rel);
    const register = canonicalRegister(parseInput(notice.input, { path: rel, original: notice.original }).register);
    expect(toYaml(register)).toBe(oracle(register));
  });

  it('writes the corner cases YAML readers trip over as strings', () => {
    const data = {
      empty: '',
      space: ' a',
      colon: 'a: b',
      hash: 'a #b',
      dash: '-',
      dashSpace: '- x',
      yes: 'yes',
      on: 'On',
      y: 'y',
      tilde: '~',
      octal: '0o17',
      octal11: '017',
      sexagesimal: '12:30',
      underscore: '1_000',
      date: '2019-06-19',
      float: '.5',
      exp: '1e3',
      inf: '-.inf',
      merge: '<<',
      doc: '--- x',
      percent: '%YAML',
      quote: 'say "hi"',
      both: `it's "x"`,
      lines: '第一段\n第二段',
      trailing: '第一段\n',
      indented: '第一段\n  缩进',
      control: 'a\u0007b',
      del: 'a\u007fb',
      sep: 'a\u2028b',
      ids: ['1', '1.1', '1.1.1'],
      nested: [[], {}, [1, [2]], { a: [] }],
      numbers: [0, -3, 1.5],
      flags: [true, false, null],
    };
    const text = toYaml(data);
    expect(parse(text, { version: '1.2' })).toEqual(data);
    expect(parse(text, { version: '1.1' })).toEqual(data);
    expect(text).toContain('ids:\n  - "1"\n  - "1.1"\n  - 1.1.1\n');
    // A document marker matters only where it starts a line.
    for (const bare of ['...', '--- x', '%YAML', 'a\n---']) expect(parse(toYaml(bare))).toBe(bare);
    expect(parse(toYaml({ '---': { '...': 1 } }))).toEqual({ '---': { '...': 1 } });
  });

  it('refuses what is not JSON data', () => {
    expect(() => toYaml({ n: Number.NaN })).toThrow(TypeError);
    expect(() => toYaml({ f: () => 1 })).toThrow(TypeError);
    expect(toYaml({ a: undefined, b: 1 })).toBe('b: 1\n');
  });

  // Characters that matter to YAML, with Chinese text and digits between them.
  const char = fc.constantFrom(
    ...'一、(（)）,，:：.。 #-?"\'`!&*|>%@[]{}~<=+_0129aeoxyYnNT\n\t'.split(''),
    '政务',
    '\u0085',
    '\u00a0',
    '\u3000',
    '2001-12-14 21:59:43.',
    ' +39',
  );
  const text = fc.array(char, { maxLength: 12 }).map((cs) => cs.join(''));
  const key = fc.constantFrom('id', 'title', 'text', 'leads', 'yes', 'on', '1', 'a b', '-', '---', '...', '%');
  const data = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  })).object;

  it('reads back as the same data in YAML 1.2 and 1.1 (property)', () => {
    fc.assert(
      fc.property(data, (value) => {
        const yaml = toYaml(value);
        expect(parse(yaml, { version: '1.2' })).toEqual(value);
        expect(parse(yaml, { version: '1.1' })).toEqual(value);
      }),
      { numRuns: 3000 },
    );
  });

  const pyyaml = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;
  it.runIf(pyyaml)('reads back as the same data in PyYAML (YAML 1.1; 2,000 random cases, when python3-yaml is installed)', () => {
    const cases = fc.sample(data, 2000).map((value) => [toYaml(value), JSON.stringify(value)]);
    const script = [
      'import json, sys, yaml',
      'bad = []',
      'for text, expected in json.load(sys.stdin):',
      '    try:',
      '        if yaml.safe_load(text) != json.loads(expected): bad.append(text)',
      '    except Exception as e:',
      '        bad.append(text + " -> " + type(e).__name__)',
      'print(json.dumps(bad[:3], ensure_ascii=False))',
    ].join('\n');
    const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('writes ordinary text as the yaml package did (property)', () => {
    // One-line text without control characters: the package's choices and these agree exactly.
    const plain = fc
      .array(fc.constantFrom(...'一、(（)）,，:：.。 #-?"\'`!&*|>%@[]{}~<_0129aeoxyYnN'.split(''), '政务'), { maxLength: 12 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.dictionary(key, fc.oneof(plain, fc.array(plain, { maxLength: 3 })), { maxKeys: 5 }), (value) => {
        expect(toYaml(value)).toBe(oracle(value));
      }),
      { numRuns: 3000 },
    );
  });
});
