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
});
