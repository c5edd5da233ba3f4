// generated from schemas/register.schema.json by bin/generate.mjs — do not edit; run npm run generate
// The fields of every register object in schema order (canonical key order) and which hold text
// of the notice (marked x-script-converted), read by src/register/canonical.ts and
// src/convert/register-script.ts.

/** The object types of the register. */
export type RegisterObject =
  | 'Register'
  | 'RegisterSource'
  | 'PageMeta'
  | 'StrippedLine'
  | 'RegisterWarning'
  | 'Notice'
  | 'RecordMatter'
  | 'Deadline'
  | 'Target'
  | 'Section'
  | 'Task'
  | 'RegisterDocument';

export interface RegisterField {
  readonly name: string;
  /** The object type the field holds (alone, in an array, or nullable), or null for plain values. */
  readonly object: RegisterObject | null;
  /** True for text of the notice, which `--script` converts (a string, a string or null, or a list of strings). */
  readonly text: boolean;
}

export const REGISTER_FIELDS: { readonly [K in RegisterObject]: readonly RegisterField[] } = {
  Register: [
    { name: 'schemaVersion', object: null, text: false },
    { name: 'source', object: 'RegisterSource', text: false },
    { name: 'pageMeta', object: 'PageMeta', text: false },
    { name: 'stripped', object: 'StrippedLine', text: false },
    { name: 'warnings', object: 'RegisterWarning', text: false },
    { name: 'documents', object: 'RegisterDocument', text: false },
  ],
  RegisterSource: [
    { name: 'path', object: null, text: false },
    { name: 'sha256', object: null, text: false },
    { name: 'encoding', object: null, text: false },
    { name: 'format', object: null, text: false },
    { name: 'script', object: null, text: false },
    { name: 'outputScript', object: null, text: false },
  ],
  PageMeta: [
    { name: 'date', object: null, text: false },
    { name: 'source', object: null, text: false },
    { name: 'views', object: null, text: false },
    { name: 'title', object: null, text: false },
    { name: 'docNumber', object: null, text: false },
    { name: 'url', object: null, text: false },
    { name: 'breadcrumb', object: null, text: false },
    { name: 'updated', object: null, text: false },
  ],
  StrippedLine: [
    { name: 'line', object: null, text: false },
    { name: 'rule', object: null, text: false },
    { name: 'reason', object: null, text: false },
    { name: 'text', object: null, text: false },
  ],
  RegisterWarning: [
    { name: 'line', object: null, text: false },
    { name: 'code', object: null, text: false },
    { name: 'message', object: null, text: false },
  ],
  Notice: [
    { name: 'title', object: null, text: true },
    { name: 'issuer', object: null, text: true },
    { name: 'docNumber', object: null, text: true },
    { name: 'date', object: null, text: false },
    { name: 'recipients', object: null, text: true },
    { name: 'body', object: null, text: true },
    { name: 'line', object: null, text: false },
  ],
  RecordMatter: [
    { name: 'keywords', object: null, text: true },
    { name: 'cc', object: null, text: true },
    { name: 'printedBy', object: null, text: true },
    { name: 'printedDate', object: null, text: false },
    { name: 'line', object: null, text: false },
  ],
  Deadline: [
    { name: 'text', object: null, text: true },
    { name: 'date', object: null, text: false },
  ],
  Target: [{ name: 'text', object: null, text: true }],
  Section: [
    { name: 'id', object: null, text: false },
    { name: 'marker', object: null, text: true },
    { name: 'level', object: null, text: false },
    { name: 'ordinal', object: null, text: false },
    { name: 'title', object: null, text: true },
    { name: 'intro', object: null, text: true },
    { name: 'sections', object: 'Section', text: false },
    { name: 'line', object: null, text: false },
  ],
  Task: [
    { name: 'id', object: null, text: false },
    { name: 'sectionId', object: null, text: false },
    { name: 'marker', object: null, text: true },
    { name: 'title', object: null, text: true },
    { name: 'text', object: null, text: true },
    { name: 'leads', object: null, text: true },
    { name: 'owners', object: null, text: true },
    { name: 'separately', object: null, text: false },
    { name: 'unitsText', object: null, text: true },
    { name: 'deadlines', object: 'Deadline', text: false },
    { name: 'targets', object: 'Target', text: false },
    { name: 'line', object: null, text: false },
    { name: 'column', object: null, text: false },
  ],
  RegisterDocument: [
    { name: 'index', object: null, text: false },
    { name: 'title', object: null, text: true },
    { name: 'notice', object: 'Notice', text: false },
    { name: 'issuer', object: null, text: true },
    { name: 'date', object: null, text: false },
    { name: 'year', object: null, text: false },
    { name: 'disclosure', object: null, text: true },
    { name: 'preamble', object: null, text: true },
    { name: 'closing', object: null, text: true },
    { name: 'record', object: 'RecordMatter', text: false },
    { name: 'script', object: null, text: false },
    { name: 'sections', object: 'Section', text: false },
    { name: 'tasks', object: 'Task', text: false },
    { name: 'line', object: null, text: false },
    { name: 'endLine', object: null, text: false },
  ],
};
