import { describe, expect, it } from 'vitest';
import { inviteColleagueSchema, companyInputSchema, directoryFiltersSchema, employeeBand, hasHtml, updateCompanySchema } from '@/lib/validations/companies';
import { localizeIssues } from '@/lib/validations/issues';

const valid = {
  name: 'Regstrup Maskinfabrik ApS',
  country: 'DK',
  registrationNumber: '24256790',
  nace: ['25.62'],
  employees: '7',
  street: 'Industrivej 4',
  postcode: '4420',
  city: '',
  lat: '',
  lng: '',
  languages: ['da', 'de'],
  description: '',
  website: '',
  email: '',
  phone: '',
};

/** The localized-message keys per field, as the form would show them. */
function errorKeys(input: Record<string, unknown>) {
  const r = companyInputSchema.safeParse(input);
  if (r.success) return {};
  return localizeIssues(r.error.issues, (k) => k);
}

describe('company input schema', () => {
  it('accepts a complete form and normalises it', () => {
    const r = companyInputSchema.parse({
      ...valid,
      registrationNumber: 'DK 24 25 67 90',
      website: 'firma.dk',
      email: ' Info@Firma.DK ',
      phone: '+45  12 34 56 78',
      nace: ['25.62', '25.62', '28.4'],
    });
    expect(r).toMatchObject({
      registrationNumber: '24256790',
      website: 'https://firma.dk',
      email: 'info@firma.dk',
      phone: '+45 12 34 56 78',
      nace: ['25.62', '28.4'],
      employees: 7,
      city: undefined,
      lat: undefined,
      description: undefined,
    });
  });

  it('accepts a single checkbox value and no languages at all (FormData shapes)', () => {
    expect(companyInputSchema.parse({ ...valid, nace: '25.62', languages: 'da' })).toMatchObject({ nace: ['25.62'], languages: ['da'] });
    const { languages: _l, ...noLanguages } = valid;
    expect(companyInputSchema.parse(noLanguages).languages).toEqual([]);
  });

  it('rejects a wrong CVR and a Y-tunnus given for Denmark, on the field', () => {
    expect(errorKeys({ ...valid, registrationNumber: '24256791' })).toEqual({ registrationNumber: ['companies.validation.cvrChecksum'] });
    expect(errorKeys({ ...valid, registrationNumber: '0112038-9' })).toEqual({ registrationNumber: ['companies.validation.cvrFormat'] });
    expect(errorKeys({ ...valid, country: 'FI', registrationNumber: '24256790', postcode: '00100' })).toEqual({
      registrationNumber: ['companies.validation.ytunnusChecksum'],
    });
    expect(companyInputSchema.parse({ ...valid, country: 'FI', registrationNumber: 'FI01120389', postcode: '00100' }).registrationNumber).toBe('0112038-9');
  });

  it('rejects an unknown country and a postcode of the wrong shape for the country', () => {
    expect(errorKeys({ ...valid, country: 'SE' })).toHaveProperty('country', ['validation.invalidOption']);
    expect(errorKeys({ ...valid, postcode: '00100' })).toEqual({ postcode: ['companies.validation.postcodeDK'] });
    expect(errorKeys({ ...valid, country: 'FI', registrationNumber: '0112038-9', postcode: '4420' })).toEqual({
      postcode: ['companies.validation.postcodeFI'],
    });
  });

  it('rejects HTML in the name and the description', () => {
    expect(errorKeys({ ...valid, name: '<script>alert(1)</script>' })).toEqual({ name: ['validation.noHtml'] });
    expect(errorKeys({ ...valid, name: 'Firma <b>ApS</b>' })).toEqual({ name: ['validation.noHtml'] });
    expect(errorKeys({ ...valid, description: 'Hej <img src=x onerror=alert(1)>' })).toEqual({ description: ['validation.noHtml'] });
    // Ordinary text with angle brackets is not markup.
    expect(errorKeys({ ...valid, description: 'Ordrer < 5 stk. og > 100 stk.' })).toEqual({});
    expect(hasHtml('a <3 b')).toBe(false);
  });

  it('rejects oversized input (a 20 MB description, a long name)', () => {
    expect(errorKeys({ ...valid, description: 'x'.repeat(20 * 1024 * 1024) })).toEqual({ description: ['validation.tooLong'] });
    expect(errorKeys({ ...valid, name: 'N'.repeat(121) })).toEqual({ name: ['validation.tooLong'] });
    expect(errorKeys({ ...valid, name: 'N' })).toEqual({ name: ['validation.tooShort'] });
  });

  it('needs 1–5 NACE codes of the right shape', () => {
    expect(errorKeys({ ...valid, nace: [] })).toEqual({ nace: ['companies.validation.naceRequired'] });
    expect(errorKeys({ ...valid, nace: ['01.11', '01.12', '01.13', '01.14', '01.15', '01.16'] })).toEqual({ nace: ['companies.validation.naceTooMany'] });
    expect(errorKeys({ ...valid, nace: ['C'] })).toEqual({ nace: ['companies.validation.naceUnknown'] });
  });

  it('checks employees, website, e-mail, phone and languages', () => {
    expect(errorKeys({ ...valid, employees: '0' })).toEqual({ employees: ['companies.validation.employees'] });
    expect(errorKeys({ ...valid, employees: '2.5' })).toEqual({ employees: ['companies.validation.employees'] });
    expect(errorKeys({ ...valid, employees: '' })).toHaveProperty('employees');
    expect(errorKeys({ ...valid, website: 'http://firma.dk' })).toEqual({ website: ['validation.invalidUrl'] });
    expect(errorKeys({ ...valid, website: 'javascript:alert(1)' })).toEqual({ website: ['validation.invalidUrl'] });
    expect(errorKeys({ ...valid, email: 'not-an-email' })).toEqual({ email: ['validation.invalidEmail'] });
    expect(errorKeys({ ...valid, phone: 'ring mig' })).toEqual({ phone: ['companies.validation.phone'] });
    expect(errorKeys({ ...valid, languages: ['da', 'xx'] })).toHaveProperty('languages');
  });

  it('checks the location: both or neither, and inside the country', () => {
    expect(companyInputSchema.parse({ ...valid, lat: '55,65', lng: '11.63' })).toMatchObject({ lat: 55.65, lng: 11.63 });
    expect(errorKeys({ ...valid, lat: '55.65' })).toEqual({ lng: ['companies.validation.locationPair'] });
    expect(errorKeys({ ...valid, lat: '11.63', lng: '55.65' })).toEqual({ lat: ['companies.validation.locationOutside'] });
    expect(errorKeys({ ...valid, lat: 'north', lng: '11' })).toHaveProperty('lat', ['validation.invalidValue']);
  });

  it('needs a ref for updates', () => {
    expect(updateCompanySchema.safeParse(valid).success).toBe(false);
    expect(updateCompanySchema.parse({ ...valid, ref: 'co-abc' }).ref).toBe('co-abc');
  });
});

describe('team and directory inputs', () => {
  it('normalises a colleague e-mail', () => {
    expect(inviteColleagueSchema.parse({ companyRef: 'co-x', email: ' Kollega@Firma.DK ' })).toEqual({
      companyRef: 'co-x',
      email: 'kollega@firma.dk',
      locale: 'da',
    });
    expect(inviteColleagueSchema.parse({ companyRef: 'co-x', email: 'a@b.dk', locale: 'fi' }).locale).toBe('fi');
    expect(inviteColleagueSchema.safeParse({ companyRef: 'co-x', email: 'nope' }).success).toBe(false);
  });

  it('falls back to "no filter" for bad URL values', () => {
    expect(directoryFiltersSchema.parse({ size: '2-9', sector: 'C', page: '3' })).toMatchObject({ size: '2-9', sector: 'C', page: 3 });
    expect(directoryFiltersSchema.parse({ size: 'huge', sector: 'Z9', page: '-1', q: 'x'.repeat(500) })).toEqual({
      page: 1,
      size: undefined,
      sector: undefined,
      q: undefined,
      network: undefined,
      town: undefined,
    });
  });

  it('puts head counts in bands', () => {
    expect([1, 2, 9, 10, 49, 50, 500].map(employeeBand)).toEqual(['1', '2-9', '2-9', '10-49', '10-49', '50+', '50+']);
    expect(employeeBand(null)).toBeNull();
    expect(employeeBand(0)).toBeNull();
  });
});
