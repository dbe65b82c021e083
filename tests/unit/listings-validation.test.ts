import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expiryDayToTimestamp, hasHtml, listingEditSchema, listingSchema, parseBrowseParams } from '@/lib/validations/listings';
import { localizeIssues } from '@/lib/validations/issues';

const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ''}`;

const valid = {
  kind: 'offer',
  category: 'capacity',
  title: 'Ledig CNC-kapacitet',
  description: 'Fræser og drejebænk har ledige timer om eftermiddagen.',
  visibility: 'network',
  language: 'da',
};

function errors(input: Record<string, unknown>) {
  const r = listingSchema.safeParse(input);
  return r.success ? {} : localizeIssues(r.error.issues, t);
}

describe('listingSchema', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2027-01-15T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('accepts a minimal listing and fills the defaults', () => {
    const r = listingSchema.parse({ kind: 'need', category: 'staff', title: 'Deltidsmedarbejder til lager' });
    expect(r).toMatchObject({ kind: 'need', category: 'staff', description: '', visibility: 'network', expiresOn: '2027-04-15' });
    expect(r.language).toBeUndefined();
    expect(r.quantity).toBeUndefined();
  });

  it('treats empty form fields as not given and reads a decimal comma', () => {
    const r = listingSchema.parse({ ...valid, quantity: '2,5', unit: 'dage/uge', availableFrom: '', availableUntil: '', lat: '', lng: '', expiresOn: '' });
    expect(r.quantity).toBe(2.5);
    expect(r.unit).toBe('dage/uge');
    expect(r.availableFrom).toBeUndefined();
    expect(r.lat).toBeUndefined();
  });

  it('normalises whitespace in the title', () => {
    expect(listingSchema.parse({ ...valid, title: '  Ledig   kapacitet \n' }).title).toBe('Ledig kapacitet');
  });

  it('rejects an unknown kind and an unknown category', () => {
    expect(errors({ ...valid, kind: 'swap' })).toEqual({ kind: ['validation.invalidOption'] });
    expect(errors({ ...valid, category: 'software' })).toEqual({ category: ['validation.invalidOption'] });
  });

  it('requires kind, category and title', () => {
    const e = errors({});
    expect(Object.keys(e).sort()).toEqual(['category', 'kind', 'title']);
  });

  it('enforces the title length', () => {
    expect(errors({ ...valid, title: 'ab' })).toEqual({ title: ['validation.tooShort{"min":3}'] });
    expect(errors({ ...valid, title: 'x'.repeat(121) })).toEqual({ title: ['validation.tooLong{"max":120}'] });
    expect(errors({ ...valid, title: 'x'.repeat(120) })).toEqual({});
  });

  it('rejects HTML in the title and the description', () => {
    expect(errors({ ...valid, title: '<b>Gratis</b> palleløfter' })).toEqual({ title: ['validation.noHtml'] });
    expect(errors({ ...valid, title: 'Hej <script>alert(1)</script>' })).toEqual({ title: ['validation.noHtml'] });
    expect(errors({ ...valid, description: 'Se <a href="x">her</a>' })).toEqual({ description: ['validation.noHtml'] });
    expect(errors({ ...valid, description: 'Kommentar <!-- skjult -->' })).toEqual({ description: ['validation.noHtml'] });
  });

  it('allows angle brackets that are not tags', () => {
    expect(hasHtml('Under < 5 stk og > 2 m')).toBe(false);
    expect(errors({ ...valid, title: 'Paller < 5 stk' })).toEqual({});
  });

  it('rejects a 20 MB description quickly, with a length error', () => {
    const started = Date.now();
    const e = errors({ ...valid, description: 'ø'.repeat(20 * 1024 * 1024) });
    expect(e).toEqual({ description: ['validation.tooLong{"max":5000}'] });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(errors({ ...valid, description: 'a'.repeat(5000) })).toEqual({});
  });

  it('requires a positive quantity, and a unit with it (and vice versa)', () => {
    expect(errors({ ...valid, quantity: '-3', unit: 'timer' })).toEqual({ quantity: ['validation.tooSmall{"min":0}'] });
    expect(errors({ ...valid, quantity: '0', unit: 'timer' })).toEqual({ quantity: ['validation.tooSmall{"min":0}'] });
    expect(errors({ ...valid, quantity: 'mange', unit: 'timer' })).toEqual({ quantity: ['listings.validation.number'] });
    expect(errors({ ...valid, quantity: '15' })).toEqual({ unit: ['listings.validation.unitRequired'] });
    expect(errors({ ...valid, unit: 'timer' })).toEqual({ quantity: ['listings.validation.quantityRequired'] });
    expect(errors({ ...valid, quantity: 15, unit: 'x'.repeat(31) })).toEqual({ unit: ['validation.tooLong{"max":30}'] });
  });

  it('puts a window that ends before it starts on the availableUntil field', () => {
    expect(errors({ ...valid, availableFrom: '2027-03-01', availableUntil: '2027-02-01' })).toEqual({
      availableUntil: ['listings.validation.untilBeforeFrom'],
    });
    expect(errors({ ...valid, availableFrom: '2027-03-01', availableUntil: '2027-03-01' })).toEqual({});
    expect(errors({ ...valid, availableUntil: '2027-02-30' })).toEqual({ availableUntil: ['validation.invalidDate'] });
  });

  it('checks the location override: within bounds and both coordinates', () => {
    expect(errors({ ...valid, lat: '55.65', lng: '11.63' })).toEqual({});
    expect(errors({ ...valid, lat: '55.63', lng: '155.65' })).toEqual({ lng: ['validation.tooBig{"max":45}'] });
    expect(errors({ ...valid, lat: '-55.6', lng: '11.6' })).toEqual({ lat: ['validation.tooSmall{"min":34}'] });
    expect(errors({ ...valid, lat: '55.65' })).toEqual({ lng: ['listings.validation.latLngPair'] });
  });

  it('rejects an unknown visibility and defaults to network', () => {
    expect(errors({ ...valid, visibility: 'everyone' })).toEqual({ visibility: ['validation.invalidOption'] });
    expect(listingSchema.parse({ ...valid, visibility: '' }).visibility).toBe('network');
  });

  it('wants the expiry in the future and at most a year ahead', () => {
    expect(errors({ ...valid, expiresOn: '2027-01-15' })).toEqual({ expiresOn: ['listings.validation.expiryInPast'] });
    expect(errors({ ...valid, expiresOn: '2026-12-01' })).toEqual({ expiresOn: ['listings.validation.expiryInPast'] });
    expect(errors({ ...valid, expiresOn: '2027-01-16' })).toEqual({});
    expect(errors({ ...valid, expiresOn: '2028-01-16' })).toEqual({});
    expect(errors({ ...valid, expiresOn: '2028-06-01' })).toEqual({ expiresOn: ['listings.validation.expiryTooFar'] });
  });

  it('accepts ISO 639-1 languages only', () => {
    expect(listingSchema.parse({ ...valid, language: 'SV' }).language).toBe('sv');
    expect(errors({ ...valid, language: 'xx' })).toEqual({ language: ['listings.validation.language'] });
    expect(errors({ ...valid, language: 'dansk' })).toEqual({ language: ['listings.validation.language'] });
  });

  it('edit needs a well-formed ref', () => {
    expect(listingEditSchema.safeParse({ ...valid, ref: 'li-abc234defg' }).success).toBe(true);
    expect(listingEditSchema.safeParse({ ...valid, ref: "li-x' or 1=1" }).success).toBe(false);
  });

  it('stores the expiry as the end of the day', () => {
    expect(expiryDayToTimestamp('2027-03-31').toISOString()).toBe('2027-03-31T23:59:59.999Z');
  });
});

describe('parseBrowseParams', () => {
  it('keeps valid filters', () => {
    expect(
      parseBrowseParams({ kind: 'need', category: 'staff', sector: 'c', km: '15', q: ' svejsning ', sort: 'nearest', page: '2', network: 'net-x' }),
    ).toEqual({
      kind: 'need',
      category: 'staff',
      sector: 'C',
      km: 15,
      q: 'svejsning',
      sort: 'nearest',
      page: 2,
      network: 'net-x',
    });
  });

  it('drops bad parameters instead of failing', () => {
    const f = parseBrowseParams({ kind: 'swap', category: '', sector: '1', km: '-4', sort: 'random', page: 'abc', q: 'x'.repeat(500) });
    expect(f).toEqual({ kind: undefined, category: undefined, sector: undefined, km: undefined, sort: undefined, q: undefined, network: undefined, page: 1 });
  });

  it('reads the first of repeated parameters and accepts NACE prefixes', () => {
    expect(parseBrowseParams({ kind: ['offer', 'need'], sector: '25.6' })).toMatchObject({ kind: 'offer', sector: '25.6' });
  });
});
