import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/decode/index.js';
import { InputError } from '../../src/core/errors.js';

const iconv = createRequire(import.meta.url)('iconv-lite') as {
  encode(text: string, enc: string, opts?: { addBOM?: boolean }): Uint8Array;
};
const seed = (name: string): string => readFileSync(new URL(`../../fixtures/${name}/input.txt`, import.meta.url), 'utf8');

// A paragraph of seed 000 (simplified) and of seed 002 (traditional).
// NBSP has no GBK code: the paragraph is made encodable in every legacy encoding tested.
const simplified = seed('seed-000-huanggang-2019')
  .split('\n')
  .slice(0, 20)
  .join('\n')
  .replace(/\u00a0/g, ' ');
const traditional = seed('seed-002-jiangxi-2019-traditional')
  .split('\n')
  .slice(4, 22)
  .map((l) => l.trim())
  .join('\n');
const shortSimplified = '1.依法积极稳妥制定政务公开负面清单,细化明确不予公开范围。(市政管局牵头落实)';
const shortTraditional = '(一)深入解讀重要政策。圍繞2019年經濟社會發展總體要求和主要預期目標,堅持穩中求進工作總基調。';

const utf16 = (text: string, le: boolean, bom: boolean): Uint8Array => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = bom ? '\uFEFF' + text : text;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return out;
};
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeBytes: encodings detected without flags', () => {
  it.each([
    ['GBK', simplified, iconv.encode(simplified, 'gbk'), 'gb18030', false],
    ['GB18030', simplified, iconv.encode(simplified, 'gb18030'), 'gb18030', false],
    ['GB2312 short line', shortSimplified, iconv.encode(shortSimplified, 'gb2312'), 'gb18030', false],
    ['Big5', traditional, iconv.encode(traditional, 'big5'), 'big5', false],
    ['Big5 short line', shortTraditional, iconv.encode(shortTraditional, 'big5'), 'big5', false],
    ['traditional text in GB18030', traditional, iconv.encode(traditional, 'gb18030'), 'gb18030', false],
    ['UTF-8', simplified, utf8(simplified), 'utf-8', false],
    ['UTF-8 with BOM', simplified, utf8('\uFEFF' + simplified), 'utf-8', true],
    ['UTF-16LE with BOM', simplified, utf16(simplified, true, true), 'utf-16le', true],
    ['UTF-16BE with BOM', traditional, utf16(traditional, false, true), 'utf-16be', true],
    ['UTF-16LE without BOM', simplified, utf16(simplified, true, false), 'utf-16le', false],
    ['UTF-16BE without BOM', simplified, utf16(simplified, false, false), 'utf-16be', false],
  ])('%s', (_name, text, bytes, encoding, bom) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.bom).toBe(bom);
    expect(decoded.text).toBe(text);
    expect(decoded.kind).toBe('text');
    expect(decoded.messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });
});

describe('decodeBytes: line endings', () => {
  it.each([
    ['CRLF', 'a\r\nb\r\n', 'a\nb\n'],
    ['lone CR', 'a\rb\r', 'a\nb\n'],
    ['mixed', 'a\r\n\rb\nc', 'a\n\nb\nc'],
  ])('%s → LF', (_name, input, expected) => {
    expect(decodeBytes(utf8(input)).text).toBe(expected);
  });

  it('CRLF in GBK', () => {
    const crlf = simplified.replace(/\n/g, '\r\n');
    expect(decodeBytes(iconv.encode(crlf, 'gbk')).text).toBe(simplified);
  });
});

describe('decodeBytes: binary input is rejected', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /not a text or HTML document/],
    ['PDF', [...utf8('%PDF-1.7\n')], /PDF.*not a text or HTML document/],
    ['zip / docx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /zip archive.*not a text or HTML document/],
    ['old .doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /Word \.doc/],
    ['GIF', [...utf8('GIF89a')], /not a text/],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], /not a text/],
    ['NUL bytes', [0x61, 0x00, 0x00, 0x00, 0x62, 0x63, 0x00, 0x01, 0x02, 0x03], /not a text or HTML document/],
  ])('%s', (_name, bytes, message) => {
    expect(() => decodeBytes(new Uint8Array(bytes))).toThrow(InputError);
    expect(() => decodeBytes(new Uint8Array(bytes))).toThrow(message);
  });

  it('empty input decodes to an empty text', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8', kind: 'text' });
  });
});

describe('decodeBytes: --encoding override', () => {
  it.each([
    ['gbk', iconv.encode(shortSimplified, 'gbk'), 'gb18030', shortSimplified],
    ['GB2312', iconv.encode(shortSimplified, 'gbk'), 'gb18030', shortSimplified],
    ['big5', iconv.encode(shortTraditional, 'big5'), 'big5', shortTraditional],
    ['utf-8', utf8('\uFEFF' + shortSimplified), 'utf-8', shortSimplified],
    ['UTF-16LE', utf16(shortSimplified, true, true), 'utf-16le', shortSimplified],
  ])('%s', (label, bytes, encoding, text) => {
    expect(decodeBytes(bytes, { encoding: label })).toMatchObject({ encoding, text });
  });

  it('overrides a detection that would differ', () => {
    // Valid UTF-8 bytes read as Latin-1 on request.
    expect(decodeBytes(utf8('é'), { encoding: 'latin1' }).text).toBe('Ã©');
  });

  it('rejects an unknown encoding name', () => {
    expect(() => decodeBytes(utf8('x'), { encoding: 'klingon' })).toThrow("unknown encoding 'klingon'");
  });

  it('rejects bytes that plainly are not in the forced encoding', () => {
    expect(() => decodeBytes(iconv.encode(simplified, 'gbk'), { encoding: 'utf-8' })).toThrow(/cannot decode as utf-8 at byte 0/);
  });
});

describe('decodeBytes: invalid bytes', () => {
  it('UTF-8 with a stray byte is decoded as UTF-8 with a warning naming the offset', () => {
    const good = utf8(simplified);
    // '市政管局关于印发' is 24 bytes: the stray byte goes between two characters.
    const bytes = new Uint8Array([...good.subarray(0, 24), 0xff, ...good.subarray(24)]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(simplified.slice(0, 8) + '\uFFFD' + simplified.slice(8));
    expect(decoded.messages).toHaveLength(1);
    expect(decoded.messages[0]).toMatchObject({ ruleId: 'decode/invalid-bytes', severity: 'warning' });
    expect(decoded.messages[0].reason).toContain('byte 24');
    expect(decoded.messages[0].position?.start.offset).toBe(8);
  });
});

describe('decodeBytes: HTML detection by content', () => {
  it.each([
    ['doctype', '<!DOCTYPE html><title>x</title>', 'html'],
    ['html tag', '\n  <html lang="zh"><p>通知</p></html>', 'html'],
    ['body only', '<body>通知</body>', 'html'],
    ['fragment of block tags', '<p>一、</p>\n<p>二、</p>\n<div>三、</div>', 'html'],
    ['plain text with a tag word', '关于印发<通知>的说明\n一、总体要求', 'text'],
    ['plain text with one <br>', '第一行<br>\n第二行', 'text'],
    ['plain notice', simplified, 'text'],
  ])('%s', (_name, text, kind) => {
    expect(decodeBytes(utf8(text)).kind).toBe(kind);
  });

  it('uses <meta charset> as a hint for legacy bytes', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${shortSimplified}</p></body></html>`;
    expect(decodeBytes(iconv.encode(page, 'gbk'))).toMatchObject({ encoding: 'gb18030', kind: 'html', text: page });
  });

  it('does not trust a <meta charset> the bytes contradict', () => {
    const page = `<html><head><meta charset="gbk"></head><body><p>${traditional}</p></body></html>`;
    // Big5 bytes: decoding them as GBK yields replacement chars, so the hint is dropped.
    const decoded = decodeBytes(iconv.encode(page, 'big5'));
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toBe(page);
  });

  it('ignores a meta charset on valid UTF-8', () => {
    const page = `<html><head><meta charset="gbk"></head><body>${shortSimplified}</body></html>`;
    expect(decodeBytes(utf8(page))).toMatchObject({ encoding: 'utf-8', text: page });
  });
});

describe('decodeBytes: large input', () => {
  // Timing is in `npm run bench` (hostile row long-line, decoded from UTF-8 there), not here.
  it('decodes 5 MB of GBK on one line', () => {
    const big = '政务公开工作要点,'.repeat(600_000);
    const bytes = iconv.encode(big, 'gbk');
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text.length).toBe(big.length);
    expect(decoded.text === big).toBe(true);
  });
});
