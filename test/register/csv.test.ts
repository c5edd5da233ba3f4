import { describe, expect, it } from 'vitest';
import { defuseFormula, LIST_SEPARATOR, quoteCsvField, registersToCsv, serializeRegister } from '../../src/register/index.js';
import { sampleDocument, sampleRegister, sampleTask } from './sample-register.js';

/** Minimal RFC 4180 reader for checking our own output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const csv = serializeRegister(sampleRegister(), 'csv');

describe('CSV task table', () => {
  it('starts with a BOM and the clerk header, one CRLF-terminated row per task', () => {
    expect(csv.startsWith('\uFEFF"序号","编号","章节","工作任务","牵头单位","责任单位","完成时限","完成日期","行号"\r\n')).toBe(
      true,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(parseCsv(csv.slice(1))).toHaveLength(1 + sampleDocument().tasks.length);
  });

  it('numbers the rows 1…N and keeps the task id as quoted text', () => {
    expect(csv).toContain('\r\n1,"1.1",');
    const ten = sampleDocument({ tasks: [sampleTask({ id: '1.10' })] });
    const text = serializeRegister(sampleRegister({ documents: [ten] }), 'csv');
    expect(text).toContain('\r\n1,"1.10",');
    expect(parseCsv(text.slice(1))[1][1]).toBe('1.10');
  });

  it('joins units and deadlines with ；, which no unit name holds, and resolves the due date', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]).toEqual([
      '1',
      '1.1',
      '一、推进重点领域信息公开 > (一)推进重大建设项目信息公开',
      '推进重大建设项目批准和实施领域信息公开,2018年10月底前完成清单编制',
      '市发改委',
      '市建委；各区、县(市)政府',
      '2018年10月底前',
      '2018-10-31',
      '12',
    ]);
    // The list splits back into the units, 各区、县(市)政府 whole.
    expect(rows[1][5].split(LIST_SEPARATOR)).toEqual(sampleTask().owners);
    expect(rows[2][6]).toBe('年底前；长期坚持');
    expect(rows[2][7]).toBe('');
    expect(rows[3]).toEqual(['3', '2', '', '其他工作', '', '', '', '', '20']);
  });

  it('gives the latest resolvable deadline as the due date', () => {
    const deadlines = [
      { text: '2018年10月底前', date: '2018-10-31' },
      { text: '年底前', date: '2018-12-31' },
      { text: '长期坚持', date: null },
    ];
    const text = serializeRegister(
      sampleRegister({ documents: [sampleDocument({ tasks: [sampleTask({ deadlines })] })] }),
      'csv',
    );
    expect(parseCsv(text.slice(1))[1][7]).toBe('2018-12-31');
  });

  it('names sections only: a numbered item that carries its own task is not a section of its tasks', () => {
    const doc = sampleDocument();
    const long = '依法制定负面清单,公开市场准入的全部事项,做到清单之外无审批';
    const item = { id: '1.1.1', marker: '1.', level: 3 as const, ordinal: 1, title: long, intro: null, sections: [], line: 12 };
    const sections = [{ ...doc.sections[0], sections: [{ ...doc.sections[0].sections[0], sections: [item] }] }];
    const tasks = [
      { ...doc.tasks[0], id: '1.1.1a', sectionId: '1.1.1', line: 12 },
      { ...doc.tasks[0], id: '1.1.1b', sectionId: '1.1.1', line: 14 },
      { ...doc.tasks[0], id: '1.1.1c', sectionId: '1.1.1', line: 15 },
    ];
    const rows = parseCsv(
      serializeRegister(sampleRegister({ documents: [sampleDocument({ sections, tasks })] }), 'csv').slice(1),
    );
    for (const row of rows.slice(1)) expect(row[2]).toBe('一、推进重点领域信息公开 > (一)推进重大建设项目信息公开');
  });

  it('keeps a heading whose tasks are on lines of their own, cut at its first clause when long', () => {
    const doc = sampleDocument();
    const item = {
      id: '1.1.1',
      marker: '1.',
      level: 3 as const,
      ordinal: 1,
      title: '依法制定并公开负面清单和市场准入全部事项的办理流程规范,做到清单之外无审批',
      intro: null,
      sections: [],
      line: 12,
    };
    const sections = [{ ...doc.sections[0], sections: [{ ...doc.sections[0].sections[0], sections: [item] }] }];
    const tasks = [{ ...doc.tasks[0], id: '1.1.1', sectionId: '1.1.1', line: 13 }];
    const rows = parseCsv(
      serializeRegister(sampleRegister({ documents: [sampleDocument({ sections, tasks })] }), 'csv').slice(1),
    );
    expect(rows[1][2]).toBe(
      '一、推进重点领域信息公开 > (一)推进重大建设项目信息公开 > 1.依法制定并公开负面清单和市场准入全部事项的办理流…',
    );
  });

  it('names the section of the first row of a table category (the task shares the category cell line)', () => {
    const doc = sampleDocument({
      sections: [{ id: '1', marker: '一、', level: 1, ordinal: 1, title: '加强政策解读', intro: null, sections: [], line: 3 }],
      tasks: [sampleTask({ id: '1.1', sectionId: '1', line: 3 }), sampleTask({ id: '1.2', sectionId: '1', line: 4 })],
    });
    const rows = parseCsv(serializeRegister(sampleRegister({ documents: [doc] }), 'csv').slice(1));
    expect(rows.slice(1).map((r) => r[2])).toEqual(['一、加强政策解读', '一、加强政策解读']);
  });

  it('quotes text cells (RFC 4180) and defuses a formula', () => {
    expect(csv).toContain('"推进重大建设项目批准和实施领域信息公开,2018年10月底前完成清单编制"');
    const rows = parseCsv(csv.slice(1));
    expect(rows[2][3]).toBe('\'=HYPERLINK("http://x","点击"),并做好"双公示"工作');
  });

  it('adds a 文档 column only when there are several documents', () => {
    const two = sampleRegister({ documents: [sampleDocument(), sampleDocument({ index: 2, title: null })] });
    const rows = parseCsv(serializeRegister(two, 'csv').slice(1));
    expect(rows[0]).toEqual(['文档', '序号', '编号', '章节', '工作任务', '牵头单位', '责任单位', '完成时限', '完成日期', '行号']);
    expect(rows[1][0]).toBe('1、2018年杭州市政务公开工作要点');
    expect(rows.at(-1)?.[0]).toBe('2');
    expect(rows).toHaveLength(7);
  });

  it('merges several notices into one table with a leading 文件 column', () => {
    const text = registersToCsv([
      { register: sampleRegister(), file: 'a/2018.txt' },
      { register: sampleRegister({ documents: [sampleDocument({ tasks: [sampleTask()] })] }), file: '=b.txt' },
    ]);
    const rows = parseCsv(text.slice(1));
    expect(rows[0].slice(0, 3)).toEqual(['文件', '序号', '编号']);
    expect(rows.map((r) => r[0])).toEqual(['文件', 'a/2018.txt', 'a/2018.txt', 'a/2018.txt', "'=b.txt"]);
    expect(rows[4][1]).toBe('1');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+86 571', "'+86 571"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a=b', 'a=b'],
    ['', ''],
    ['市财政局', '市财政局'],
  ])('defuseFormula(%j) is %j', (cell, expected) => {
    expect(defuseFormula(cell)).toBe(expected);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
  ])('quoteCsvField(%j) is %j', (field, expected) => {
    expect(quoteCsvField(field)).toBe(expected);
  });
});
