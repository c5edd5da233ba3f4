import { describe, expect, it } from 'vitest';
import { defuseFormula, quoteCsvField, serializeRegister } from '../../src/register/index.js';
import { sampleDocument, sampleRegister } from './sample-register.js';

/** Minimal RFC 4180 reader for checking our own output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

const csv = serializeRegister(sampleRegister(), 'csv');

describe('CSV task table', () => {
  it('starts with a BOM and the clerk header, one CRLF-terminated row per task', () => {
    expect(csv.startsWith('\uFEFF序号,工作任务,牵头单位,责任单位,完成时限,章节,行号\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(parseCsv(csv.slice(1))).toHaveLength(1 + sampleDocument().tasks.length);
  });

  it('joins units with 、, deadlines with ; and prints the section path', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]).toEqual([
      '1.1',
      '推进重大建设项目批准和实施领域信息公开,2018年10月底前完成清单编制',
      '市发改委',
      '市建委、各区、县(市)政府',
      '2018年10月底前',
      '一、推进重点领域信息公开 > (一)推进重大建设项目信息公开',
      '12',
    ]);
    expect(rows[2][4]).toBe('年底前;长期坚持');
    expect(rows[3]).toEqual(['2', '其他工作', '', '', '', '', '20']);
  });

  it('does not repeat a numbered heading that carries the task on its own line', () => {
    const doc = sampleDocument();
    const item = { id: '1.1.1', marker: '1.', level: 3 as const, ordinal: 1, title: '依法制定负面清单', intro: null, sections: [], line: 12 };
    const sections = [{ ...doc.sections[0], sections: [{ ...doc.sections[0].sections[0], sections: [item] }] }];
    const tasks = [{ ...doc.tasks[0], id: '1.1.1', sectionId: '1.1.1', line: 12 }, { ...doc.tasks[0], id: '1.1.1a', sectionId: '1.1.1', line: 14 }];
    const rows = parseCsv(serializeRegister(sampleRegister({ documents: [sampleDocument({ sections, tasks })] }), 'csv').slice(1));
    expect(rows[1][5]).toBe('一、推进重点领域信息公开 > (一)推进重大建设项目信息公开');
    expect(rows[2][5]).toBe('一、推进重点领域信息公开 > (一)推进重大建设项目信息公开 > 1.依法制定负面清单');
  });

  it('quotes commas and quotes (RFC 4180) and defuses a formula', () => {
    expect(csv).toContain('1.1,"推进重大建设项目批准和实施领域信息公开,2018年10月底前完成清单编制",');
    const rows = parseCsv(csv.slice(1));
    expect(rows[2][1]).toBe('\'=HYPERLINK("http://x","点击"),并做好"双公示"工作');
  });

  it('adds a 文档 column only when there are several documents', () => {
    const two = sampleRegister({ documents: [sampleDocument(), sampleDocument({ index: 2, title: null })] });
    const rows = parseCsv(serializeRegister(two, 'csv').slice(1));
    expect(rows[0]).toEqual(['文档', '序号', '工作任务', '牵头单位', '责任单位', '完成时限', '章节', '行号']);
    expect(rows[1][0]).toBe('1、2018年杭州市政务公开工作要点');
    expect(rows.at(-1)?.[0]).toBe('2');
    expect(rows).toHaveLength(7);
  });

  it.each([
    ['=1+1', "'=1+1"], ['+86 571', "'+86 571"], ['-2', "'-2"], ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"], ['a=b', 'a=b'], ['', ''], ['市财政局', '市财政局'],
  ])('defuseFormula(%j) is %j', (cell, expected) => {
    expect(defuseFormula(cell)).toBe(expected);
  });

  it.each([
    ['plain', 'plain'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'], ['cr\r', '"cr\r"'],
  ])('quoteCsvField(%j) is %j', (field, expected) => {
    expect(quoteCsvField(field)).toBe(expected);
  });
});
