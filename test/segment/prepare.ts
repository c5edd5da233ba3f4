/**
 * Test-only preparation of the seeds, standing in for decode → normalize → clean: folds
 * full-width forms, trims lines, removes spaces between CJK characters, drops obvious web debris
 * and splits compilations at their `【篇…】` lines. Keeps each kept line's source line number so
 * `pointOf` can answer in source lines, as the pipeline's does.
 */
import { readFileSync } from 'node:fs';
import type { Point } from '../../src/core/position.js';
import { identity } from '../../src/core/source-map.js';
import type { RegisterDocument, RegisterWarning } from '../../src/core/register.js';
import { toRegisterDocument } from '../../src/register/from-tree.js';
import { parseDocument, type DocumentNode } from '../../src/segment/index.js';

/** A parsed document as the register shows it, with its node of the tree. */
export interface ParsedDocument {
  readonly node: DocumentNode;
  readonly document: RegisterDocument;
  readonly warnings: RegisterWarning[];
}

const DEBRIS = [
  /^首[頁页]$/,
  /^>/,
  /^日期:/,
  /^时间:/,
  /^來源:/,
  /^来源:/,
  /^相[關关]解[讀读]/,
  /^相关文章$/,
  /Produced By/,
  /^下面是小编/,
  /\d篇$/,
  /字幕/,
];

export interface PreparedDoc {
  readonly text: string;
  /** Source line (1-based) of each line of text. */
  readonly lines: number[];
}

function fold(line: string): string {
  let out = '';
  for (const ch of line) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0) out += ' ';
    else out += ch;
  }
  return out.trim().replace(/([\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '$1');
}

export function prepare(source: string): PreparedDoc[] {
  const docs: PreparedDoc[] = [];
  let cur: { texts: string[]; lines: number[] } = { texts: [], lines: [] };
  const flush = (): void => {
    while (cur.texts.length > 0 && cur.texts[cur.texts.length - 1] === '') cur.texts.pop(), cur.lines.pop();
    if (cur.texts.some((t) => t !== '')) docs.push({ text: cur.texts.join('\n'), lines: cur.lines });
    cur = { texts: [], lines: [] };
  };
  source.split(/\r?\n/).forEach((rawLine, i) => {
    const line = fold(rawLine);
    if (line.startsWith('【篇')) return flush();
    if (DEBRIS.some((re) => re.test(line))) return;
    if (line === '' && cur.texts.length === 0) return;
    cur.texts.push(line);
    cur.lines.push(i + 1);
  });
  flush();
  return docs;
}

export function pointOfIn(doc: PreparedDoc): (offset: number) => Point {
  const starts = [0];
  for (let i = 0; i < doc.text.length; i++) if (doc.text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let k = 0;
    let hi = starts.length - 1;
    while (k < hi) {
      const mid = (k + hi + 1) >> 1;
      if (starts[mid] <= offset) k = mid;
      else hi = mid - 1;
    }
    return { line: doc.lines[k], column: offset - starts[k] + 1, offset };
  };
}

export function parsePrepared(doc: PreparedDoc, index = 1): ParsedDocument {
  const { node, warnings } = parseDocument(identity(doc.text), { index, pointOf: pointOfIn(doc), pageMeta: {} });
  return { node, document: toRegisterDocument(node), warnings };
}

export function parseText(text: string): ParsedDocument {
  return parsePrepared({ text, lines: text.split('\n').map((_, i) => i + 1) });
}

/** Parses fixtures/<dir>/input.txt (the seeds). */
export function parseSeed(dir: string): ParsedDocument[] {
  const source = readFileSync(new URL(`../../fixtures/${dir}/input.txt`, import.meta.url), 'utf8');
  return prepare(source).map((d, i) => parsePrepared(d, i + 1));
}
