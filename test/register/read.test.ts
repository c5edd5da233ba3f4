import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { loadRegister, readRegister, serializeRegister, validateRegisterText } from '../../src/register/index.js';
import { sampleRegister } from './sample-register.js';

const yaml = serializeRegister(sampleRegister(), 'yaml');
const json = serializeRegister(sampleRegister(), 'json');
const lines = yaml.split('\n');
/** 1-based line of the first line matching `pattern` at or after line `from`. */
const lineOf = (pattern: RegExp, from = 1): number => lines.findIndex((l, i) => i >= from - 1 && pattern.test(l)) + 1;

describe('readRegister', () => {
  it.each([
    ['yaml', yaml],
    ['json', json],
    ['json with BOM', `\uFEFF${json}`],
    ['json indented with tabs', JSON.stringify(sampleRegister(), null, '\t')],
  ])('reads %s', (_name, text) => {
    expect(readRegister(text, 'r').value).toEqual(sampleRegister());
  });

  it('maps JSON pointers to lines and columns of the YAML file', () => {
    const read = readRegister(yaml, 'r.yaml');
    const task = lineOf(/^ {6}- id: "1\.1"$/);
    expect(read.pointerPosition('/documents/0/tasks/0')).toEqual({ line: task, column: 9 });
    expect(read.pointerPosition('/documents/0/tasks/0/text')).toEqual({ line: task + 4, column: 15 });
    expect(read.pointerPosition('/documents/0/tasks/1/deadlines/1/text')).toEqual({ line: lineOf(/text: 长期坚持/), column: 19 });
    expect(read.pointerPosition('/documents/0/tasks/9')).toBeNull();
    expect(read.pointerPosition('/nope')).toBeNull();
    expect(read.pointerRange('/source/format', true)?.start).toMatchObject({ line: lineOf(/^ {2}format:/), column: 3 });
  });

  it('maps JSON pointers in a JSON file', () => {
    const read = readRegister(json, 'r.json');
    const jsonLines = json.split('\n');
    expect(read.pointerPosition('/source/sha256')).toEqual({
      line: jsonLines.findIndex((l) => l.includes('"sha256"')) + 1,
      column: 15,
    });
  });

  it.each([
    ['a YAML syntax error', 'schemaVersion: "1.0"\nsource: [1, 2\n', /^syntax error at \d+:\d+: /],
    ['a bad indentation', 'a:\n  b: 1\n c: 2\n', /^syntax error at 3:\d+: /],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n', /^syntax error at 3:1: Map keys must be unique/],
    ['broken JSON', '{\n  "a": [1, 2\n}\n', /^syntax error at \d+:\d+: /],
    ['two YAML documents', 'a: 1\n---\nb: 2\n', /^several YAML documents in one register at 2:1$/],
  ])('throws InputError for %s', (_name, text, message) => {
    expect(() => readRegister(text, 'bad.yaml')).toThrow(InputError);
    expect(() => readRegister(text, 'bad.yaml')).toThrow(message);
  });
});

describe('hostile input', () => {
  // No wall-clock limits here: speed is measured in `npm run bench` (it has no YAML row yet); these check the refusal.
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    .concat('bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`))
    .join('\n');

  it.each([
    ['an alias bomb', bomb, /too many YAML aliases/],
    ['100,000 nested block sequences', `${'- '.repeat(100_000)}x\n`, /^nesting deeper than 100 levels at 1:\d+$/],
    ['100,000 nested flow sequences', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /^nesting deeper than 100 levels/],
    ['100,000 nested JSON objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, /^nesting deeper than 100 levels/],
    [
      '101 nested YAML maps',
      `${Array.from({ length: 101 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`,
      /^nesting deeper than 100 levels/,
    ],
    ['an alias to its own ancestor', '&s {sections: [*s]}\n', /alias refers to a node that contains it/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => readRegister(text, 'evil.yaml')).toThrow(InputError);
    expect(() => readRegister(text, 'evil.yaml')).toThrow(message);
  });

  it('keeps __proto__ a plain key that the schema then rejects', () => {
    const messages = validateRegisterText('__proto__: {polluted: true}\n', 'p.yaml');
    expect(({} as any).polluted).toBeUndefined();
    expect(messages.map((m) => m.reason)).toContain("/ must NOT have additional property '__proto__'");
  });
});

describe('validateRegisterText', () => {
  it('is empty for a valid register', () => {
    expect(validateRegisterText(yaml, 'r.yaml')).toEqual([]);
  });

  it('locates a task missing its text in the YAML file', () => {
    const textLine = lineOf(/^ {8}text: 推进重大建设项目/);
    const broken = lines.filter((_, i) => i !== textLine - 1).join('\n');
    const [message, ...rest] = validateRegisterText(broken, 'r.yaml');
    expect(rest).toEqual([]);
    expect(message.reason).toBe("/documents/0/tasks/0 must have required property 'text'");
    expect(message.ruleId).toBe('schema/required');
    expect(message.position?.start).toEqual({
      line: lineOf(/^ {6}- id: "1\.1"$/),
      column: 9,
      offset: broken.indexOf('id: "1.1"\n        sectionId'),
    });
  });

  it('points at an unexpected key, a wrong value and, in JSON, the right line', () => {
    const broken = yaml.replace('  format: text\n', '  format: pdf\n  extra: 1\n');
    const messages = validateRegisterText(broken, 'r.yaml');
    const formatLine = lineOf(/^ {2}format:/);
    expect(messages.map((m) => [m.reason, m.position?.start.line, m.position?.start.column])).toEqual([
      ["/source must NOT have additional property 'extra'", formatLine + 1, 3],
      ['/source/format must be equal to one of the allowed values', formatLine, 11],
    ]);
    const jsonBroken = json.replace('"line": 20,', '"line": "20",');
    const [m] = validateRegisterText(jsonBroken, 'r.json');
    expect(m.reason).toBe('/documents/0/tasks/2/line must be integer');
    expect(m.position?.start.line).toBe(json.split('\n').findIndex((l) => l.includes('"line": 20,')) + 1);
  });
});

describe('loadRegister', () => {
  it('returns a valid register', () => {
    expect(loadRegister(json, 'r.json')).toEqual(sampleRegister());
  });

  it('throws InputError with the position of the first problem', () => {
    const broken = yaml.replace('schemaVersion: "1.0"', 'schemaVersion: "9"');
    expect(() => loadRegister(broken, 'r.yaml')).toThrow(
      'not a valid register at 1:16: /schemaVersion must be equal to constant',
    );
  });
});
