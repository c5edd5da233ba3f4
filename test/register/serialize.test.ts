import { describe, expect, it } from 'vitest';
import { readRegister, serializeRegister, validateRegister } from '../../src/register/index.js';
import { sampleDocument, sampleRegister, sampleTask } from './sample-register.js';

const tricky = sampleRegister({
  pageMeta: { updated: '2019-06-19', date: '2019-06-19 10:30:00', views: '0o17', title: 'yes', source: 'on' },
  documents: [
    sampleDocument({
      preamble: '第一段\n第二段: 有冒号 #和井号',
      tasks: [
        sampleTask({ id: '1', text: `${'推进政务公开标准化规范化,'.repeat(40)}完成`, marker: '1.', title: 'null' }),
        sampleTask({ id: '2', text: '- 以短横线开头', unitsText: '[市财政局]', owners: ['~'], leads: ['12:30'], line: 99 }),
      ],
    }),
  ],
});

describe('serializeRegister', () => {
  it.each([['json'], ['yaml']] as const)('%s round-trips through readRegister', (format) => {
    for (const register of [sampleRegister(), tricky]) {
      const text = serializeRegister(register, format);
      expect(text.endsWith('\n')).toBe(true);
      expect(readRegister(text, `r.${format}`).value).toEqual(register);
      expect(validateRegister(readRegister(text, 'r').value)).toEqual([]);
    }
  });

  it('writes JSON with 2-space indent and keys in schema order, whatever order they were built in', () => {
    const r = sampleRegister();
    const shuffled = {
      documents: r.documents,
      warnings: r.warnings,
      stripped: r.stripped,
      pageMeta: { views: '1', date: 'x' },
      source: r.source,
      schemaVersion: r.schemaVersion,
    };
    const text = serializeRegister(shuffled as never, 'json');
    expect(text.startsWith('{\n  "schemaVersion": "1.0",\n  "source": {\n    "path"')).toBe(true);
    expect(text).toContain('"pageMeta": {\n    "date": "x",\n    "views": "1"\n  }');
  });

  it('drops fields the schema does not know', () => {
    const r = { ...sampleRegister(), extra: 1 };
    expect(serializeRegister(r as never, 'json')).not.toContain('extra');
  });

  it('is deterministic', () => {
    expect(serializeRegister(tricky, 'yaml')).toBe(serializeRegister(structuredClone(tricky), 'yaml'));
  });

  it('keeps long Chinese lines whole in YAML and uses no aliases', () => {
    const shared = [{ text: '年底前', date: null }];
    const r = sampleRegister({
      documents: [sampleDocument({ tasks: [sampleTask({ deadlines: shared }), sampleTask({ id: '1.2', deadlines: shared })] })],
    });
    const text = serializeRegister(r, 'yaml');
    expect(text).not.toMatch(/[&*]\w/);
    const y = serializeRegister(tricky, 'yaml');
    expect(y).toContain(`text: ${'推进政务公开标准化规范化,'.repeat(40)}完成\n`);
  });

  it.each([
    ['an ISO date', 'updated: "2019-06-19"'],
    ['a YAML 1.1 timestamp', 'date: "2019-06-19 10:30:00"'],
    ['a YAML 1.1 octal', 'views: "0o17"'],
    ['a YAML 1.1 boolean', 'title: "yes"'],
    ['on', 'source: "on"'],
    ['a sexagesimal number', '- "12:30"'],
    ['the string null', 'title: "null"'],
    ['a numeric-looking id', 'id: "1"'],
    ['a tilde', '- "~"'],
  ])('quotes %s in YAML', (_name, line) => {
    expect(serializeRegister(tricky, 'yaml')).toContain(line);
  });
});
