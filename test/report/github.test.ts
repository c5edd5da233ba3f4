import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, reporters } from '../../src/report/index.js';
import { noPaint } from '../../src/cli/paint.js';
import { message, sample } from './results.js';

/** One workflow command: ::name k=v,k=v::data, where values and data carry no raw line break, and values no : or , */
const COMMAND = /^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:\r\n]*)(?:,[a-zA-Z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;

describe('github', () => {
  const out = reporters.github(sample, { paint: noPaint });
  const lines = out.trimEnd().split('\n');

  it('prints one workflow command per message', () => {
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(COMMAND);
  });

  it('writes file, positions and the rule as title', () => {
    expect(lines[1]).toBe(
      '::error file=notices/杭州 2018.txt,line=42,col=3,endLine=42,endColumn=5,title=lint/numbering-gap::Expected `三、`, found `四、`: `三、` is missing',
    );
    expect(lines[2]).toMatch(/^::warning /);
  });

  it('escapes properties and data as the runner expects', () => {
    expect(lines[3]).toBe(
      '::warning file=odd%2Cname%3A1.txt,line=1,col=1,endLine=1,endColumn=3,title=lint/missing-date::100%25 sure%0D%0Asecond line, with: colon',
    );
    expect(lines[4]).toBe('::error file=odd%2Cname%3A1.txt,title=schema/required::whole file');
  });

  it.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['k:v,w', 'k:v,w', 'k%3Av%2Cw'],
    ['%0A', '%250A', '%250A'],
  ])('%j → data %j, property %j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });

  it('leaves out col and endColumn when a range spans lines (GitHub places columns only on one line)', () => {
    const spanning = message('lint/unbalanced-bracket', 'warning', 'never closed', 3, 5);
    const lines3to5 = {
      ...spanning,
      position: { start: { line: 3, column: 5, offset: 0 }, end: { line: 5, column: 2, offset: 0 } },
    };
    expect(reporters.github([{ file: 'a.txt', messages: [lines3to5] }], { paint: noPaint })).toBe(
      '::warning file=a.txt,line=3,endLine=5,title=lint/unbalanced-bracket::never closed\n',
    );
  });

  it('prints nothing without messages', () => {
    expect(reporters.github([{ file: 'a', messages: [] }], { paint: noPaint })).toBe('');
  });
});
