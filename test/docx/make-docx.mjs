// Builds small .docx files for the tests and the fixtures (fixtures/docx-*/input.docx).
// Run `node test/docx/make-docx.mjs` to rewrite the fixtures; test/docx checks they are current.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
const JSZip = createRequire(require.resolve('mammoth'))('jszip');
/** Fixed entry dates: the same content gives the same bytes. */
const DATE = new Date(Date.UTC(2021, 0, 1));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph: { text, list?: [numId, ilvl], style? } */
function paragraph(p) {
  const props = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.list ? `<w:numPr><w:ilvl w:val="${p.list[1]}"/><w:numId w:val="${p.list[0]}"/></w:numPr>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(p.text)}</w:t></w:r></w:p>`;
}

/** A table: { table: rows of cells { text, merge?: 'restart'|'continue', span? } } */
function table(t) {
  const rows = t.table
    .map(
      (row) =>
        `<w:tr>${row
          .map((c) => {
            const props = [
              c.span ? `<w:gridSpan w:val="${c.span}"/>` : '',
              c.merge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.merge === 'continue' ? '<w:vMerge/>' : '',
            ].join('');
            return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${paragraph({ text: c.merge === 'continue' ? '' : c.text })}</w:tc>`;
          })
          .join('')}</w:tr>`,
    )
    .join('');
  return `<w:tbl>${rows}</w:tbl>`;
}

/** numbering.xml with one abstract list: level 0 "一、", level 1 "(一)" (full-width), level 2 "1." */
export const CHINESE_LIST = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}><w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

export async function buildDocx(body, numbering = null) {
  const zip = new JSZip();
  const add = (name, text) => zip.file(name, text, { date: DATE });
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${numbering ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : ''}</Types>`,
  );
  add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  add(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${numbering ? '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : ''}</Relationships>`,
  );
  if (numbering) add('word/numbering.xml', numbering);
  add(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body.map((b) => (b.table ? table(b) : paragraph(b))).join('')}</w:body></w:document>`,
  );
  return new Uint8Array(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** The notice of fixtures/docx-notice: auto-numbered headings, same text as equivalent.txt. */
export const NOTICE = [
  { text: '关于印发2021年某市政务公开工作要点的通知' },
  { text: '各区人民政府，市政府各部门：' },
  { text: '现将《2021年某市政务公开工作要点》印发给你们，请认真贯彻执行。' },
  { text: '某市人民政府办公室' },
  { text: '2021年3月1日' },
  { text: '（此件公开发布）' },
  { text: '2021年某市政务公开工作要点' },
  { text: '加强政策解读', list: [1, 0] },
  {
    text: '做好政策文件解读。严格落实解读方案与政策文件同步起草、同步审签。（市政府办公室牵头，各区人民政府负责落实）',
    list: [1, 1],
  },
  { text: '回应社会关切。年底前建立舆情回应机制。（市委宣传部、市政府办公室分别牵头落实）', list: [1, 1] },
  { text: '推进基层政务公开', list: [1, 0] },
  { text: '编制基层政务公开事项目录，2021年9月底前完成。[责任单位：市司法局，各县、市、区人民政府]', list: [1, 1] },
  { text: '各区、各部门要结合实际，抓好落实。' },
];

const cell = (text, merge) => ({ text, merge });
/** The task table of fixtures/html-task-table, as a Word table with vertically merged cells. */
export const TASK_TABLE = [
  { text: '2021年某市政务公开重点任务分解表' },
  {
    table: [
      ['序号', '类别', '工作任务', '牵头单位', '责任单位', '完成时限'].map((t) => cell(t)),
      [
        cell('1'),
        cell('一、加强政策解读', 'restart'),
        cell('建立政策解读台账,做到应解读尽解读。'),
        cell('市政府办公室', 'restart'),
        cell('市发改委、市财政局'),
        cell('2021年6月底前'),
      ],
      [
        cell('2'),
        cell('', 'continue'),
        cell('围绕市场主体关切开展政策吹风。'),
        cell('', 'continue'),
        cell('各区人民政府'),
        cell('年底前'),
      ],
      [
        cell('3'),
        cell('二、推进基层政务公开'),
        cell('编制基层政务公开事项目录。'),
        cell('市司法局'),
        cell('各县、市、区人民政府'),
        cell('2021年9月30日前'),
      ],
    ],
  },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  writeFileSync(path.join(root, 'fixtures/docx-notice/input.docx'), await buildDocx(NOTICE, CHINESE_LIST));
  writeFileSync(path.join(root, 'fixtures/docx-task-table/input.docx'), await buildDocx(TASK_TABLE));
}
