import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/core/errors.js';
import { assertValidRegister, serializeRegister, validateRegister } from '../../src/register/index.js';
import { mutable, sampleRegister } from './sample-register.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/register.schema.json', import.meta.url), 'utf8'));

type Mutation = (r: any) => void;

describe('validateRegister', () => {
  it('accepts a valid register', () => {
    expect(validateRegister(sampleRegister())).toEqual([]);
  });

  it.each<[string, Mutation, string, string]>([
    [
      'task without text',
      (r) => delete r.documents[0].tasks[0].text,
      'schema/required',
      "/documents/0/tasks/0 must have required property 'text'",
    ],
    [
      'empty task text',
      (r) => (r.documents[0].tasks[0].text = ''),
      'schema/minLength',
      '/documents/0/tasks/0/text must NOT have fewer than 1 characters',
    ],
    [
      'line as a string',
      (r) => (r.documents[0].tasks[1].line = '13'),
      'schema/type',
      '/documents/0/tasks/1/line must be integer',
    ],
    ['line 0', (r) => (r.stripped[0].line = 0), 'schema/minimum', '/stripped/0/line must be >= 1'],
    [
      'leads not an array',
      (r) => (r.documents[0].tasks[0].leads = '市发改委'),
      'schema/type',
      '/documents/0/tasks/0/leads must be array',
    ],
    [
      'separately as a string',
      (r) => (r.documents[0].tasks[0].separately = 'false'),
      'schema/type',
      '/documents/0/tasks/0/separately must be boolean',
    ],
    [
      'extra task property',
      (r) => (r.documents[0].tasks[0].source = { line: 1 }),
      'schema/additionalProperties',
      "/documents/0/tasks/0 must NOT have additional property 'source'",
    ],
    [
      'extra pageMeta key',
      (r) => (r.pageMeta.author = 'x'),
      'schema/additionalProperties',
      "/pageMeta must NOT have additional property 'author'",
    ],
    [
      'extra top-level key',
      (r) => (r.generatedAt = '2020-01-01'),
      'schema/additionalProperties',
      "/ must NOT have additional property 'generatedAt'",
    ],
    ['month 13', (r) => (r.documents[0].date = '2018-13-01'), 'schema/pattern', '/documents/0/date must match pattern'],
    [
      'date with slashes',
      (r) => (r.documents[0].tasks[0].deadlines[0].date = '2018/10/31'),
      'schema/pattern',
      '/documents/0/tasks/0/deadlines/0/date must match pattern',
    ],
    [
      'notice date as number',
      (r) => (r.documents[0].notice.date = 20180619),
      'schema/type',
      '/documents/0/notice/date must be string',
    ],
    [
      'task id with a space',
      (r) => (r.documents[0].tasks[0].id = '1 .1'),
      'schema/pattern',
      '/documents/0/tasks/0/id must match pattern',
    ],
    [
      'section id with a letter',
      (r) => (r.documents[0].sections[0].id = '1a'),
      'schema/pattern',
      '/documents/0/sections/0/id must match pattern',
    ],
    [
      'level 5',
      (r) => (r.documents[0].sections[0].sections[0].level = 5),
      'schema/enum',
      '/documents/0/sections/0/sections/0/level must be equal to one of the allowed values',
    ],
    [
      'unknown script',
      (r) => (r.source.script = 'cantonese'),
      'schema/enum',
      '/source/script must be equal to one of the allowed values',
    ],
    ['schema version 2.0', (r) => (r.schemaVersion = '2.0'), 'schema/const', '/schemaVersion must be equal to constant'],
    ['upper-case sha256', (r) => (r.source.sha256 = 'A'.repeat(64)), 'schema/pattern', '/source/sha256 must match pattern'],
    [
      'broken notice',
      (r) => delete r.documents[0].notice.line,
      'schema/required',
      "/documents/0/notice must have required property 'line'",
    ],
    ['year as a string', (r) => (r.documents[0].year = '2018'), 'schema/type', '/documents/0/year must be integer,null'],
    [
      'empty unit name',
      (r) => (r.documents[0].tasks[0].owners = ['']),
      'schema/minLength',
      '/documents/0/tasks/0/owners/0 must NOT have fewer than 1 characters',
    ],
    ['kebab rule id', (r) => (r.stripped[0].rule = 'SEO spam'), 'schema/pattern', '/stripped/0/rule must match pattern'],
  ])('rejects %s', (_name, mutate, ruleId, reason) => {
    const r = mutable();
    mutate(r);
    const messages = validateRegister(r);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0].ruleId).toBe(ruleId);
    expect(messages[0].reason.startsWith(reason)).toBe(true);
    expect(messages[0].severity).toBe('error');
  });

  it('reports one message, not three, for a bad nullable date', () => {
    const r = mutable();
    r.documents[0].date = '2018-6-19';
    const messages = validateRegister(r);
    expect(messages.map((m) => m.ruleId)).toEqual(['schema/pattern']);
    expect(messages[0].actual).toBe('"2018-6-19"');
    expect(messages[0].note).toBe('#/$defs/isoDate/pattern');
  });

  it('lists every error, with expected values for enums', () => {
    const r = mutable();
    r.source.format = 'pdf';
    delete r.documents[0].tasks[2].column;
    const messages = validateRegister(r);
    expect(messages.map((m) => m.reason)).toEqual([
      '/source/format must be equal to one of the allowed values',
      "/documents/0/tasks/2 must have required property 'column'",
    ]);
    expect(messages[0].expected).toEqual(['"text"', '"html"', '"docx"']);
  });

  it.each([
    [
      'null notice and record',
      (r: any) => {
        r.documents[0].notice = null;
        r.documents[0].record = null;
      },
    ],
    ['several documents', (r: any) => r.documents.push({ ...r.documents[0], index: 2 })],
    ['empty pageMeta', (r: any) => (r.pageMeta = {})],
    ['null path', (r: any) => (r.source.path = null)],
  ])('accepts %s', (_name, mutate) => {
    const r = mutable();
    mutate(r);
    expect(validateRegister(r)).toEqual([]);
  });

  it('rejects what is not an object', () => {
    expect(validateRegister(null)[0].reason).toBe('/ must be object');
    expect(validateRegister([])[0].reason).toBe('/ must be object');
  });
});

describe('assertValidRegister', () => {
  it('passes a valid register', () => {
    expect(() => assertValidRegister(sampleRegister())).not.toThrow();
  });

  it('throws InternalError naming the first problem', () => {
    const r = mutable();
    delete r.documents[0].tasks[0].text;
    r.documents[0].tasks[1].line = 0;
    expect(() => assertValidRegister(r)).toThrow(InternalError);
    expect(() => assertValidRegister(r)).toThrow(
      "register fails its own schema: /documents/0/tasks/0 must have required property 'text' (and 1 more)",
    );
  });
});

/** Every object schema under a node, with its path. */
function objectSchemas(node: any, path: string, out: Array<[string, any]> = []): Array<[string, any]> {
  if (node === null || typeof node !== 'object') return out;
  if (node.type === 'object') out.push([path, node]);
  for (const [key, child] of Object.entries(node)) objectSchemas(child, `${path}/${key}`, out);
  return out;
}

describe('register.schema.json', () => {
  const objects = objectSchemas(schema, '#');

  it('has $id and draft 2020-12 $schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://workplan.dev/schemas/register.schema.json');
  });

  it.each(objects)('%s: closed, fully described, all fields required', (path, node) => {
    expect(node.additionalProperties).toBe(false);
    expect(typeof node.description).toBe('string');
    for (const [name, prop] of Object.entries<any>(node.properties)) {
      expect(prop.description, `${path}/properties/${name}`).toMatch(/^\S.{10,}$/);
    }
    // PageMeta alone has optional fields (a page states what it states).
    if (!path.endsWith('/PageMeta')) expect(node.required).toEqual(Object.keys(node.properties));
  });

  it('lists properties in the order serializeRegister writes keys', () => {
    const json = JSON.parse(serializeRegister(sampleRegister(), 'json'));
    const defs = schema.$defs;
    expect(Object.keys(json)).toEqual(Object.keys(schema.properties));
    expect(Object.keys(json.source)).toEqual(Object.keys(defs.Source.properties));
    const doc = json.documents[0];
    expect(Object.keys(doc)).toEqual(Object.keys(defs.Document.properties));
    expect(Object.keys(doc.notice)).toEqual(Object.keys(defs.Notice.properties));
    expect(Object.keys(doc.sections[0])).toEqual(Object.keys(defs.Section.properties));
    expect(Object.keys(doc.tasks[0])).toEqual(Object.keys(defs.Task.properties));
    expect(Object.keys(doc.tasks[0].deadlines[0])).toEqual(Object.keys(defs.Deadline.properties));
    expect(Object.keys(json.stripped[0])).toEqual(Object.keys(defs.StrippedLine.properties));
    expect(Object.keys(json.warnings[0])).toEqual(Object.keys(defs.Warning.properties));
  });
});
