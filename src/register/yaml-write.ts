/**
 * YAML output, written directly: block style, keys in the order given, no line folding (long
 * Chinese lines stay whole), no anchors or aliases. The layout and the quoting follow what the
 * yaml package printed here before (test/register/yaml-write.test.ts holds that implementation as
 * the oracle), so registers read as they did; but a register is plain JSON data with short keys,
 * and the package's document model is costly to build for it (docs/performance.md). Where they differ: text with control characters, tabs, U+2028/U+2029 or
 * U+FEFF, and lines a `|` block cannot hold as they are (a line starting with a space, trailing
 * whitespace, a leading empty line, several final newlines) are written as one JSON-style
 * double-quoted line (`\u0007`, `\n`), where the package folded lines or used block indicators.
 *
 * Every string is written so that a YAML 1.2 reader and a YAML 1.1 one (PyYAML and other older
 * tools analysts use) both read it back as the same string: plain when that is unambiguous, else
 * single- or double-quoted, or as a `|` literal block when it spans lines. Tests read the output
 * back with the yaml package in both versions and, where installed, with PyYAML.
 */
import { StringSink, type TextSink } from './utf8-sink.js';

const INDENT = '  ';

/**
 * The YAML text of JSON data: objects (keys in their order; undefined values left out, as JSON
 * does), arrays, strings, finite numbers, booleans and null.
 */
export function toYaml(value: unknown): string {
  const sink = new StringSink();
  writeYaml(value, sink);
  return sink.text();
}

/** toYaml's text written line by line into a sink (a register's output is encoded as it is written). */
export function writeYaml(value: unknown, sink: TextSink): void {
  const out: Lines = { push: (line) => sink.push(`${line}\n`) };
  if (isBlockCollection(value)) writeBlock(value, '', out);
  // A bare block's lines are indented too: PyYAML does not read them at column 0.
  else out.push(scalar(value, INDENT, true));
}

/** Where the writers put each finished line. */
interface Lines {
  push(line: string): void;
}

type Collection = readonly unknown[] | { readonly [key: string]: unknown };

/** A non-empty array or object: written as a block; empty ones are written `[]` / `{}` inline. */
function isBlockCollection(value: unknown): value is Collection {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.length > 0;
  // One defined value is enough; writeBlock lists the keys (keysOf) once it writes the block.
  for (const key in value) if (Object.hasOwn(value, key) && (value as Record<string, unknown>)[key] !== undefined) return true;
  return false;
}

function keysOf(value: { readonly [key: string]: unknown }): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

/** Lines of a block collection whose lines start at `indent`; the first may follow a `- `. */
function writeBlock(value: Collection, indent: string, out: Lines, first = indent): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => writeEntry(`${i === 0 ? first : indent}-`, item, `${indent}${INDENT}`, out, true));
    return;
  }
  const map = value as { readonly [key: string]: unknown };
  keysOf(map).forEach((key, i) => {
    const prefix = i === 0 ? first : indent;
    writeEntry(`${prefix}${plainKey(key, prefix === '')}:`, map[key], indent, out, false);
  });
}

/**
 * One `key:` or `-` entry. A mapping's nested collection goes on the lines below, two spaces in
 * (sequences too, as the yaml package indents them); a sequence item's mapping starts on the
 * dash line.
 */
function writeEntry(head: string, value: unknown, indent: string, out: Lines, inSequence: boolean): void {
  if (!isBlockCollection(value)) out.push(`${head} ${scalar(value, inSequence ? indent : `${indent}${INDENT}`)}`);
  else if (inSequence) writeBlock(value, indent, out, `${head} `);
  else {
    out.push(head);
    writeBlock(value, `${indent}${INDENT}`, out);
  }
}

/** A key is written as a value is, but never as a block. */
function plainKey(key: string, lineStart: boolean): string {
  return key.includes('\n') ? doubleQuoted(key) : string(key, '', lineStart);
}

/**
 * An inline value; `indent` is where a literal block's lines start, `lineStart` says whether the
 * text starts a line (only a bare document does).
 */
function scalar(value: unknown, indent: string, lineStart = false): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return string(value, indent, lineStart);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'object') return Array.isArray(value) ? '[]' : '{}';
  throw new TypeError(`YAML output: ${String(value)} is not JSON data`);
}

/**
 * Where a plain scalar is not allowed (the yaml package's test): an indicator first, `: ` or ` #`
 * inside, a space, tab or `:` last, a lone `-`/`?` or one followed by a space.
 */
const PLAIN_UNSAFE = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/**
 * Control characters, lone surrogates, U+FEFF (a reader drops it as a byte-order mark),
 * U+FFFE/U+FFFF, and the line separators YAML 1.1 breaks lines at: only a double-quoted string
 * can hold them (escaped).
 */
const NEEDS_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff\ufffe\uffff]/;
/** `---`, `...` or `%` at the start of a line could end or start a document (only there). */
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/m;

function string(value: string, indent: string, lineStart = false): string {
  if (NEEDS_ESCAPES.test(value)) return doubleQuoted(value);
  if (value.includes('\n')) return literalBlock(value, indent) ?? quoted(value);
  // A tab is legal in a plain scalar, but PyYAML refuses it there.
  if (
    value === '' ||
    PLAIN_UNSAFE.test(value) ||
    value.includes('\t') ||
    (lineStart && DOCUMENT_MARKER.test(value)) ||
    isAmbiguous(value)
  )
    return quoted(value);
  return value;
}

/** Single quotes when the text holds `"` but no `'` (nothing to escape), else double quotes. */
function quoted(value: string): string {
  // string() has sent text that needs escapes to doubleQuoted already.
  if (value.includes('"') && !value.includes("'") && !/[\n\t]/.test(value)) return `'${value}'`;
  return doubleQuoted(value);
}

/**
 * JSON's string syntax is YAML's double-quoted syntax, except that YAML also wants DEL, the C1
 * controls, U+2028/U+2029, U+FEFF and U+FFFE/U+FFFF escaped. A lone surrogate stays a \u
 * escape, as JSON writes it.
 */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(
    /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A `|` block: each line as it is, indented. Used only for text a block keeps exactly: no line
 * that starts with a space or tab (which would need an indentation indicator), no empty first
 * line, no document marker, and no trailing blank lines or whitespace-only last line; `|-` drops
 * the final newline the block would otherwise add, `|` keeps a single one.
 */
function literalBlock(value: string, indent: string): string | null {
  const keep = value.endsWith('\n') ? 1 : 0;
  const body = keep ? value.slice(0, -1) : value;
  if (body === '' || body.endsWith('\n') || /[ \t]$/.test(body) || /(?:^|\n)[ \t]/.test(body) || /^\n/.test(body)) return null;
  if ((indent === '' && DOCUMENT_MARKER.test(body)) || body.includes('\r')) return null;
  const lines = body.split('\n').map((line) => (line === '' ? '' : `${indent}${line}`));
  return `|${keep ? '' : '-'}\n${lines.join('\n')}`;
}

/**
 * Plain text a YAML 1.2 (core schema) or 1.1 reader would take for something other than a string:
 * null, booleans (1.1: yes/no/on/off/y/n), numbers in any base, with `_` or as base 60, .inf and
 * .nan, dates and timestamps, `<<`, and PyYAML's `=`. The yaml package's schemas' patterns, the
 * timestamp one widened to PyYAML's (a bare `.` fraction, `+39` offsets).
 */
const AMBIGUOUS: readonly RegExp[] = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^<<$/,
  /^=$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
];

function isAmbiguous(text: string): boolean {
  // Every pattern needs a digit, a sign, `.`, `~`, `<`, `=` or one of a few ASCII words: text
  // without any (most Chinese text) is decided at once.
  if (text.length > 0 && !/[0-9A-Za-z~.<=+-]/.test(text)) return false;
  return AMBIGUOUS.some((p) => p.test(text));
}
