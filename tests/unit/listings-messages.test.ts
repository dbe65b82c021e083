import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LISTING_CATEGORIES, LISTING_KINDS, VISIBILITIES } from '@/db/schema';
import { LOCALES } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';
import { NACE_SECTION_LETTERS, sectorPrefixes } from '@/lib/listings/sectors';

const get = (obj: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);

describe('listings catalogs', () => {
  const source = readFileSync('lib/validations/listings.ts', 'utf8') + readFileSync('lib/dal/listings.ts', 'utf8');
  const keys = [...new Set(source.match(/listings\.validation\.[a-zA-Z]+/g) ?? [])];

  it.each(LOCALES)('%s has every message key the schema and the UI use', (locale) => {
    const m = loadMessages(locale);
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) expect(typeof get(m, key), key).toBe('string');
    for (const k of LISTING_KINDS) expect(typeof get(m, `listings.kinds.${k}`)).toBe('string');
    for (const c of LISTING_CATEGORIES) expect(typeof get(m, `listings.categories.${c}`)).toBe('string');
    for (const v of VISIBILITIES) expect(typeof get(m, `listings.visibility.${v}`)).toBe('string');
    for (const s of ['active', 'paused', 'closed', 'expired']) expect(typeof get(m, `listings.states.${s}`)).toBe('string');
    for (const s of NACE_SECTION_LETTERS) expect(typeof get(m, `listings.sectors.${s}`)).toBe('string');
    for (const c of ['pause', 'resume', 'close', 'closedIsFinal']) expect(typeof get(m, `listings.errors.${c}`)).toBe('string');
  });
});

describe('sectorPrefixes', () => {
  it('expands a section to its divisions and keeps a code as is', () => {
    expect(sectorPrefixes('C')).toHaveLength(24);
    expect(sectorPrefixes('c')[0]).toBe('10');
    expect(sectorPrefixes('H')).toEqual(['49', '50', '51', '52', '53']);
    expect(sectorPrefixes('25.6')).toEqual(['25.6']);
    expect(sectorPrefixes('x')).toEqual([]);
  });
});
