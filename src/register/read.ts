import type { Position } from '../core/position.js';
import { indexLines, positionAt, type LineIndex } from '../core/position.js';
import { checkNesting } from './limits.js';
import { pointerOffsets } from './pointer.js';
import { parseYaml, yamlValue, type ParsedYaml } from './yaml-read.js';

export interface RegisterText {
  /** The parsed data, not yet validated: check it with validateRegister before trusting it. */
  readonly value: unknown;
  /** 1-based line and column of the node a JSON pointer names, or null when there is none. */
  pointerPosition(pointer: string): { line: number; column: number } | null;
  /** The node's span; with `key`, the span of the last segment's map key. */
  pointerRange(pointer: string, key?: boolean): Position | null;
}

function looksLikeJson(text: string): boolean {
  return /^[\s\uFEFF]*\{/.test(text);
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    // Not strict JSON (trailing comma, comment…): read it as YAML, which reports where it fails.
    return { ok: false };
  }
}

/**
 * Reads a register file (YAML, or JSON when it starts with `{`) without validating it. JSON goes
 * through JSON.parse, which is fast; the YAML parser runs for JSON only when a position is asked
 * for (i.e. when there is an error to report). Throws InputError for syntax errors (with
 * line:column), several YAML documents, alias bombs and nesting deeper than MAX_NESTING.
 */
export function readRegister(text: string, name: string): RegisterText {
  let doc: ParsedYaml | null = null;
  let value: unknown;
  const json = looksLikeJson(text) ? tryJson(text) : { ok: false as const };
  if (json.ok) {
    value = json.value;
  } else {
    doc = parseYaml(text, name);
    value = yamlValue(doc, name);
  }
  checkNesting(value, name);

  let lines: LineIndex | undefined;
  let located: ParsedYaml | null | undefined = doc ?? undefined;
  const locate = (): ParsedYaml | null => {
    if (located === undefined) {
      try {
        located = parseYaml(text, name);
      } catch {
        located = null;
      }
    }
    return located;
  };
  const pointerRange = (pointer: string, key = false): Position | null => {
    const d = locate();
    const offsets = d && pointerOffsets(d, pointer, key);
    if (!offsets) return null;
    lines ??= indexLines(text);
    return positionAt(lines, offsets[0], offsets[1]);
  };
  return {
    value,
    pointerRange,
    pointerPosition(pointer) {
      const range = pointerRange(pointer);
      return range ? { line: range.start.line, column: range.start.column } : null;
    },
  };
}
