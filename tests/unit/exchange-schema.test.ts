import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cvrCheckDigit, isValidCvr, isValidYTunnus } from '@/lib/exchange/registration';
import { formatExchangeIssues, parseExchangeFile } from '@/lib/exchange/schema';

const minimal = () => ({
  format: 'industrivej/v1',
  networks: [{ ref: 'vestsjaelland', name: 'Industrivej Vestsjælland', country: 'DK', locale: 'da', center: { lat: 55.6531, lng: 11.6372 }, radiusKm: 25 }],
  companies: [
    {
      ref: 'co-17',
      name: 'Regstrup Plast ApS',
      country: 'DK',
      registrationNumber: '12345674',
      nace: ['22.29'],
      employees: 7,
      address: { street: 'Industrivej 4', postcode: '4420', city: 'Regstrup' },
      networks: ['vestsjaelland'],
    },
  ],
  listings: [
    {
      ref: 'li-204',
      company: 'co-17',
      kind: 'offer',
      category: 'capacity',
      title: 'Ledig kapacitet',
      description: 'Sprøjtestøbning.',
      quantity: 15,
      unit: 'timer/uge',
      availableFrom: '2027-01-01',
      availableUntil: '2027-06-30',
      visibility: 'network',
      status: 'open',
      language: 'da',
      themes: ['export'],
    },
  ],
  themes: [{ ref: 'export', network: 'vestsjaelland', title: 'Eksport', description: '…' }],
});

describe('registration numbers', () => {
  it('checks CVR modulus 11', () => {
    expect(isValidCvr('12345674')).toBe(true);
    expect(isValidCvr('12345675')).toBe(false);
    expect(isValidCvr('1234567')).toBe(false);
    expect(isValidCvr('02345674')).toBe(false);
    expect(cvrCheckDigit('1234567')).toBe(4);
  });
  it('checks Finnish Y-tunnus', () => {
    expect(isValidYTunnus('0112038-9')).toBe(true); // Nokia Oyj
    expect(isValidYTunnus('0112038-8')).toBe(false);
    expect(isValidYTunnus('01120389')).toBe(false);
  });
});

describe('industrivej/v1 exchange schema', () => {
  it('accepts the example from the format description', () => {
    const r = parseExchangeFile(minimal());
    expect(r.success).toBe(true);
  });

  it('accepts anything under top-level extensions, nothing unknown elsewhere', () => {
    const file = { ...minimal(), extensions: { demo: { anything: [1, 2] } } };
    expect(parseExchangeFile(file).success).toBe(true);
    const bad = minimal() as Record<string, unknown> & ReturnType<typeof minimal>;
    bad.extra = true;
    (bad.listings[0] as Record<string, unknown>).colour = 'red';
    const r = parseExchangeFile(bad);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.path).sort()).toEqual(['', 'listings[0]']);
    expect(r.issues.find((i) => i.path === 'listings[0]')!.message).toMatch(/colour/);
  });

  it('lists every error with its JSON path', () => {
    const file = minimal();
    Object.assign(file.listings[0]!, { category: 'snacks', availableFrom: '2027-07-01', title: '<b>Hej</b>' });
    Object.assign(file.companies[0]!, { registrationNumber: '12345675', nace: [], employees: 'seven' });
    file.companies[0]!.address.postcode = '442';
    const r = parseExchangeFile(file);
    expect(r.success).toBe(false);
    if (r.success) return;
    const paths = r.issues.map((i) => i.path).sort();
    expect(paths).toEqual([
      'companies[0].address.postcode',
      'companies[0].employees',
      'companies[0].nace',
      'companies[0].registrationNumber',
      'listings[0].availableUntil',
      'listings[0].category',
      'listings[0].title',
    ]);
    expect(formatExchangeIssues(r.issues)).toMatch(/^listings\[0\]\.category: .*expected one of/m);
  });

  it('rejects references that resolve neither in the file nor to known records, and duplicate refs', () => {
    const file = minimal();
    file.listings[0]!.company = 'co-missing';
    file.listings[0]!.themes = ['nope'];
    file.companies.push({ ...file.companies[0]!, registrationNumber: '87824160', networks: ['elsewhere'] });
    const r = parseExchangeFile(file);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.path).sort()).toEqual(['companies[1].networks[0]', 'companies[1].ref', 'listings[0].company', 'listings[0].themes[0]']);
    // The same file is fine when the database already has those records.
    const fixed = minimal();
    fixed.listings[0]!.company = 'co-existing';
    expect(parseExchangeFile(fixed, { companies: new Set(['co-existing']) }).success).toBe(true);
  });

  it('validates the bundled demo area', () => {
    const raw = JSON.parse(readFileSync(path.join(process.cwd(), 'db/seed/demo-area.json'), 'utf8')) as unknown;
    const r = parseExchangeFile(raw);
    expect(r.success ? [] : r.issues).toEqual([]);
  });
});
