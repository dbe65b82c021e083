import { describe, expect, it } from 'vitest';
import { expressInterestSchema, proposeIntroductionSchema, respondSchema } from '@/lib/validations/introductions';
import { localizeIssues } from '@/lib/validations/issues';

// Keys as the form would look them up (messagePath), with their values, instead of a catalog.
const keysOf = (issues: Parameters<typeof localizeIssues>[0]) => localizeIssues(issues, (k, v) => (v ? `${k}:${JSON.stringify(v)}` : k));

describe('express interest input', () => {
  it('needs a message of 1–1000 characters of plain text, trimmed and NFC-normalised', () => {
    const ok = expressInterestSchema.parse({ toListingRef: 'li-1', message: '  Kan I levere 500 stk. <5 mm? \u0061\u030a ' });
    expect(ok).toEqual({ toListingRef: 'li-1', message: 'Kan I levere 500 stk. <5 mm? å' });
    const errors = (message: string) => {
      const r = expressInterestSchema.safeParse({ toListingRef: 'li-1', message });
      return r.success ? {} : keysOf(r.error.issues);
    };
    expect(errors('   ')).toEqual({ message: ['validation.required'] });
    expect(errors('x'.repeat(1001))).toEqual({ message: ['validation.tooLong:{"max":1000}'] });
    expect(errors('x'.repeat(1000))).toEqual({});
    expect(errors('Se <a href="x">her</a>')).toEqual({ message: ['validation.noHtml'] });
    const missing = expressInterestSchema.safeParse({ message: 'Hej' });
    expect(missing.success ? {} : keysOf(missing.error.issues)).toEqual({ toListingRef: ['validation.required'] });
  });

  it('treats empty optional refs as not given', () => {
    expect(expressInterestSchema.parse({ toListingRef: 'li-1', message: 'Hej', fromListingRef: '', companyRef: ' ' })).toEqual({
      toListingRef: 'li-1',
      message: 'Hej',
    });
  });
});

describe('answers and proposals', () => {
  it('accepts accept/decline with an optional short reply', () => {
    const id = '6a1f6a52-1c2b-4c3d-8e9f-0a1b2c3d4e5f';
    expect(respondSchema.parse({ introductionId: id, decision: 'accept', reply: '' })).toEqual({ introductionId: id, decision: 'accept' });
    expect(respondSchema.safeParse({ introductionId: id, decision: 'maybe' }).success).toBe(false);
    expect(respondSchema.safeParse({ introductionId: id, decision: 'decline', reply: 'x'.repeat(501) }).success).toBe(false);
    expect(respondSchema.safeParse({ introductionId: 'not-a-uuid', decision: 'accept' }).success).toBe(false);
  });

  it('needs two different firms and a message', () => {
    const base = { networkRef: 'vestsjaelland', fromCompanyRef: 'co-a', toCompanyRef: 'co-b', message: 'Tal sammen' };
    expect(proposeIntroductionSchema.parse({ ...base, toListingRef: '' })).toEqual(base);
    const same = proposeIntroductionSchema.safeParse({ ...base, toCompanyRef: 'co-a' });
    expect(same.success ? {} : keysOf(same.error.issues)).toEqual({ toCompanyRef: ['introductions.validation.sameFirm'] });
    const empty = proposeIntroductionSchema.safeParse({ ...base, message: '' });
    expect(empty.success ? {} : keysOf(empty.error.issues)).toEqual({ message: ['validation.required'] });
  });
});
