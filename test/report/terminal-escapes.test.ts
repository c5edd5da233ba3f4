/**
 * Escape sequences in the input (`\e]0;…\a` retitles the terminal, `\e[2J` clears it) are shown
 * escaped wherever input text is echoed to a terminal: clean --explain, lint's stylish and github
 * output, diff's human output and one-line errors quoting a file name or page title.
 */
import { describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { escapeControls } from '../../src/core/terminal-text.js';
import { stylish } from '../../src/report/stylish.js';
import { github } from '../../src/report/github.js';
import { formatStripped } from '../../src/report/stripped.js';
import { noPaint } from '../../src/cli/paint.js';
import { runMain, tempDir } from '../cli/helpers.js';
import { message } from './results.js';

vi.setConfig({ testTimeout: 60_000 });

const TITLE = '\u001b]0;owned\u0007';
const CLEAR = '\u001b[2J';
/** Any control character but tab and the line breaks between lines of output. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('escapeControls', () => {
  it('writes control characters as escapes and leaves the rest, tab included', () => {
    expect(escapeControls(`a${TITLE}b${CLEAR}\tc\u009b\n`)).toBe('a\\x1b]0;owned\\x07b\\x1b[2J\tc\\x9b\\n');
    expect(escapeControls('一、加强领导')).toBe('一、加强领导');
  });
});

describe('reporters', () => {
  const results = [{ file: `a${CLEAR}.txt`, messages: [message('lint/unbalanced-bracket', 'warning', `\`(\` in ${TITLE}`, 1)] }];

  it('stylish', () => {
    const out = stylish(results, { paint: noPaint });
    expect(out).not.toMatch(RAW);
    expect(out).toContain('a\\x1b[2J.txt');
    expect(out).toContain('\\x1b]0;owned\\x07');
  });

  it('github', () => {
    const out = github(results);
    expect(out).not.toMatch(RAW);
    expect(out).toContain('\\x1b]0;owned\\x07');
  });

  it('clean --explain (the stripped lines)', () => {
    const out = formatStripped(
      `p${CLEAR}.html`,
      [{ line: 3, rule: 'seo-spam', reason: `spam ${TITLE}`, text: `关键词${CLEAR}` }],
      noPaint,
    );
    expect(out).not.toMatch(RAW);
    expect(out).toContain('关键词\\x1b[2J');
  });
});

describe('through the CLI', () => {
  it('an error quoting a page title', async () => {
    const dir = tempDir('workplan-esc-');
    writeFileSync(path.join(dir, 'p.html'), `<html><head><title>标题${TITLE}</title></head><body></body></html>`);
    const r = await runMain(['parse', 'p.html'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('\\x1b]0;owned\\x07');
  });

  it('an error naming a file', async () => {
    const dir = tempDir('workplan-esc-');
    const r = await runMain(['parse', `missing${CLEAR}.txt`], dir);
    expect(r.stderr).toBe('workplan: missing\\x1b[2J.txt: no such file or folder\n');
  });

  it('an unknown option', async () => {
    const r = await runMain(['parse', `--x${CLEAR}`], tempDir('workplan-esc-'));
    expect(r.stderr).not.toMatch(RAW);
  });

  it('clean --explain', async () => {
    const dir = tempDir('workplan-esc-');
    writeFileSync(path.join(dir, 'a.txt'), `首页 > 政务公开 > 通知公告${CLEAR}\n2019年工作要点\n一、加强领导。\n`);
    const r = await runMain(['clean', 'a.txt', '--explain'], dir);
    expect(r.stderr).not.toMatch(RAW);
  });

  it("diff's human output", async () => {
    const dir = tempDir('workplan-esc-');
    writeFileSync(path.join(dir, 'a.txt'), '2019年工作要点\n一、加强领导\n(一)做好甲工作。(市政府办公室牵头)\n');
    writeFileSync(
      path.join(dir, 'b.txt'),
      `2020年工作要点\n一、加强领导\n(一)做好乙工作${TITLE}。(市政府办公室牵头)\n(二)新增${CLEAR}工作。(市财政局负责)\n`,
    );
    const r = await runMain(['diff', 'a.txt', 'b.txt', '--no-color'], dir);
    expect(r.stdout).toContain('\\x1b');
    expect(r.stdout).not.toMatch(RAW);
  });
});
