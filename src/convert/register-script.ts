import type { Register, RegisterDocument, Script, Section, Task } from '../core/register.js';

/** Converts one text from the script it was detected in to the requested one. */
export type TextConverter = (text: string, script: Script) => string;

/**
 * Converts every text field of a register to another script. Source facts (path, hash,
 * encoding, detected script) and the audit of stripped lines stay as they were received.
 */
export function convertRegisterScript(register: Register, convert: TextConverter): Register {
  return { ...register, documents: register.documents.map((doc) => convertDocument(doc, convert)) };
}

function convertDocument(doc: RegisterDocument, convert: TextConverter): RegisterDocument {
  const c = (text: string | null): string | null => (text === null ? null : convert(text, doc.script));
  return {
    ...doc,
    title: c(doc.title),
    notice: doc.notice && {
      ...doc.notice,
      title: c(doc.notice.title),
      issuer: c(doc.notice.issuer),
      docNumber: c(doc.notice.docNumber),
      recipients: c(doc.notice.recipients),
      body: c(doc.notice.body),
    },
    issuer: c(doc.issuer),
    disclosure: c(doc.disclosure),
    preamble: c(doc.preamble),
    closing: c(doc.closing),
    record: doc.record && {
      ...doc.record,
      keywords: c(doc.record.keywords),
      cc: c(doc.record.cc),
      printedBy: c(doc.record.printedBy),
    },
    sections: doc.sections.map((s) => convertSection(s, (t) => convert(t, doc.script))),
    tasks: doc.tasks.map((t) => convertTask(t, (x) => convert(x, doc.script))),
  };
}

function convertSection(section: Section, c: (text: string) => string): Section {
  return {
    ...section,
    marker: c(section.marker),
    title: c(section.title),
    intro: section.intro === null ? null : c(section.intro),
    sections: section.sections.map((s) => convertSection(s, c)),
  };
}

function convertTask(task: Task, c: (text: string) => string): Task {
  return {
    ...task,
    marker: task.marker === null ? null : c(task.marker),
    title: task.title === null ? null : c(task.title),
    text: c(task.text),
    leads: task.leads.map(c),
    owners: task.owners.map(c),
    unitsText: task.unitsText === null ? null : c(task.unitsText),
    deadlines: task.deadlines.map((d) => ({ ...d, text: c(d.text) })),
    targets: task.targets.map((t) => ({ text: c(t.text) })),
  };
}
