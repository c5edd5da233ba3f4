import { describe, expect, it } from 'vitest';
import type { Register } from '../../src/core/register.js';
import { computeStats } from '../../src/stats/compute.js';
import { formatStatsCsv } from '../../src/stats/format-csv.js';
import { displayWidth, formatStatsTable } from '../../src/stats/format-table.js';
import { makeRegister } from '../diff/make-register.js';
import { realDeps } from '../diff/real-deps.js';

const r2019 = makeRegister(
  { '1': 'x' },
  [
    { id: '1.1', section: '1', text: 'a', leads: ['市发改委'], deadlines: [{ text: '年底前', date: '2019-12-31' }] },
    { id: '1.2', section: '1', text: 'b', leads: ['市发改委', '市财政局'], owners: ['各地'] },
    { id: '1.3', section: '1', text: 'c', deadlines: [{ text: '30日内', date: null }] },
  ],
  { year: 2019, issuer: '市政府办公室' },
);
const r2020 = makeRegister(
  { '1': 'x' },
  [
    {
      id: '1.1',
      section: '1',
      text: 'a',
      leads: ['市發改委'],
      deadlines: [
        { text: '6月底前', date: '2020-06-30' },
        { text: '6月15日前', date: '2020-06-15' },
      ],
    },
  ],
  { year: 2020, issuer: '市政府辦公室', script: 'traditional' },
);

const stats = computeStats([r2019, r2020], realDeps().toSimplified);

describe('computeStats', () => {
  it.each([
    ['inputs', 2],
    ['documents', 2],
    ['tasks', 4],
    ['tasksWithoutUnits', 1],
    ['shareWithoutUnits', 0.25],
  ] as const)('%s', (field, value) => {
    expect(stats[field]).toBe(value);
  });

  it('counts lead units with names folded across scripts', () => {
    expect(stats.leads).toEqual([
      { name: '市发改委', documents: 2, tasks: 3 },
      { name: '市财政局', documents: 1, tasks: 1 },
    ]);
    expect(stats.owners).toEqual([{ name: '各地', documents: 1, tasks: 1 }]);
  });

  it.each([
    [
      'years',
      [
        { name: '2019', documents: 1, tasks: 3 },
        { name: '2020', documents: 1, tasks: 1 },
      ],
    ],
    ['issuers', [{ name: '市政府办公室', documents: 2, tasks: 4 }]],
    [
      'deadlines',
      [
        { name: '2019-12', documents: 1, tasks: 1 },
        { name: '2020-06', documents: 1, tasks: 1 },
        { name: 'undated', documents: 1, tasks: 1 },
      ],
    ],
  ] as const)('per %s', (field, expected) => {
    expect(stats[field]).toEqual(expected);
  });

  it('handles no input at all', () => {
    expect(computeStats([])).toMatchObject({ documents: 0, tasks: 0, shareWithoutUnits: 0, leads: [] });
  });
});

describe('stats output', () => {
  it('aligns the table by display width (CJK counts two)', () => {
    expect(displayWidth('市发改委ab')).toBe(10);
    const lines = formatStatsTable(stats)
      .split('\n')
      .filter((l) => l.includes('市发改委') || l.includes('市财政局'));
    expect(lines.map(displayWidth)).toEqual([displayWidth(lines[0]), displayWidth(lines[0])]);
  });

  it('writes CSV with a BOM and one row per count', () => {
    const csv = formatStatsCsv(stats);
    expect(csv.startsWith('\uFEFFcategory,name,documents,tasks\r\n')).toBe(true);
    expect(csv).toContain('lead,市发改委,2,3\r\n');
    expect(csv).toContain('deadline-month,2020-06,1,1\r\n');
  });
});

describe('one unit, several spellings', () => {
  const reg = (issuer: string, units: string[][]): Register => {
    const r = makeRegister(
      { '1': 'x' },
      units.map((leads, i) => ({ id: `1.${i + 1}`, section: '1', text: `任务${i}`, leads })),
      { year: 2019 },
    );
    return { ...r, documents: r.documents.map((d) => ({ ...d, issuer })) };
  };

  it('counts a unit written without its level prefix under the full name, within one issuer, and lists the merge', () => {
    const stats = computeStats([reg('某市人民政府办公室', [['市教育局'], ['教育局'], ['市场监管局']])]);
    expect(stats.leads).toContainEqual({ name: '市教育局', documents: 1, tasks: 2 });
    expect(stats.leads.map((c) => c.name)).not.toContain('教育局');
    // 市场监管局 is not 市 + 场监管局.
    expect(stats.leads).toContainEqual({ name: '市场监管局', documents: 1, tasks: 1 });
    expect(stats.unitSpellings).toEqual([{ name: '市教育局', spellings: ['教育局'] }]);
  });

  it('keeps spellings apart across issuers and where the prefix is ambiguous', () => {
    const across = computeStats([reg('甲市人民政府办公室', [['市教育局']]), reg('乙县人民政府办公室', [['教育局']])]);
    expect(across.unitSpellings).toEqual([]);
    const ambiguous = computeStats([reg('某市人民政府办公室', [['市教育局'], ['县教育局'], ['教育局']])]);
    expect(ambiguous.unitSpellings).toEqual([]);
    expect(ambiguous.leads.map((c) => c.name).sort()).toEqual(['县教育局', '市教育局', '教育局']);
  });
});
