import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Task } from '../../src/core/register.js';
import { identity } from '../../src/core/source-map.js';
import { cleanInput, parseInput } from '../../src/pipeline.js';
import { normalizeText } from '../../src/normalize/index.js';
import { prepareInput } from '../../src/docx/index.js';
import { findTaskTables, tableToTasks } from '../../src/tables/index.js';

const ROOT = path.resolve(__dirname, '../..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel));
const normalize = (text: string) => normalizeText(identity(text)).text;

/** What a task table and numbered paragraphs share: the paragraph form writes the time inside the text. */
function projection(tasks: readonly Task[]) {
  return tasks.map((t) => ({
    id: t.id,
    leads: t.leads,
    owners: t.owners,
    separately: t.separately,
    deadlines: t.deadlines.map((d) => d.text),
    text: t.text,
  }));
}

/** How the lead wires tables into parse: find them in the page and its text, then read them with the plan year. */
function tableTasks(html: string) {
  const clean = cleanInput(html);
  const [found] = findTaskTables({ html, text: clean.sourceText });
  return { found, ...tableToTasks(found.table, 2021, found.lineOf, { normalize }) };
}

describe('task tables through the pipeline stages', () => {
  it.each([
    ['the HTML task table', async () => read('fixtures/html-task-table/input.html').toString('utf8')],
    [
      'the Word task table',
      async () => (await prepareInput(new Uint8Array(read('fixtures/docx-task-table/input.docx')))) as string,
    ],
  ])('%s gives the tasks of the equivalent text', async (_name, load) => {
    const { tasks, sections, found } = tableTasks(await load());
    const text = parseInput(new Uint8Array(read('fixtures/html-task-table/equivalent.txt'))).register.documents[0];
    const expected = projection(text.tasks).map((t) => ({ ...t, text: t.text.replace(/(2021年\d+月(底|30日)前|年底前)$/, '') }));
    expect(projection(tasks)).toEqual(expected);
    expect(sections.map((s) => [s.id, s.marker, s.title])).toEqual(text.sections.map((s) => [s.id, s.marker, s.title]));
    expect(tasks.map((t) => t.line)).toEqual([3, 4, 5]);
    expect([found.firstLine, found.lastLine]).toEqual([2, 5]);
  });
});
