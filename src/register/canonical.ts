import type { Register } from '../core/register.js';
import { REGISTER_FIELDS, type RegisterField } from '../core/register-shape.js';

// Rebuilds every object with its keys in the order of `properties` in schemas/register.schema.json
// (REGISTER_FIELDS is generated from it), whatever order the stages built them in, so output is
// stable, and drops anything the schema does not name.

type Fields = readonly RegisterField[];

function copyObject(value: object, fields: Fields): object {
  const from = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const v = from[field.name];
    // Absent only for PageMeta's optional fields (a page states what it states).
    if (v === undefined) continue;
    out[field.name] = copyValue(v, field.object === null ? null : REGISTER_FIELDS[field.object]);
  }
  return out;
}

function copyValue(v: unknown, fields: Fields | null): unknown {
  if (Array.isArray(v)) {
    // A loop, not map (docs/performance.md, the canonical register copy).
    const out: unknown[] = [];
    for (const item of v) out.push(copyValue(item, fields));
    return out;
  }
  return fields === null || v === null ? v : copyObject(v as object, fields);
}

/** A copy of the register with keys in schema order and nothing but schema fields. */
export function canonicalRegister(r: Register): Register {
  return copyObject(r, REGISTER_FIELDS.Register) as Register;
}
