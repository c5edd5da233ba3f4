import type { TextSink } from './utf8-sink.js';

/**
 * `JSON.stringify(value, null, 2)` written piece by piece into a sink, for JSON data (plain
 * objects and arrays, strings, numbers, booleans, null; undefined, function and symbol values
 * left out of objects and written null in arrays, as JSON.stringify does). The same text, byte for
 * byte, without the one string of the whole register (test/register/json-write.test.ts). An
 * object with a toJSON method (a Date) is written as JSON.stringify would write it.
 */
export function writeJson(value: unknown, sink: TextSink): void {
  writeValue(value, '', sink, false);
  sink.push('\n');
}

const GAP = '  ';

function writeValue(value: unknown, indent: string, sink: TextSink, inArray: boolean): void {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    if (Array.isArray(value)) writeArray(value, indent, sink);
    else writeObject(value as Record<string, unknown>, indent, sink);
    return;
  }
  const text = JSON.stringify(value, null, 2);
  // JSON.stringify gives undefined for undefined, functions and symbols: null in an array.
  if (text === undefined) sink.push(inArray ? 'null' : '');
  else sink.push(indent === '' || !text.includes('\n') ? text : text.replace(/\n/g, `\n${indent}`));
}

function writeArray(items: readonly unknown[], indent: string, sink: TextSink): void {
  if (items.length === 0) return sink.push('[]');
  const inner = indent + GAP;
  for (let i = 0; i < items.length; i++) {
    sink.push(i === 0 ? `[\n${inner}` : `,\n${inner}`);
    writeValue(items[i], inner, sink, true);
  }
  sink.push(`\n${indent}]`);
}

function writeObject(map: Record<string, unknown>, indent: string, sink: TextSink): void {
  const inner = indent + GAP;
  let first = true;
  for (const key of Object.keys(map)) {
    const v = map[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    sink.push(`${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
    first = false;
    writeValue(v, inner, sink, false);
  }
  sink.push(first ? '{}' : `\n${indent}}`);
}
