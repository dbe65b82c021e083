import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('message catalogs', () => {
  const da = keys(loadMessages('da')).sort();
  it.each(LOCALES.filter((l) => l !== 'da'))('%s has exactly the Danish keys', (locale) => {
    expect(keys(loadMessages(locale)).sort()).toEqual(da);
  });
  it('has no empty strings', () => {
    for (const locale of LOCALES) {
      const flat = keys(loadMessages(locale));
      const msgs = loadMessages(locale);
      for (const path of flat) {
        const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], msgs);
        expect(typeof value === 'string' && value.trim().length > 0, `${locale}:${path}`).toBe(true);
      }
    }
  });
});
