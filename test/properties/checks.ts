/**
 * The hardening properties as plain functions returning a problem description or null, so the
 * vitest property suite and the fuzz runner (plain node) check exactly the same things.
 */
import { isDeepStrictEqual } from 'node:util';
import { InputError } from '../../src/core/errors.js';
import { looksLikeHtml } from '../../src/decode/index.js';
import { cleanInput, parseInput, type ParseOutput, type PipelineInput } from '../../src/pipeline.js';
import { canonicalRegister, loadRegister, serializeRegister, validateRegister } from '../../src/register/index.js';
import { unaccountedLines, unaccountedText } from './accounting.js';

export type Check = 'crash' | 'schema' | 'roundtrip' | 'idempotence' | 'lines' | 'text';

export interface Problem {
  readonly check: Check;
  readonly detail: string;
}

/** Runs parseInput; an InputError is a documented answer (binary, undecodable, empty input). */
export function tryParse(input: PipelineInput): { out: ParseOutput | null; problem: Problem | null } {
  try {
    return { out: parseInput(input), problem: null };
  } catch (error) {
    if (error instanceof InputError) return { out: null, problem: null };
    return { out: null, problem: { check: 'crash', detail: describe(error) } };
  }
}

function describe(error: unknown): string {
  const e = error as Error;
  const frame = e?.stack?.split('\n').find((l) => l.includes('/src/')) ?? '';
  return `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}${frame ? ` ${frame.trim()}` : ''}`.slice(0, 500);
}

export function checkSchema(out: ParseOutput): Problem | null {
  const messages = validateRegister(out.register);
  return messages.length === 0
    ? null
    : {
        check: 'schema',
        detail: messages
          .map((m) => m.reason)
          .join('; ')
          .slice(0, 500),
      };
}

/** YAML and JSON (or only `formats`) written and read back give the same register, and re-emitted the same text. */
export function checkRoundtrip(out: ParseOutput, formats: readonly ('yaml' | 'json')[] = ['yaml', 'json']): Problem | null {
  const expected = canonicalRegister(out.register);
  for (const format of formats) {
    let back: unknown;
    try {
      back = loadRegister(serializeRegister(out.register, format), `register.${format}`);
    } catch (error) {
      return { check: 'roundtrip', detail: `${format}: ${describe(error)}` };
    }
    if (!isDeepStrictEqual(back, expected))
      return { check: 'roundtrip', detail: `${format}: ${firstDifference(expected, back)}` };
    // Re-emitting what was read gives the same text, byte for byte.
    if (serializeRegister(back as typeof out.register, format) !== serializeRegister(out.register, format)) {
      return { check: 'roundtrip', detail: `${format}: re-emitting the register read back changes its text` };
    }
  }
  return null;
}

function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = (a as Record<string, unknown>)[key];
      const y = (b as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${at}/${key}`);
    }
  }
  return `${at || '/'}: ${JSON.stringify(a)?.slice(0, 120)} became ${JSON.stringify(b)?.slice(0, 120)}`;
}

/** Cleaning each kept document again changes nothing and strips nothing. */
export function checkIdempotence(out: ParseOutput): Problem | null {
  for (const [i, doc] of out.clean.documents.entries()) {
    // A document that is itself markup (`【篇一】<html>` leaves `<html>`) is sniffed as HTML when
    // fed back: a different kind of input, not a second clean of the same text.
    if (!/\S/.test(doc.text) || (out.clean.decoded.kind === 'text' && looksLikeHtml(doc.text))) continue;
    let again: ReturnType<typeof cleanInput>;
    try {
      again = cleanInput(doc.text);
    } catch (error) {
      return { check: 'idempotence', detail: `document ${i + 1}: ${describe(error)}` };
    }
    if (again.stripped.length > 0) {
      const s = again.stripped[0];
      return {
        check: 'idempotence',
        detail: `document ${i + 1}: cleaning again strips line ${s.line} (${s.rule}): ${JSON.stringify(s.text.slice(0, 100))}`,
      };
    }
    const text = again.documents.map((d) => d.text).join('\n');
    if (text !== doc.text) {
      let k = 0;
      while (k < text.length && text[k] === doc.text[k]) k++;
      return {
        check: 'idempotence',
        detail: `document ${i + 1}: text changes at ${k}: ${JSON.stringify(doc.text.slice(k, k + 40))} → ${JSON.stringify(text.slice(k, k + 40))}`,
      };
    }
  }
  return null;
}

export function checkLines(out: ParseOutput): Problem | null {
  const lines = unaccountedLines(out.clean);
  if (lines.length === 0) return null;
  const text = out.clean.sourceText.split('\n')[lines[0] - 1] ?? '';
  return { check: 'lines', detail: `line ${lines[0]} neither kept nor stripped: ${JSON.stringify(text.slice(0, 100))}` };
}

export function checkText(out: ParseOutput): Problem | null {
  const residue = unaccountedText(out.clean.documents, out.register);
  if (residue.length === 0) return null;
  const r = residue[0];
  return {
    check: 'text',
    detail: `document ${r.document} offset ${r.offset} not in the register: ${JSON.stringify(r.text.slice(0, 100))}`,
  };
}

/**
 * Every property except the text ledger (whose known gap, the notice body, is reported apart).
 * `yaml: false` round-trips JSON only: reading YAML back is three quarters of a case's time, so
 * the fuzz runner does it on a share of the cases.
 */
export function checkAll(input: PipelineInput, options: { text?: boolean; yaml?: boolean } = {}): Problem | null {
  const { out, problem } = tryParse(input);
  if (problem || !out) return problem;
  return checkParsed(out, options);
}

/** checkAll's checks on an input parsed already (the fuzz runner lints the same parse). */
export function checkParsed(out: ParseOutput, options: { text?: boolean; yaml?: boolean } = {}): Problem | null {
  return (
    checkSchema(out) ??
    checkRoundtrip(out, options.yaml === false ? ['json'] : ['yaml', 'json']) ??
    checkIdempotence(out) ??
    checkLines(out) ??
    (options.text ? checkText(out) : null)
  );
}
