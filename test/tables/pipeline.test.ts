import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseInput } from '../../src/pipeline.js';
import { prepareNotice } from '../../src/cli/notice-input.js';

const ROOT = path.resolve(__dirname, '../..');
const bytes = (rel: string) => new Uint8Array(readFileSync(path.join(ROOT, rel)));

async function documentsOf(rel: string) {
  const notice = await prepareNotice(bytes(rel), rel);
  return parseInput(notice.input, { original: notice.original }).register;
}

describe('Word notices and task tables through parseInput', () => {
  it('a Word notice gives the register of its equivalent text, line numbers included', async () => {
    const docx = await documentsOf('fixtures/docx-notice/input.docx');
    const text = await documentsOf('fixtures/docx-notice/equivalent.txt');
    expect(docx.source.format).toBe('docx');
    expect(docx.documents).toEqual(text.documents);
  });

  it('an HTML task table and its Word twin give the same register', async () => {
    const html = await documentsOf('fixtures/html-task-table/input.html');
    const docx = await documentsOf('fixtures/docx-task-table/input.docx');
    expect(docx.documents).toEqual(html.documents);
    expect(html.documents[0].tasks.map((t) => [t.id, t.leads, t.owners, t.deadlines.map((d) => d.date)])).toEqual([
      ['1.1', ['市政府办公室'], ['市发改委', '市财政局'], ['2021-06-30']],
      ['1.2', ['市政府办公室'], ['各区人民政府'], ['2021-12-31']],
      ['2.1', ['市司法局'], ['各县、市、区人民政府'], ['2021-09-30']],
    ]);
  });

  it('the task table and its paragraph form name the same tasks, units and deadlines', async () => {
    const table = (await documentsOf('fixtures/html-task-table/input.html')).documents[0];
    const text = (await documentsOf('fixtures/html-task-table/equivalent.txt')).documents[0];
    const shape = (d: typeof table) => d.tasks.map((t) => ({ leads: t.leads, owners: t.owners, deadlines: t.deadlines }));
    expect(shape(table)).toEqual(shape(text));
    expect(table.title).toBe(text.title);
    expect(table.sections.map((s) => s.title)).toEqual(text.sections.map((s) => s.title));
  });

  it('an old binary .doc is refused with advice to save it as .docx', async () => {
    const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(prepareNotice(doc, 'old.doc')).rejects.toThrow(/save it as \.docx/);
  });
});
