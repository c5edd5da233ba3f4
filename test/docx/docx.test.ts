import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { docxToHtml, formatNumber, isDocx, isLegacyDoc, prepareInput } from '../../src/docx/index.js';
import { writeListMarkers } from '../../src/docx/list-markers.js';
import { readNumbering } from '../../src/docx/numbering.js';
import { InputError } from '../../src/core/errors.js';
import { extractTables, recognizeTaskTable, tableToTasks } from '../../src/tables/index.js';
// @ts-expect-error plain JS helper shared with the fixture script
import { buildDocx, CHINESE_LIST, NOTICE, TASK_TABLE } from './make-docx.mjs';

const ROOT = path.resolve(__dirname, '../..');
const read = (rel: string) => new Uint8Array(readFileSync(path.join(ROOT, rel)));
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('detection', () => {
  it.each([
    ['the docx fixture', read('fixtures/docx-notice/input.docx'), true, false],
    ['an OLE .doc header', OLE, false, true],
    ['a zip without word/document.xml', utf8('PK\u0003\u0004 not a document'), false, false],
    ['text that names word/document.xml', utf8('word/document.xml'), false, false],
    ['empty input', new Uint8Array(0), false, false],
  ])('%s', (_name, bytes, docx, doc) => {
    expect(isDocx(bytes)).toBe(docx);
    expect(isLegacyDoc(bytes)).toBe(doc);
  });
});

describe('formatNumber', () => {
  it.each([
    [3, 'decimal', '3'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCountingThousand', '二十'],
    [105, 'chineseCounting', '一百零五'],
    [3, 'decimalEnclosedCircle', '③'],
    [2, 'ideographTraditional', '乙'],
    [4, 'chineseLegalSimplified', '肆'],
    [28, 'lowerLetter', 'ab'],
    [14, 'upperRoman', 'XIV'],
    [5, 'decimalZero', '05'],
  ])('%i as %s → %s', (n, fmt, out) => {
    expect(formatNumber(n, fmt)).toBe(out);
  });
});

const NUMBERING = `<w:numbering><w:abstractNum w:abstractNumId="7">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pStyle w:val="Steps"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
<w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num></w:numbering>`;
const STYLES =
  '<w:styles><w:style w:type="paragraph" w:styleId="Steps"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>';
const p = (props: string, text: string) => `<w:p>${props}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const num = (id: number, lvl: number) => `<w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr></w:pPr>`;
const markers = (xml: string) => [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]);

describe('writeListMarkers', () => {
  const numbering = readNumbering(NUMBERING, STYLES);
  it.each([
    [
      'counts levels and restarts deeper ones',
      [num(3, 0), num(3, 1), num(3, 1), num(3, 0), num(3, 1)],
      ['1.', '1.1', '1.2', '2.', '2.1'],
    ],
    [
      'numbers a paragraph through its style',
      ['<w:pPr><w:pStyle w:val="Steps"/></w:pPr>', '<w:pPr><w:pStyle w:val="Steps"/></w:pPr>'],
      ['1.', '2.'],
    ],
    ['honours a start override', [num(4, 0), num(4, 0)], ['5.', '6.']],
    ['leaves bullets and numId 0 alone', [num(3, 2), num(0, 0), ''], []],
  ])('%s', (_name, props, expected) => {
    const xml = writeListMarkers(props.map((pp, i) => p(pp, `t${i}`)).join(''), numbering);
    expect(markers(xml)).toEqual(expected);
    if (expected.length > 0) expect(xml).toContain('<w:numId w:val="0"/>');
  });
});

describe('docxToHtml', () => {
  it('keeps automatic list numbers as text, in the same lines as the equivalent text', async () => {
    const html = await docxToHtml(await buildDocx(NOTICE, CHINESE_LIST));
    const lines = [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]);
    const text = readFileSync(path.join(ROOT, 'fixtures/docx-notice/equivalent.txt'), 'utf8').trimEnd().split('\n');
    expect(lines).toEqual(text);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html>/);
  });
  it('turns a Word table with merged cells into the same tasks as the HTML task table', async () => {
    const html = await docxToHtml(read('fixtures/docx-task-table/input.docx'));
    const fromWord = recognizeTaskTable(extractTables(html)[0].rows)!;
    const fromHtml = recognizeTaskTable(
      extractTables(readFileSync(path.join(ROOT, 'fixtures/html-task-table/input.html'), 'utf8'))[0].rows,
    )!;
    expect(fromWord.rows).toEqual(fromHtml.rows);
    expect(tableToTasks(fromWord, 2021, (i) => i)).toEqual(tableToTasks(fromHtml, 2021, (i) => i));
  });
  it.each([
    ['docx-notice', NOTICE, CHINESE_LIST],
    ['docx-task-table', TASK_TABLE, null],
  ])('fixtures/%s/input.docx says what make-docx.mjs builds', async (name, body, numbering) => {
    // Compared as converted HTML: zip entry times depend on the time zone the script ran in.
    expect(await docxToHtml(read(`fixtures/${name}/input.docx`))).toBe(await docxToHtml(await buildDocx(body, numbering)));
  });
  it.each([
    ['an old .doc', OLE, /save it as \.docx/],
    ['a zip that is not a Word file', utf8('PK\u0003\u0004xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), /not a Word \.docx/],
  ])('rejects %s with an InputError', async (_name, bytes, message) => {
    await expect(docxToHtml(bytes)).rejects.toThrow(message);
    await expect(docxToHtml(bytes)).rejects.toBeInstanceOf(InputError);
  });
});

describe('prepareInput', () => {
  it('passes text through, converts a .docx and refuses a .doc', async () => {
    const text = utf8('一、总体要求');
    expect(await prepareInput(text)).toBe(text);
    expect(await prepareInput(read('fixtures/docx-notice/input.docx'))).toContain('<p>一、加强政策解读</p>');
    await expect(prepareInput(OLE)).rejects.toThrow(/save it as \.docx/);
  });
});
