// `npm run generate`: everything derived from a schema, written into the tree and committed.
//   1. src/core/register.ts and src/core/register-shape.ts from schemas/register.schema.json
//      (the TypeScript types; key order and text fields for canonical.ts and register-script.ts);
//   2. tsc, so the lint rules can be loaded from dist/;
//   3. schemas/lint-config.schema.json from the rules' own option declarations;
//   4. the ajv validators in schemas/generated/ (schemas/build-validators.mjs).
// The schema is the source: it is what users and their editors see. The types come from a small
// script rather than json-schema-to-typescript because the register's types are readonly and keep
// their public names (RegisterDocument for $defs/Document), which that generator does not offer.
// Output depends only on the input files, so .ci/run can regenerate and fail on `git diff`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeValidators } from '../schemas/build-validators.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The register schema's annotation for a field `--script` converts. */
export const TEXT_KEYWORD = 'x-script-converted';

/** TypeScript names that differ from the $defs names (they are public: src/index.ts exports them). */
const TYPE_NAMES = { Source: 'RegisterSource', Warning: 'RegisterWarning', Document: 'RegisterDocument', script: 'Script' };
/** Inline types that also get a name of their own. */
const ALIASES = [['InputFormat', "RegisterSource['format']"]];

const HEADER = (script) => `// generated from schemas/register.schema.json by ${script} — do not edit; run npm run generate\n`;

function defName(ref) {
  const m = /^#\/\$defs\/(\w+)$/.exec(ref);
  if (!m) throw new Error(`register schema: unsupported $ref ${ref}`);
  return m[1];
}

const isNamed = (def) => def.type === 'object' || def.enum !== undefined;
const typeName = (name) => TYPE_NAMES[name] ?? name;
const literal = (value) => (typeof value === 'string' ? `'${value.replace(/['\\]/g, '\\$&')}'` : JSON.stringify(value));
const SCALARS = { string: 'string', integer: 'number', number: 'number', boolean: 'boolean', null: 'null' };

/** The TypeScript type of a schema node, as a list of union members. */
function members(node, defs) {
  if (node.$ref) {
    const name = defName(node.$ref);
    return isNamed(defs[name]) ? [typeName(name)] : members(defs[name], defs);
  }
  if (node.const !== undefined) return [literal(node.const)];
  if (node.enum) return node.enum.map(literal);
  if (node.anyOf) return [...new Set(node.anyOf.flatMap((n) => members(n, defs)))];
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types.map((t) => {
    if (t === 'array') {
      const item = members(node.items, defs);
      return `readonly ${item.length > 1 ? `(${item.join(' | ')})` : item[0]}[]`;
    }
    if (!SCALARS[t]) throw new Error(`register schema: unsupported type ${t}`);
    return SCALARS[t];
  });
}

/** A description as a JSDoc comment, wrapped at spaces to about 110 columns. */
function doc(text, indent) {
  const width = 110 - indent.length - 3;
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  if (lines.length === 1 && indent.length + lines[0].length + 7 <= 110) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}\n`).join('')}${indent} */\n`;
}

function interfaceText(name, node, defs) {
  const required = new Set(node.required ?? []);
  const fields = Object.entries(node.properties).map(
    ([key, prop]) =>
      doc(prop.description, '  ') + `  readonly ${key}${required.has(key) ? '' : '?'}: ${members(prop, defs).join(' | ')};\n`,
  );
  return `${doc(node.description, '')}export interface ${name} {\n${fields.join('')}}\n`;
}

/** The object types of the register in schema order: [TypeScript name, schema node]. */
function objectTypes(schema) {
  return [
    ['Register', schema],
    ...Object.entries(schema.$defs)
      .filter(([, def]) => def.type === 'object')
      .map(([name, def]) => [typeName(name), def]),
  ];
}

/** Text of src/core/register.ts. */
export function registerTypesText(schema) {
  const defs = schema.$defs;
  const parts = [
    HEADER('bin/generate.mjs') +
      '/**\n' +
      ' * The task register: the data `workplan parse` emits and `lint`, `validate`, `diff` and `stats` read.\n' +
      " * Field names are part of the public contract; the descriptions below are the schema's.\n" +
      ' */\n',
  ];
  for (const [name, def] of Object.entries(defs)) {
    if (def.enum) parts.push(`${doc(def.description, '')}export type ${typeName(name)} = ${members(def, defs).join(' | ')};\n`);
  }
  for (const [alias, type] of ALIASES) parts.push(`export type ${alias} = ${type};\n`);
  for (const [name, node] of objectTypes(schema)) parts.push(interfaceText(name, node, defs));
  return parts.join('\n');
}

/** The object type a property holds (alone, in an array, or nullable), or null for plain values. */
function heldObject(prop, defs) {
  const nodes = [prop, prop.items, ...(prop.anyOf ?? [])].filter(Boolean);
  for (const node of nodes) {
    if (node.$ref && defs[defName(node.$ref)].type === 'object') return typeName(defName(node.$ref));
  }
  return null;
}

/** Text of src/core/register-shape.ts. */
export function registerShapeText(schema) {
  const defs = schema.$defs;
  const types = objectTypes(schema);
  const entries = types.map(([name, node]) => {
    const fields = Object.entries(node.properties).map(([key, prop]) => {
      const object = heldObject(prop, defs);
      const text = prop[TEXT_KEYWORD] === true;
      if (text && object) throw new Error(`register schema: ${name}.${key} is marked as text but holds objects`);
      return `{ name: '${key}', object: ${object ? `'${object}'` : 'null'}, text: ${text} }`;
    });
    // As the formatter lays them out: one field on the line of its type, more one per line.
    return fields.length === 1
      ? `  ${name}: [${fields[0]}],\n`
      : `  ${name}: [\n${fields.map((f) => `    ${f},\n`).join('')}  ],\n`;
  });
  return (
    HEADER('bin/generate.mjs') +
    '// The fields of every register object in schema order (canonical key order) and which hold text\n' +
    `// of the notice (marked ${TEXT_KEYWORD}), read by src/register/canonical.ts and\n` +
    '// src/convert/register-script.ts.\n\n' +
    `/** The object types of the register. */\nexport type RegisterObject =\n${types.map(([n]) => `  | '${n}'`).join('\n')};\n\n` +
    'export interface RegisterField {\n' +
    '  readonly name: string;\n' +
    '  /** The object type the field holds (alone, in an array, or nullable), or null for plain values. */\n' +
    '  readonly object: RegisterObject | null;\n' +
    '  /** True for text of the notice, which `--script` converts (a string, a string or null, or a list of strings). */\n' +
    '  readonly text: boolean;\n' +
    '}\n\n' +
    'export const REGISTER_FIELDS: { readonly [K in RegisterObject]: readonly RegisterField[] } = {\n' +
    entries.join('') +
    '};\n'
  );
}

export function readRegisterSchema() {
  return JSON.parse(readFileSync(join(root, 'schemas/register.schema.json'), 'utf8'));
}

/** The files generated from the register schema: path (from the root) → text. */
export function registerFiles(schema = readRegisterSchema()) {
  return new Map([
    ['src/core/register.ts', registerTypesText(schema)],
    ['src/core/register-shape.ts', registerShapeText(schema)],
  ]);
}

/** schemas/lint-config.schema.json as the compiled rules declare it (needs dist/ from tsc). */
export async function lintConfigSchemaText() {
  const { buildLintConfigSchema } = await import(pathToFileURL(join(root, 'dist/src/lint/config-schema.js')).href);
  const { rules } = await import(pathToFileURL(join(root, 'dist/src/lint/rules/index.js')).href);
  return `${JSON.stringify(buildLintConfigSchema(rules), null, 2)}\n`;
}

async function main() {
  for (const [path, text] of registerFiles()) {
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  }
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  writeFileSync(join(root, 'schemas/lint-config.schema.json'), await lintConfigSchemaText());
  console.log('wrote schemas/lint-config.schema.json');
  for (const name of writeValidators()) console.log(`wrote schemas/generated/${name}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
