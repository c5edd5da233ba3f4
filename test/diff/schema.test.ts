import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadSchemaValidator } from '../../src/register/load-validator.js';
import { diffRegisters } from '../../src/diff/diff-registers.js';
import { DEFAULT_DIFF_OPTIONS } from '../../src/diff/types.js';
import { makeRegister } from './make-register.js';
import { realDeps, warmRealDeps, WARM_TIMEOUT } from './real-deps.js';

beforeAll(warmRealDeps, WARM_TIMEOUT);

const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../schemas/diff.schema.json'), 'utf8'));
const validate = loadSchemaValidator('diff');

/** Every object schema with properties, and where it sits. */
function objects(node: unknown, at: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.properties) out.push([at, o]);
    for (const [k, v] of Object.entries(o)) objects(v, `${at}/${k}`, out);
  }
  return out;
}

const s = { '1': '平台建设', '2': '制度' };
const a = makeRegister(s, [
  {
    id: '1.1',
    section: '1',
    text: '推进政府网站集约化建设,完成网站迁移和IPv6改造。',
    leads: ['市政管局'],
    deadlines: [{ text: '年底前', date: '2019-12-31' }],
  },
  { id: '1.2', section: '1', text: '办好政府公报电子版,实现电子版与纸质版同步发行。' },
  { id: '2.1', section: '2', text: '组织开展第三方评估。' },
]);
const b = makeRegister(s, [
  {
    id: '1.1',
    section: '2',
    text: '推进政府网站集约化建设,完成网站迁移。',
    leads: ['市政府办'],
    deadlines: [{ text: '6月底前', date: '2019-06-30' }],
  },
  { id: '1.2', section: '1', text: '办好政府公报电子版,实现电子版与纸质版同步发行。' },
  { id: '1.3', section: '1', text: '建立政务新媒体分级备案制度。' },
]);

describe('schemas/diff.schema.json', () => {
  it.each(objects(schema, '#'))('%s: closed, and every property described', (_at, node) => {
    expect(node.additionalProperties).toBe(false);
    for (const [name, prop] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
      expect(typeof prop.description, name).toBe('string');
    }
  });

  it.each([
    ['two inputs', [a, b]],
    ['a series with lineage', [a, b, a]],
  ])('accepts the diff of %s', (_name, registers) => {
    const result = diffRegisters(
      registers.map((register, i) => ({ name: `r${i}`, register })),
      DEFAULT_DIFF_OPTIONS,
      realDeps(),
    );
    const ok = validate(JSON.parse(JSON.stringify(result)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects an unknown class', () => {
    const result = diffRegisters(
      [
        { name: 'a', register: a },
        { name: 'b', register: b },
      ],
      DEFAULT_DIFF_OPTIONS,
      realDeps(),
    );
    const bad = JSON.parse(JSON.stringify(result));
    bad.comparisons[0].entries[0].classes = ['renamed'];
    expect(validate(bad)).toBe(false);
  });
});
