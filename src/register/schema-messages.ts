import type { ErrorObject } from 'ajv';
import type { Message } from '../core/message.js';

/** JSON pointer segments, unescaped (~1 → /, ~0 → ~). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

const MAX_ACTUAL = 80;

/** The offending value when it is short enough to quote; objects and arrays are not quoted. */
function actualOf(error: ErrorObject, root: unknown): string | undefined {
  if (error.keyword === 'additionalProperties') return String(error.params.additionalProperty);
  const value = valueAt(root, error.instancePath);
  if (value !== null && typeof value === 'object') return undefined;
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return text.length > MAX_ACTUAL ? `${text.slice(0, MAX_ACTUAL - 1)}…` : text;
}

function expectedOf(error: ErrorObject): string[] | undefined {
  const p = error.params as Record<string, unknown>;
  if (error.keyword === 'enum' && Array.isArray(p.allowedValues)) return p.allowedValues.map((v) => JSON.stringify(v));
  if (error.keyword === 'const') return [JSON.stringify(p.allowedValue)];
  if (error.keyword === 'type') return String(p.type).split(',');
  return undefined;
}

function reasonOf(error: ErrorObject): string {
  const where = error.instancePath === '' ? '/' : error.instancePath;
  if (error.keyword === 'additionalProperties') {
    return `${where} must NOT have additional property '${String(error.params.additionalProperty)}'`;
  }
  return `${where} ${error.message ?? error.keyword}`;
}

/**
 * A nullable field spelled `anyOf: [{$ref}, {type: null}]` fails with three errors (the branch's,
 * "must be null", "must match a schema in anyOf"); keep only the branch's, which says what is wrong.
 */
function isNullableNoise(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  const inAnyOf = error.schemaPath.includes('/anyOf/');
  if (error.keyword === 'type' && error.params.type === 'null' && inAnyOf) return true;
  if (error.keyword !== 'anyOf') return false;
  return all.some(
    (e) =>
      e !== error &&
      e.keyword !== 'anyOf' &&
      !(e.keyword === 'type' && e.params.type === 'null') &&
      (e.instancePath === error.instancePath || e.instancePath.startsWith(`${error.instancePath}/`)),
  );
}

/** One schema error as a Message, with the JSON pointer of what it is about. */
export interface SchemaFinding {
  readonly message: Message;
  readonly pointer: string;
  /** True when the pointer names a map key (an unexpected property) rather than a value. */
  readonly key: boolean;
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** ajv errors → findings (`schema/<keyword>`, reason `<instancePath> <message>`, note = schema path). */
export function schemaFindings(errors: readonly ErrorObject[], root: unknown): SchemaFinding[] {
  return errors
    .filter((error) => !isNullableNoise(error, errors))
    .map((error) => {
      const actual = actualOf(error, root);
      const expected = expectedOf(error);
      const extra = error.keyword === 'additionalProperties';
      const message: Message = {
        ruleId: `schema/${error.keyword}`,
        severity: 'error',
        reason: reasonOf(error),
        ...(actual === undefined ? {} : { actual }),
        ...(expected === undefined ? {} : { expected }),
        note: error.schemaPath,
      };
      const pointer = extra
        ? `${error.instancePath}/${escapeSegment(String(error.params.additionalProperty))}`
        : error.instancePath;
      return { message, pointer, key: extra };
    });
}
