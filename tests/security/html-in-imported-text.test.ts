// Finding (issue 14, Low): raw HTML from imports was stored and returned by the API — the exchange
// format's long texts (descriptions of firms, listings, themes, networks) took any string, while the
// forms refused tags. Now every path in builds its free text from one helper
// (lib/validations/text.ts plainText): markup is refused, by the form with the localized
// `validation.noHtml` and by the importer with the value's JSON path; nothing is written.
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { listings } from '@/db/schema';
import { importExchange } from '@/lib/exchange/import';
import { parseExchangeFile } from '@/lib/exchange/schema';
import { createApiTokenSchema } from '@/lib/validations/api-tokens';
import { nameSchema } from '@/lib/validations/auth';
import { companyInputSchema } from '@/lib/validations/companies';
import { expressInterestSchema } from '@/lib/validations/introductions';
import { listingSchema } from '@/lib/validations/listings';
import { createNetworkSchema, membershipRequestSchema } from '@/lib/validations/networks';
import { hasMarkup } from '@/lib/validations/text';
import { themeCreateSchema } from '@/lib/validations/themes';
import { setupTestDb } from '../integration/helpers/db';
import { rowCounts, smallFile } from '../integration/helpers/exchange';

const db = setupTestDb();

const MARKUP = ['<script>alert(1)</script>', 'Se <img src=x onerror=alert(1)>', '<!-- x -->', '< a href="https://evil.example">klik</a>', '</p>tekst'];
const PLAIN = ['Mindst < 5 stk.', 'a<5 og b>3', '3 <= 4', 'Vi <3 plast', 'Pris: 100 kr. > 50 kr.'];

beforeAll(async () => {
  expect((await importExchange(db(), smallFile())).ok).toBe(true);
});

describe('the exchange import refuses markup in every free-text field', () => {
  type File = ReturnType<typeof smallFile> & { extensions?: unknown };
  const cases: [string, (f: File, html: string) => void, string][] = [
    ['a listing description', (f, h) => void (f.listings[0]!.description = h), 'listings[0].description'],
    ['a listing title', (f, h) => void (f.listings[1]!.title = `Transport ${h}`), 'listings[1].title'],
    ['a firm description', (f, h) => void Object.assign(f.companies[0]!, { description: h }), 'companies[0].description'],
    ['a firm name', (f, h) => void (f.companies[1]!.name = `Smed ${h}`), 'companies[1].name'],
    ['a theme description', (f, h) => void (f.themes[0]!.description = h), 'themes[0].description'],
    [
      'a network description (extension)',
      (f, h) => void (f.extensions = { industrivej: { networks: { vest: { description: h } } } }),
      'extensions.industrivej.networks.vest.description',
    ],
  ];

  it.each(cases)('%s: refused with its JSON path, nothing written', async (_name, spoil, path) => {
    for (const html of MARKUP) {
      const before = await rowCounts(db());
      const file = smallFile() as File;
      spoil(file, html);
      const result = await importExchange(db(), file);
      expect(result.ok, html).toBe(false);
      if (result.ok) return;
      expect(result.issues, html).toContainEqual({ path, message: 'HTML is not allowed here' });
      expect(await rowCounts(db())).toEqual(before);
    }
  });

  it('keeps plain text with "<" that is not markup, as written', async () => {
    const file = smallFile();
    file.listings[0]!.description = PLAIN.join('\n');
    expect(parseExchangeFile(file).success).toBe(true);
    const result = await importExchange(db(), file);
    expect(result.ok).toBe(true);
    const [n] = await db().select({ n: count() }).from(listings);
    expect(n!.n).toBeGreaterThan(0);
  });
});

describe('the forms and the API refuse the same markup with the localized key', () => {
  const listing = { kind: 'offer', category: 'equipment', title: 'Palleløfter', description: 'Kan lånes.', visibility: 'public' };
  const company = { name: 'Test ApS', country: 'DK', registrationNumber: '12345674', nace: ['25.62'], postcode: '4420', city: 'Regstrup' };
  const forms: [string, (html: string) => { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }, string][] = [
    ['listing description', (h) => listingSchema.safeParse({ ...listing, description: h }), 'description'],
    ['listing title', (h) => listingSchema.safeParse({ ...listing, title: `Palleløfter ${h}` }), 'title'],
    ['listing unit', (h) => listingSchema.safeParse({ ...listing, quantity: '2', unit: h }), 'unit'],
    ['firm description', (h) => companyInputSchema.safeParse({ ...company, description: h }), 'description'],
    ['firm name', (h) => companyInputSchema.safeParse({ ...company, name: `Test ${h}` }), 'name'],
    ['theme description', (h) => themeCreateSchema.safeParse({ networkRef: 'vest', title: 'Eksport', description: `Fælles messe ${h}` }), 'description'],
    ['interest message', (h) => expressInterestSchema.safeParse({ listingRef: 'li-1', message: `Hej ${h}` }), 'message'],
    ['membership message', (h) => membershipRequestSchema.safeParse({ networkRef: 'vest', companyRef: 'co-1', message: h }), 'message'],
    [
      'network description',
      (h) => createNetworkSchema.safeParse({ name: 'Net', description: h, country: 'DK', centerLat: '55', centerLng: '11', radiusKm: '20' }),
      'description',
    ],
    ['person name (sign-up API too)', (h) => nameSchema.safeParse(`Anna ${h}`), ''],
    ['API token name', (h) => createApiTokenSchema.safeParse({ name: `Token ${h}` }), 'name'],
  ];

  it.each(forms)('%s', (_name, parse, field) => {
    for (const html of MARKUP) {
      const r = parse(html);
      expect(r.success, html).toBe(false);
      const messages = r.error!.issues.filter((i) => i.path.join('.') === field).map((i) => i.message);
      expect(messages, `${html}: ${JSON.stringify(r.error!.issues)}`).toContain('noHtml');
    }
  });

  it('one rule: what the importer refuses, the forms refuse, and plain "<" passes both', () => {
    for (const s of MARKUP) expect(hasMarkup(s), s).toBe(true);
    for (const s of PLAIN) {
      expect(hasMarkup(s), s).toBe(false);
      expect(listingSchema.safeParse({ ...listing, description: s }).success, s).toBe(true);
    }
  });
});
