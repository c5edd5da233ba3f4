import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { prepareInput } from '../../src/docx/index.js';
import { parseInput } from '../../src/pipeline.js';

const ROOT = path.resolve(__dirname, '../..');
const read = (rel: string) => new Uint8Array(readFileSync(path.join(ROOT, rel)));

describe('a Word notice through the pipeline', () => {
  it('gives the same documents as its equivalent text (auto-numbered headings included)', async () => {
    const fromWord = parseInput(await prepareInput(read('fixtures/docx-notice/input.docx'))).register;
    const fromText = parseInput(read('fixtures/docx-notice/equivalent.txt')).register;
    expect(fromWord.documents[0].tasks.length).toBeGreaterThan(0);
    expect(fromWord.documents).toEqual(fromText.documents);
  });
});
