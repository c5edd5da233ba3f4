import type {
  Deadline, Notice, PageMeta, RecordMatter, Register, RegisterDocument, RegisterSource, RegisterWarning,
  Section, StrippedLine, Target, Task,
} from '../core/register.js';

// Rebuilds every object with its keys in the order of the interfaces in src/core/register.ts (and
// of `properties` in schemas/register.schema.json), whatever order the stages built them in, so
// output is stable. The object literals also make the compiler flag a field added to a type here.

const PAGE_META_KEYS = ['date', 'source', 'views', 'title', 'docNumber', 'url', 'breadcrumb', 'updated'] as const;

function pageMeta(m: PageMeta): PageMeta {
  const out: Record<string, string> = {};
  for (const key of PAGE_META_KEYS) {
    const value = m[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

const source = (s: RegisterSource): RegisterSource => ({
  path: s.path, sha256: s.sha256, encoding: s.encoding, format: s.format, script: s.script, outputScript: s.outputScript,
});
const stripped = (s: StrippedLine): StrippedLine => ({ line: s.line, rule: s.rule, reason: s.reason, text: s.text });
const warning = (w: RegisterWarning): RegisterWarning => ({ line: w.line, code: w.code, message: w.message });
const notice = (n: Notice): Notice => ({
  title: n.title, issuer: n.issuer, docNumber: n.docNumber, date: n.date, recipients: n.recipients, body: n.body, line: n.line,
});
const record = (r: RecordMatter): RecordMatter => ({
  keywords: r.keywords, cc: r.cc, printedBy: r.printedBy, printedDate: r.printedDate, line: r.line,
});
const deadline = (d: Deadline): Deadline => ({ text: d.text, date: d.date });
const target = (t: Target): Target => ({ text: t.text });

function section(s: Section): Section {
  // A loop, not s.sections.map(section): TurboFan inlined map with this function inside it level
  // after level, ~80 ms of background compiling for one function in every batch worker.
  const sections: Section[] = [];
  for (const child of s.sections) sections.push(section(child));
  return { id: s.id, marker: s.marker, level: s.level, ordinal: s.ordinal, title: s.title, intro: s.intro, sections, line: s.line };
}

const task = (t: Task): Task => ({
  id: t.id, sectionId: t.sectionId, marker: t.marker, title: t.title, text: t.text,
  leads: [...t.leads], owners: [...t.owners], separately: t.separately, unitsText: t.unitsText,
  deadlines: t.deadlines.map(deadline), targets: t.targets.map(target), line: t.line, column: t.column,
});

const document = (d: RegisterDocument): RegisterDocument => ({
  index: d.index, title: d.title, notice: d.notice === null ? null : notice(d.notice), issuer: d.issuer,
  date: d.date, year: d.year, disclosure: d.disclosure, preamble: d.preamble, closing: d.closing,
  record: d.record === null ? null : record(d.record), script: d.script, sections: d.sections.map(section),
  tasks: d.tasks.map(task), line: d.line, endLine: d.endLine,
});

/** A copy of the register with keys in schema order and nothing but schema fields. */
export function canonicalRegister(r: Register): Register {
  return {
    schemaVersion: r.schemaVersion,
    source: source(r.source),
    pageMeta: pageMeta(r.pageMeta),
    stripped: r.stripped.map(stripped),
    warnings: r.warnings.map(warning),
    documents: r.documents.map(document),
  };
}
