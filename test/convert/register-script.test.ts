import { describe, expect, it } from 'vitest';
import { convertRegisterScript } from '../../src/convert/register-script.js';
import { sampleRegister } from '../register/sample-register.js';

/** Marks converted text, so a field that was skipped shows. */
const mark = (text: string): string => `‹${text}›`;

describe('convertRegisterScript', () => {
  const register = sampleRegister();
  const converted = convertRegisterScript(register, mark);
  const notice = register.documents[0].notice!;

  it.each(['title', 'issuer', 'docNumber', 'recipients', 'body'] as const)('converts notice.%s', (key) => {
    expect(notice[key]).not.toBeNull();
    expect(converted.documents[0].notice![key]).toBe(mark(notice[key]!));
  });

  it.each([['date'], ['line']] as const)('keeps notice.%s as it is', (key) => {
    expect(converted.documents[0].notice![key]).toBe(notice[key]);
  });

  it('keeps a null body null', () => {
    const withoutBody = sampleRegister({ documents: [{ ...register.documents[0], notice: { ...notice, body: null } }] });
    expect(convertRegisterScript(withoutBody, mark).documents[0].notice!.body).toBeNull();
  });

  // The text fields, listed by hand from the schema's descriptions: what --script must convert.
  const TEXT = {
    document: ['title', 'issuer', 'disclosure', 'preamble', 'closing'],
    notice: ['title', 'issuer', 'docNumber', 'recipients', 'body'],
    record: ['keywords', 'cc', 'printedBy'],
    section: ['marker', 'title', 'intro'],
    task: ['marker', 'title', 'text', 'unitsText'],
  };

  /** Each field of `after` is `before`'s converted when it is listed, and unchanged otherwise. */
  function expectConverted(before: object, after: object, listed: readonly string[]): void {
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [key, value] of Object.entries(before)) {
      const got = (after as Record<string, unknown>)[key];
      if (listed.includes(key) && value !== null) expect(got, key).toBe(mark(value));
      else if (value === null || typeof value !== 'object') expect(got, key).toBe(value);
    }
  }

  it('converts exactly the text fields of every part of a document', () => {
    const doc = register.documents[0];
    const out = converted.documents[0];
    expectConverted(doc, out, TEXT.document);
    expectConverted(doc.notice!, out.notice!, TEXT.notice);
    const withRecord = sampleRegister({
      documents: [
        { ...doc, record: { keywords: '主题词', cc: '抄送单位', printedBy: '办公室', printedDate: '2020-01-02', line: 9 } },
      ],
    });
    const record = withRecord.documents[0].record!;
    expectConverted(record, convertRegisterScript(withRecord, mark).documents[0].record!, TEXT.record);
    expectConverted(doc.sections[0], out.sections[0], TEXT.section);
    expectConverted(doc.sections[0].sections[0], out.sections[0].sections[0], TEXT.section);
    doc.tasks.forEach((task, i) => {
      const taskOut = out.tasks[i];
      expectConverted(task, taskOut, TEXT.task);
      expect(taskOut.leads).toEqual(task.leads.map(mark));
      expect(taskOut.owners).toEqual(task.owners.map(mark));
      expect(taskOut.deadlines).toEqual(task.deadlines.map((d) => ({ text: mark(d.text), date: d.date })));
      expect(taskOut.targets).toEqual(task.targets.map((t) => ({ text: mark(t.text) })));
    });
    expect(doc.tasks.some((t) => t.targets.length > 0 && t.deadlines.length > 0 && t.owners.length > 0)).toBe(true);
  });

  it('keeps source, page facts, stripped lines and warnings as they were', () => {
    expect(converted.source).toBe(register.source);
    expect(converted.pageMeta).toBe(register.pageMeta);
    expect(converted.stripped).toBe(register.stripped);
    expect(converted.warnings).toBe(register.warnings);
  });
});
