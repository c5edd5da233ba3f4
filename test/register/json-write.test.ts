import { readdirSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/pipeline.js';
import { canonicalRegister, serializeRegister, serializeRegisterBytes } from '../../src/register/index.js';
import { writeJson } from '../../src/register/json-write.js';
import { encodeUtf8, StringSink } from '../../src/register/utf8-sink.js';
import { sampleDocument, sampleRegister, sampleTask } from './sample-register.js';

const jsonOf = (value: unknown): string => {
  const sink = new StringSink();
  writeJson(value, sink);
  return sink.text();
};

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for any JSON data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonOf(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out undefined, functions and symbols in objects, writes null for them in arrays, and calls toJSON', () => {
    const value = {
      a: undefined,
      b: [undefined, () => 1, Symbol('s'), NaN, -0],
      c: new Date(0),
      d: { e: {}, f: [] },
      g: () => 1,
    };
    expect(jsonOf(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});

describe('encodeUtf8', () => {
  it('gives the bytes Buffer.from gives for the pieces joined, in a buffer of exactly their size', () => {
    fc.assert(
      // Well-formed pieces, as the serializers push them (they escape lone surrogates); a UTF-8 round trip makes each well-formed, as toWellFormed (ES2024) would.
      fc.property(
        fc.array(
          fc
            .string({ unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)), maxLength: 40_000 })
            .map((p) => Buffer.from(p).toString()),
          { maxLength: 8 },
        ),
        (pieces) => {
          const bytes = encodeUtf8((sink) => pieces.forEach((p) => sink.push(p)));
          expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
          expect(Buffer.from(bytes).equals(Buffer.from(pieces.join('')))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('serializeRegisterBytes', () => {
  const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
  const inputs = readdirSync(fixtures)
    .flatMap((d) => ['input.txt', 'input.html'].map((f) => path.join(fixtures, d, f)))
    .filter((f) => existsSync(f));

  it.each(inputs.map((f) => [path.relative(fixtures, f), f]))(
    '%s: the UTF-8 of serializeRegister, and JSON as JSON.stringify writes it',
    (_name, file) => {
      const { register } = parseInput(new Uint8Array(readFileSync(file)), { path: 'x' });
      expect(Buffer.from(serializeRegisterBytes(register, 'json')).toString()).toBe(
        `${JSON.stringify(canonicalRegister(register), null, 2)}\n`,
      );
      for (const format of ['json', 'yaml', 'csv'] as const) {
        expect(Buffer.from(serializeRegisterBytes(register, format)).toString()).toBe(serializeRegister(register, format));
      }
    },
  );

  it('writes text with control characters, lone surrogates and block text as serializeRegister does', () => {
    const register = sampleRegister({
      documents: [
        sampleDocument({
          preamble: '第一段\n第二段: 有冒号',
          tasks: [sampleTask({ id: '1', text: '推进\u0007工作\ud800完成\u2028' })],
        }),
      ],
    });
    for (const format of ['json', 'yaml'] as const)
      expect(Buffer.from(serializeRegisterBytes(register, format)).toString()).toBe(serializeRegister(register, format));
  });
});
