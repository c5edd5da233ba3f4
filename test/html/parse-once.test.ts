import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/html/index.js';
import { parseHtml, type DomNode } from '../../src/html/load-cheerio.js';
import { extractTables } from '../../src/tables/index.js';

const PAGE = `<!DOCTYPE html><html><head><title>任务分解表</title><script>var t = "<table>";</script></head><body>
<nav class="top-nav"><table><tr><td>首页</td><td>政务公开</td></tr></table></nav>
<div id="zoom"><p>一、加强政策解读</p>
<table><tr><th>工作任务</th><th>牵头单位</th><th>完成时限</th></tr>
<tr><td>建立台账<button>在线办理</button></td><td><select><option>市政府办公室</option></select></td><td>2021年<svg><title>六月</title></svg>6月底前</td></tr></table>
</div><template><table><tr><td>模板</td></tr></table></template></body></html>`;

function shape(node: DomNode): unknown {
  return {
    type: node.type,
    name: node.name,
    attribs: node.attribs && { ...node.attribs },
    data: node.data,
    children: node.children?.map(shape),
  };
}

describe('one parse per page', () => {
  it('htmlToText hands on the DOM it read; the tables read from it as from the page', () => {
    const { dom } = htmlToText(PAGE);
    expect(shape(dom)).toEqual(shape(parseHtml(PAGE)));
    expect(extractTables(dom)).toEqual(extractTables(PAGE));
    expect(extractTables('<table><tr><td>x</td></tr></table>')).toEqual([{ rows: [['x']] }]);
  });

  it('reading the text leaves the DOM as parsed: the tables read the same after it', () => {
    const alone = extractTables(PAGE);
    expect(htmlToText(PAGE).text).toBe('一、加强政策解读\n工作任务\t牵头单位\t完成时限\n建立台账\t\t2021年6月底前');
    expect(extractTables(PAGE)).toEqual(alone);
    // Buttons, form controls and SVG inside cells count for the grid; tables in chrome and templates are tables.
    expect(alone.map((g) => g.rows)).toEqual([
      [['首页', '政务公开']],
      [
        ['工作任务', '牵头单位', '完成时限'],
        ['建立台账在线办理', '市政府办公室', '2021年六月6月底前'],
      ],
      [['模板']],
    ]);
  });
});
