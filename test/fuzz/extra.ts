/**
 * What the fuzz runner checks beyond the pipeline (test/properties/checks.ts): lint and its
 * reporters on every kind of generated input, and Word files whose zip structure is mutated
 * (sizes that lie, corrupt deflate, cut-off files, flipped directory bytes, broken XML, too
 * many entries). Plain node: no vitest here.
 */
import fc from 'fast-check';
import { InputError, WorkplanError } from '../../src/core/errors.js';
import { parseInput, type ParseOutput, type PipelineInput } from '../../src/pipeline.js';
import { lint } from '../../src/lint/index.js';
import { reporters } from '../../src/report/index.js';
import { noPaint } from '../../src/core/paint.js';
import { docxToHtml } from '../../src/docx/index.js';
import type { Problem } from '../properties/checks.js';

/** A pipeline problem, or one of lint's. */
export type FuzzProblem = Omit<Problem, 'check'> & { readonly check: Problem['check'] | 'lint' };
import { documentXml, wordEntries, zipBytes, type RawEntry } from '../docx/zip-bytes.js';
import { planText } from '../properties/arbitraries.js';

/** Any control character but tab and newline: none may reach a terminal from stylish or github output. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * Lint on a parsed input: no exception, every position inside the text, and the stylish and
 * github reports free of raw control characters. null when all holds (or the input is refused
 * with an InputError, which the pipeline checks already judge).
 */
export function checkLint(input: PipelineInput): FuzzProblem | null {
  let out: ReturnType<typeof parseInput>;
  try {
    out = parseInput(input, { path: 'fuzz.txt' });
  } catch {
    return null;
  }
  return lintProblem(out);
}

/** checkLint on an input parsed already (the fuzz runner parses each case once). */
export function lintProblem(out: ParseOutput): FuzzProblem | null {
  try {
    const messages = lint(out.tree, out.clean.lineIndex);
    const lines = out.clean.lineIndex.starts.length;
    for (const m of messages) {
      const p = m.position;
      if (p && (p.start.line < 1 || p.start.line > lines || p.start.column < 1 || p.end.offset < p.start.offset)) {
        return {
          check: 'lint',
          detail: `${m.ruleId} at ${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column} outside a ${lines}-line text`,
        };
      }
    }
    const results = [{ file: 'fuzz.txt', messages }];
    for (const name of ['stylish', 'github'] as const) {
      const text = reporters[name](results, { paint: noPaint });
      if (RAW_CONTROL.test(text)) return { check: 'lint', detail: `${name} output holds a raw control character` };
    }
    reporters.json(results, { paint: noPaint });
    reporters.sarif(results, { paint: noPaint });
    return null;
  } catch (error) {
    return { check: 'lint', detail: `lint threw ${(error as Error)?.name}: ${(error as Error)?.message?.split('\n')[0]}` };
  }
}

type Mutation =
  | { kind: 'none' }
  | { kind: 'claim'; entry: number; size: number }
  | { kind: 'payload'; entry: number; at: number; value: number }
  | { kind: 'truncate'; fraction: number }
  | { kind: 'flips'; flips: [number, number][] }
  | { kind: 'method'; entry: number; method: number }
  | { kind: 'xml'; cut: number }
  | { kind: 'entries'; count: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'none' }),
  fc.record({
    kind: fc.constant('claim' as const),
    entry: fc.nat(3),
    size: fc.oneof(fc.nat(5000), fc.integer({ min: 0, max: 0xffffffff })),
  }),
  fc.record({ kind: fc.constant('payload' as const), entry: fc.nat(3), at: fc.nat(400), value: fc.nat(255) }),
  fc.record({ kind: fc.constant('truncate' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('flips' as const),
    flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(255)), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('method' as const), entry: fc.nat(3), method: fc.nat(20) }),
  fc.record({ kind: fc.constant('xml' as const), cut: fc.double({ min: 0, max: 1, noNaN: true }) }),
  // Counts at the limit (10,000) and past it are rare: a zip of 10,000 parts takes seconds to build and read.
  fc.record({
    kind: fc.constant('entries' as const),
    count: fc.oneof(
      { weight: 60, arbitrary: fc.nat(60) },
      { weight: 1, arbitrary: fc.constantFrom(9_999, 10_000, 10_001, 12_000) },
    ),
  }),
);

/** A Word file made from generated plan text, then one structural mutation. */
export const mutatedDocx: fc.Arbitrary<Uint8Array> = fc.tuple(planText, mutation).map(([text, m]) => {
  const esc = (t: string): string =>
    t
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  let xml = documentXml(text.split('\n').map(esc));
  if (m.kind === 'xml') xml = xml.slice(0, Math.floor(xml.length * m.cut));
  const entries: RawEntry[] = wordEntries(xml);
  const pick = (i: number): number => i % entries.length;
  if (m.kind === 'claim') entries[pick(m.entry)] = { ...entries[pick(m.entry)], claimSize: m.size };
  if (m.kind === 'method' && m.method === 0) entries[pick(m.entry)] = { ...entries[pick(m.entry)], method: 0 };
  if (m.kind === 'entries') for (let i = 0; i < m.count; i++) entries.push({ name: `x/${i}`, data: '', method: 0 });
  let bytes = zipBytes(entries);
  if (m.kind === 'payload') {
    bytes = bytes.slice();
    bytes[Math.min(bytes.length - 1, 30 + m.at)] = m.value;
  }
  if (m.kind === 'truncate') bytes = bytes.slice(0, Math.floor(bytes.length * m.fraction));
  if (m.kind === 'flips') {
    bytes = bytes.slice();
    for (const [where, value] of m.flips) bytes[Math.min(bytes.length - 1, Math.floor(where * bytes.length))] = value;
  }
  if (m.kind === 'method' && m.method !== 0 && m.method !== 8) {
    // An unknown compression method in the central directory entry of document.xml.
    bytes = bytes.slice();
    const view = new DataView(bytes.buffer);
    for (let at = bytes.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint16(at + 10, m.method, true);
        break;
      }
    }
  }
  return bytes;
});

/** A mutated Word file converts, or is refused with an InputError; anything else is a crash. */
export async function checkDocx(bytes: Uint8Array): Promise<FuzzProblem | null> {
  try {
    const html = await docxToHtml(bytes);
    if (typeof html !== 'string') return { check: 'crash', detail: 'docxToHtml returned no HTML' };
    return null;
  } catch (error) {
    if (error instanceof InputError) return null;
    const kind = error instanceof WorkplanError ? error.name : (error as Error)?.name;
    return { check: 'crash', detail: `docx: ${kind}: ${(error as Error)?.message?.split('\n')[0]}` };
  }
}
