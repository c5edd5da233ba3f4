/**
 * Hostile Word files: decompression bombs are refused from what the zip directory claims before
 * anything is inflated, an entry that inflates past its claim is stopped there, and damaged files
 * (lying sizes, corrupt deflate, bad XML) are input errors naming the file, not internal errors.
 */
import { describe, expect, it, vi } from 'vitest';
import { writeFileSync, copyFileSync } from 'node:fs';
import * as path from 'node:path';
import { docxToHtml } from '../../src/docx/index.js';
import { InputError } from '../../src/core/errors.js';
import { ROOT, runMain, tempDir } from '../cli/helpers.js';
import { documentXml, wordEntries, zipBytes } from './zip-bytes.js';

vi.setConfig({ testTimeout: 60_000 });

const PLAN = documentXml(['2021年工作要点', '一、总体要求', '(一)加强领导。(市政府办公室牵头)']);

async function failure(bytes: Uint8Array): Promise<Error> {
  try {
    await docxToHtml(bytes);
  } catch (error) {
    return error as Error;
  }
  throw new Error('no error');
}

describe('a well-formed zip written byte by byte converts', () => {
  it('reads the plan', async () => {
    const html = await docxToHtml(zipBytes(wordEntries(PLAN)));
    expect(html).toContain('加强领导');
  });
});

describe('decompression bombs', () => {
  it('an entry claiming more than the limit is refused before inflating', async () => {
    // The claim alone decides: the data is tiny.
    const error = await failure(zipBytes(wordEntries(PLAN, { claimSize: 200 * 1024 * 1024 })));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^the \.docx is too large unpacked: word\/document\.xml would be 200 MB \(the limit is \d+ MB\)$/,
    );
  });

  it('a real bomb (40 MB of one character in 40 KB) with an honest claim is refused', async () => {
    const big = new Uint8Array(40 * 1024 * 1024).fill(0x20);
    const bytes = zipBytes(wordEntries(big));
    expect(bytes.length).toBeLessThan(100_000);
    const error = await failure(bytes);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/too large unpacked: word\/document\.xml would be 40 MB/);
  });

  it('an entry inflating past its claim is stopped at the claim', async () => {
    const big = new Uint8Array(40 * 1024 * 1024).fill(0x20);
    const error = await failure(zipBytes(wordEntries(big, { claimSize: 1000 })));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'the .docx is damaged: word/document.xml unpacks to more than the 1000 bytes its zip directory says',
    );
  });

  it('too many entries are refused from the directory', async () => {
    const entries = wordEntries(PLAN);
    for (let i = 0; i < 20_000; i++) entries.push({ name: `x/${i}`, data: '', method: 0 });
    const error = await failure(zipBytes(entries));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^the \.docx has too many parts: 20003 \(the limit is \d+\)$/);
  });

  it('the parts together over the limit are refused', async () => {
    const entries = wordEntries(PLAN);
    for (let i = 0; i < 10; i++) entries.push({ name: `word/part${i}.xml`, data: 'x', claimSize: 20 * 1024 * 1024 });
    const error = await failure(zipBytes(entries));
    expect(error.message).toMatch(
      /^the \.docx is too large unpacked: its parts would be \d+ MB together \(the limit is \d+ MB\)$/,
    );
  });
});

describe('damaged Word files are input errors', () => {
  it('a size that lies downwards (less data than claimed)', async () => {
    const error = await failure(zipBytes(wordEntries(PLAN, { claimSize: new TextEncoder().encode(PLAN).length + 50 })));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^the \.docx is damaged: word\/document\.xml unpacks to \d+ bytes, not the \d+ its zip directory says$/,
    );
  });

  it('a corrupt deflate stream', async () => {
    const error = await failure(zipBytes(wordEntries(PLAN, { payload: new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x12, 0x34]) })));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^the \.docx is damaged: word\/document\.xml cannot be unpacked/);
  });

  it('XML that is not well-formed', async () => {
    const error = await failure(zipBytes(wordEntries('<w:document><w:body><w:p>')));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^the \.docx is damaged: /);
  });

  it('a zip cut short', async () => {
    // The document first, so the file is still recognised as a Word file by its first entry.
    const whole = zipBytes(wordEntries(PLAN).toReversed());
    const error = await failure(whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^the \.docx is damaged/);
  });
});

describe('through the CLI', () => {
  it('a bomb is one line naming the file, exit 2, and the rest of the batch still runs', async () => {
    const dir = tempDir('workplan-docx-');
    writeFileSync(path.join(dir, 'a-bomb.docx'), zipBytes(wordEntries(new Uint8Array(40 * 1024 * 1024).fill(0x20))));
    writeFileSync(path.join(dir, 'b-bad.docx'), zipBytes(wordEntries('<w:document><w:body><w:p>')));
    copyFileSync(path.join(ROOT, 'fixtures/seed-003-hangzhou-2018/input.txt'), path.join(dir, 'c.txt'));
    const r = await runMain(['parse', 'a-bomb.docx', 'b-bad.docx', 'c.txt', '--format', 'jsonl'], dir);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^workplan: a-bomb\.docx: the \.docx is too large unpacked: /);
    expect(lines[1]).toMatch(/^workplan: b-bad\.docx: the \.docx is damaged: /);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});
