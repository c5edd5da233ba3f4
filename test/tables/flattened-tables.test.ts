/**
 * Task tables that lost their grid (issue 14, FAILURES.md C1, C3, C8): one cell per line with the
 * empty cells gone, cells between lines holding only `|`, a pipe table under the heading that
 * introduces it, and an HTML table whose 工作任务 column is a rowspanned 一、 group. All made up.
 */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/pipeline.js';
import type { RegisterDocument, Section } from '../../src/core/register.js';
import { checkLines, checkSchema } from '../properties/checks.js';

function only(text: string): RegisterDocument {
  const out = parseInput(text);
  expect(checkSchema(out)).toBeNull();
  expect(checkLines(out)).toBeNull();
  return out.register.documents[0];
}

const tasks = (doc: RegisterDocument) => doc.tasks.map((t) => [t.id, t.text, t.leads, t.owners]);
const outline = (sections: readonly Section[]): unknown[] => sections.map((s) => [s.id, s.marker, s.title, outline(s.sections)]);

describe('a table flattened one cell per line (C1)', () => {
  const text = [
    '某县园林绿化工作任务分解表',
    '工 作 任 务',
    '牵头单位',
    '责任单位',
    '工 作 要 求',
    '一、加强日常养护',
    '（一）完善巡查制度',
    '1.',
    '建立绿地巡查台账',
    '县园林中心',
    '各乡镇人民政府',
    '每周巡查一次并记录在案。',
    '2.',
    '开展古树名木普查',
    '县林业局',
    '县园林中心',
    '县自然资源局',
    '各乡镇人民政府、县直有关部门',
    '发现病虫害后最迟',
    '3',
    '日内上报。',
    '（二）',
    '落实养护经费',
    '3.',
    '编制年度养护预算',
    '县财政局、县园林中心、',
    '县住建局',
    '各乡镇人民政府',
    '4.',
    '推广智慧园林',
    'APP',
    '应用',
    '县大数据中心，',
    '各乡镇人民政府',
    '二、强化监督考核',
    '5.',
    '开展季度考评',
    '县督查室',
    '县园林中心',
    '、各乡镇人民政府等有关单位',
    '6.',
    '公开考评结果',
  ].join('\n');

  it('reads every row, with lead and owner told apart by position', () => {
    const doc = only(text);
    expect(outline(doc.sections)).toEqual([
      [
        '1',
        '一、',
        '加强日常养护',
        [
          ['1.1', '(一)', '完善巡查制度', []],
          ['1.2', '(二)', '落实养护经费', []],
        ],
      ],
      ['2', '二、', '强化监督考核', []],
    ]);
    expect(tasks(doc)).toEqual([
      ['1.1.1', '建立绿地巡查台账 每周巡查一次并记录在案。', ['县园林中心'], ['各乡镇人民政府']],
      [
        '1.1.2',
        '开展古树名木普查 发现病虫害后最迟3日内上报。',
        ['县林业局', '县园林中心', '县自然资源局'],
        ['各乡镇人民政府', '县直有关部门'],
      ],
      ['1.2.1', '编制年度养护预算', ['县财政局', '县园林中心', '县住建局'], ['各乡镇人民政府']],
      ['1.2.2', '推广智慧园林APP应用', [], ['县大数据中心', '各乡镇人民政府']],
      ['2.1', '开展季度考评', ['县督查室'], ['县园林中心', '各乡镇人民政府']],
      ['2.2', '公开考评结果', [], []],
    ]);
    expect(doc.tasks.map((t) => t.marker)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    expect(doc.tasks[1].deadlines.map((d) => d.text)).toEqual(['最迟3日内']);
  });

  it('reads the same table with CRLF line ends and full-width row numbers', () => {
    const doc = only(
      text.replaceAll('\n', '\r\n').replace(/^(\d)\.$/gm, (_m, d: string) => `${String.fromCharCode(0xff10 + Number(d))}．`),
    );
    expect(tasks(doc).map(([id, , leads, owners]) => [id, leads, owners])).toEqual([
      ['1.1.1', ['县园林中心'], ['各乡镇人民政府']],
      ['1.1.2', ['县林业局', '县园林中心', '县自然资源局'], ['各乡镇人民政府', '县直有关部门']],
      ['1.2.1', ['县财政局', '县园林中心', '县住建局'], ['各乡镇人民政府']],
      ['1.2.2', [], ['县大数据中心', '各乡镇人民政府']],
      ['2.1', ['县督查室'], ['县园林中心', '各乡镇人民政府']],
      ['2.2', [], []],
    ]);
  });

  it('keeps a plan before it and ends at the prose after it', () => {
    const plan = ['一、总体要求', '全面提升绿化养护水平。', '二、保障措施', '各单位要加强组织领导。', '附件', ''].join('\n');
    // The last row's 工作要求 cell is there, so the paragraph after it fits no cell of the row.
    const doc = only(`${plan}${text}\n每季度公开一次。\n各乡镇要按季度报送进展情况，县园林中心汇总后报县政府。`);
    expect(doc.sections.map((s) => [s.id, s.marker, s.title])).toEqual([
      ['1', '一、', '总体要求'],
      ['2', '二、', '保障措施'],
      ['3', '一、', '加强日常养护'],
      ['4', '二、', '强化监督考核'],
    ]);
    expect(doc.tasks.filter((t) => t.sectionId?.startsWith('4')).map((t) => t.text)).toEqual([
      '开展季度考评',
      '公开考评结果 每季度公开一次。',
    ]);
    expect(doc.closing ?? doc.tasks.at(-1)?.text).not.toContain('按季度报送');
  });
});

describe('a department table with cells between | lines (C8)', () => {
  const bars = (cells: readonly string[]) => cells.flatMap((c) => [c, '|']).join('\n');
  const text = bars([
    '工作任务',
    '具体要求',
    '負責股室',
    '時限要求',
    '夯实档案基础',
    '1',
    '完成年度文书档案整理归档。',
    '综合股',
    '年底前',
    '2',
    '开展档案数字化扫描。',
    '各业务股室',
    '持续推进',
    '加强安全管理',
    '3',
    '每季度开展一次库房安全检查',
    '办公室',
    '每季度',
  ]);

  it('takes the cell after the row number as the task, the cell before it as the group', () => {
    const doc = only(text);
    expect(outline(doc.sections)).toEqual([
      ['1', '一、', '夯实档案基础', []],
      ['2', '二、', '加强安全管理', []],
    ]);
    expect(doc.tasks.map((t) => [t.id, t.marker, t.text, t.owners, t.deadlines.map((d) => d.text)])).toEqual([
      ['1.1', '1', '完成年度文书档案整理归档。', ['综合股'], ['年底前']],
      ['1.2', '2', '开展档案数字化扫描。', ['各业务股室'], ['持续推进']],
      ['2.1', '3', '每季度开展一次库房安全检查', ['办公室'], ['每季度']],
    ]);
  });
});

describe('a pipe table under the heading that introduces it (C8)', () => {
  const text = [
    '一、工作要点',
    '1.加强档案整理。按时完成年度归档。',
    '2.强化安全管理。定期检查库房。',
    '二、重点工作任务分解',
    '重點任務 | 工作內容 | 負責科室 |',
    '档案整理 | 完成年度档案整理归档。 | 综合科 |',
    '安全管理 | 开展档案安全检查。 | 各业务科室 |',
  ].join('\n');

  it('nests the rows under 二、 and reads 工作内容 as the task text', () => {
    const doc = only(text);
    expect(doc.sections.map((s) => [s.id, s.title, s.sections.map((c) => [c.id, c.marker, c.level, c.title])])).toEqual([
      [
        '1',
        '工作要点',
        [
          ['1.1', '1.', 3, '加强档案整理'],
          ['1.2', '2.', 3, '强化安全管理'],
        ],
      ],
      [
        '2',
        '重点工作任务分解',
        [
          ['2.1', '(一)', 2, '档案整理'],
          ['2.2', '(二)', 2, '安全管理'],
        ],
      ],
    ]);
    expect(doc.tasks.filter((t) => t.id.startsWith('2')).map((t) => [t.id, t.text, t.owners])).toEqual([
      ['2.1.1', '完成年度档案整理归档。', ['综合科']],
      ['2.2.1', '开展档案安全检查。', ['各业务科室']],
    ]);
  });
});

describe('an HTML table whose 工作任务 column is a rowspanned 一、 group (C3)', () => {
  const html = `<html><body><p>某区图书馆2025年服务提升任务分解表</p><table>
<tr><td>工作任务</td><td>工作要求</td><td>牵头单位</td><td>责任单位</td></tr>
<tr><td rowspan="2">一、提升阅读服务</td><td>1.延长周末开放时间。</td><td>&nbsp;</td><td>各分馆</td></tr>
<tr><td>2.开展亲子阅读活动。</td><td>区图书馆</td><td>区教育局</td></tr>
<tr><td>二、加强<span>数字资源</span>建设</td><td>3.上线电子书借阅平台。</td><td><p>区图书馆</p><p>区融媒体中心</p></td><td>各分馆</td></tr>
</table></body></html>`;

  it('makes the group a section and each numbered cell a task with its own row units', () => {
    const doc = only(html);
    expect(doc.sections.map((s) => [s.id, s.marker, s.title])).toEqual([
      ['1', '一、', '提升阅读服务'],
      ['2', '二、', '加强数字资源建设'],
    ]);
    expect(doc.tasks.map((t) => [t.id, t.marker, t.text, t.leads, t.owners])).toEqual([
      ['1.1', '1.', '延长周末开放时间。', [], ['各分馆']],
      ['1.2', '2.', '开展亲子阅读活动。', ['区图书馆'], ['区教育局']],
      ['2.1', '3.', '上线电子书借阅平台。', ['区图书馆', '区融媒体中心'], ['各分馆']],
    ]);
  });
});

describe('columns the header does not name, read by what their cells hold (C3)', () => {
  const rows = [
    '1\t编制年度健身计划。\t县体育局\t3月底前',
    '2\t开放学校体育场地。\t县教育局、各乡镇人民政府\t年内',
    '3\t开展国民体质监测。\t县卫健委\t年底前',
  ];
  const expected = [
    ['1', '编制年度健身计划。', ['县体育局'], ['3月底前']],
    ['2', '开放学校体育场地。', ['县教育局', '各乡镇人民政府'], ['年内']],
    ['3', '开展国民体质监测。', ['县卫健委'], ['年底前']],
  ];
  const read = (header: string) =>
    only([header, ...rows].join('\n')).tasks.map((t) => [t.id, t.text, t.owners, t.deadlines.map((d) => d.text)]);

  it('takes a column of unit lists as 责任单位', () => {
    expect(read('序号\t工作任务\t落款部门\t完成时限')).toEqual(expected);
  });

  it('takes a column of times as 完成时限', () => {
    expect(read('序号\t工作任务\t责任单位\t办理时段')).toEqual(expected);
  });
});
