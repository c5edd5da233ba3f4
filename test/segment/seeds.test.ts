import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/core/register.js';
import { parseSeed } from './prepare.js';

function count(sections: readonly Section[], level: number): number {
  return sections.reduce((n, s) => n + (s.level === level ? 1 : 0) + count(s.sections, level), 0);
}

function find(sections: readonly Section[], id: string): Section | undefined {
  for (const s of sections) {
    if (s.id === id) return s;
    const inner = find(s.sections, id);
    if (inner) return inner;
  }
  return undefined;
}

describe('seed 000 (黄冈 2019, plan inside its notice)', () => {
  const [{ document }] = parseSeed('seed-000-huanggang-2019');
  it('notice, title, closing', () => {
    expect(document.title).toBe('2019年黄冈市政务公开工作实施方案');
    expect(document.notice).toMatchObject({ issuer: '市政管局', date: '2019-07-02', docNumber: null });
    expect(document.year).toBe(2019);
    expect(document.closing).toMatch(/^各县\(市、区\)政府、市政府各部门要根据本工作要点/);
  });
  it('5 level-1 sections; task 1.1.1 led by 市政管局; `3. ` with a space', () => {
    expect(document.sections).toHaveLength(5);
    expect(document.tasks.find((t) => t.id === '1.1.1')?.leads).toEqual(['市政管局']);
    expect(find(document.sections, '2.3.3')?.marker).toBe('3.');
    expect(find(document.sections, '1.1')?.intro).toBe('持续推进清单式公开,向公众交上明白账。');
  });
});

describe('seed 001 (content farm compilation of three plans)', () => {
  const docs = parseSeed('seed-001-content-farm-compilation').map((p) => p.document);
  it('three documents with their own titles', () => {
    expect(docs.map((d) => d.title)).toEqual([
      '驻马店市工商局2017年政务公开工作要点',
      '房山区2018年政务公开工作要点',
      '广州市2011年全面推进政务公开工作要点',
    ]);
    expect(docs[2].preamble).toMatch(/^为贯彻落实2010年全国依法行政工作会议/);
  });
  it('房山 一(一) holds six tasks with their own units', () => {
    const tasks = docs[1].tasks.filter((t) => t.sectionId === '1.1');
    expect(tasks.map((t) => t.id)).toEqual(['1.1a', '1.1b', '1.1c', '1.1d', '1.1e', '1.1f']);
    expect(tasks.every((t) => t.owners.length > 0)).toBe(true);
    expect(tasks[4].owners).toEqual(['区发改委', '区农委', '相关乡镇(街道)']);
  });
  it('驻马店 has no units; 广州 has its 版记 and an inline list kept in its task', () => {
    expect(docs[0].tasks.every((t) => t.unitsText === null)).toBe(true);
    expect(docs[2].record).toMatchObject({ printedBy: '广州市人民政府办公厅秘书处', printedDate: '2011-03-02' });
    expect(find(docs[2].sections, '1.5')?.sections).toEqual([]);
    expect(docs[2].tasks.find((t) => t.id === '1.5')?.text).toContain(
      '1.通过办事窗口或其他来访形式当面提出申请;\n2.以传真形式提出书面申请;',
    );
    expect(find(docs[2].sections, '1.2')?.sections).toHaveLength(11);
  });
});

describe('seed 002 (江西 2019, traditional script)', () => {
  const [{ document }] = parseSeed('seed-002-jiangxi-2019-traditional');
  it('keeps traditional text; 5 level-1 sections', () => {
    expect(document.title).toBe('2019年江西省政務公開工作要點');
    expect(document.disclosure).toBe('此件主動公開');
    expect(document.sections).toHaveLength(5);
    expect(document.tasks[0]).toMatchObject({ id: '1.1', title: '深入解讀重要政策', separately: true });
    expect(document.tasks[0].text.startsWith('深入解讀重要政策。圍繞')).toBe(true);
    expect(document.closing).toMatch(/^各地、各部門貫徹落實本要點的情況/);
  });
});

describe('seed 003 (杭州 2018)', () => {
  const [{ document, warnings }] = parseSeed('seed-003-hangzhou-2018');
  it('发文字号 and level-2 numbering continued under 二、', () => {
    expect(document.notice?.docNumber).toBe('杭政办函〔2018〕84号');
    expect(document.sections[1].sections.map((s) => [s.id, s.marker])).toEqual([
      ['2.1', '(五)'],
      ['2.2', '(六)'],
      ['2.3', '(七)'],
    ]);
  });
  it('unnumbered annotated paragraphs after item 9 are further tasks of it; (三) is a task', () => {
    expect(document.tasks.filter((t) => t.sectionId === '1.2.9').map((t) => t.id)).toEqual(['1.2.9a', '1.2.9b', '1.2.9c']);
    expect(warnings.filter((w) => w.code === 'continuation-task')).toHaveLength(2);
    expect(document.tasks.find((t) => t.id === '1.3')).toMatchObject({
      title: '围绕稳定市场预期加强政策解读',
      owners: ['市级有关部门', '各区、县(市)政府'],
    });
    expect(document.closing).toMatch(/^各地各部门要结合实际/);
  });
});

describe('seed 004 (连云港 2020, notice without a title line)', () => {
  const [{ document }] = parseSeed('seed-004-lianyungang-2020');
  it('title and notice date', () => {
    expect(document.title).toBe('连云港市2020年政务公开工作要点');
    expect(document.notice).toMatchObject({ title: null, date: '2020-08-14', issuer: '连云港市人民政府办公室' });
    expect(document.sections).toHaveLength(6);
    expect(count(document.sections, 2)).toBe(17);
    expect(document.closing).toBeNull();
  });
});
