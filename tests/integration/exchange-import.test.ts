import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { companies, listings } from '@/db/schema';
import { buildExport, exchangeFileChunks } from '@/lib/exchange/export';
import { importExchange } from '@/lib/exchange/import';
import { createTestDb, setupTestDb } from './helpers/db';
import { demoArea, rowCounts, smallFile, snapshot } from './helpers/exchange';

const db = setupTestDb();

describe('exchange import', () => {
  it('imports a file, and importing it again changes nothing', async () => {
    const first = await importExchange(db(), smallFile());
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.summary.companies).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(first.summary.listings).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(first.summary.memberships).toBe(2);
    expect(first.summary.themeLinks.added).toBe(1);

    // Geocoded from the postcode (4420 Regstrup) when the file gives no location.
    const [plast] = await db().select().from(companies).where(eq(companies.ref, 'co-17'));
    expect(plast).toMatchObject({ lat: 55.6664, lng: 11.6185, city: 'Regstrup' });
    // A listing without a location is placed at its firm; its window end is its expiry.
    const [li] = await db().select().from(listings).where(eq(listings.ref, 'li-204'));
    expect(li).toMatchObject({ lat: 55.6664, lng: 11.6185 });
    expect(li!.expiresAt?.toISOString()).toBe('2027-06-30T22:59:59.000Z');

    const counts = await rowCounts(db());
    const before = await snapshot(db());
    const again = await importExchange(db(), smallFile());
    expect(again.ok && again.summary).toMatchObject({
      networks: { created: 0, updated: 0, unchanged: 1 },
      companies: { created: 0, updated: 0, unchanged: 2 },
      listings: { created: 0, updated: 0, unchanged: 2 },
      themes: { created: 0, updated: 0, unchanged: 1 },
      memberships: 0,
      themeLinks: { added: 0, removed: 0 },
    });
    expect(await rowCounts(db())).toEqual(counts);
    expect(await snapshot(db())).toEqual(before);
    const [liAgain] = await db().select().from(listings).where(eq(listings.ref, 'li-204'));
    expect(liAgain!.updatedAt.getTime()).toBe(li!.updatedAt.getTime());
  });

  it('updates the records whose refs are in a changed file', async () => {
    const file = smallFile();
    file.companies[0]!.name = 'Regstrup Plast A/S';
    file.listings[0]!.title = 'Ledig kapacitet på sprøjtestøbemaskiner';
    file.listings[0]!.themes = [];
    file.listings.push({
      ref: 'li-206',
      company: 'co-17',
      kind: 'need',
      category: 'staff',
      title: 'Tysktalende sælger',
      description: 'Deltid.',
      visibility: 'network',
      status: 'open',
      language: 'da',
    });
    const counts = await rowCounts(db());
    const result = await importExchange(db(), file);
    expect(result.ok && result.summary).toMatchObject({
      companies: { created: 0, updated: 1, unchanged: 1 },
      listings: { created: 1, updated: 1, unchanged: 1 },
      themeLinks: { added: 0, removed: 1 },
    });
    const after = await rowCounts(db());
    expect(after.listings).toBe(counts.listings! + 1);
    expect(after.companies).toBe(counts.companies);
    expect(after.listing_themes).toBe(counts.listing_themes! - 1);
    const [firm] = await db().select().from(companies).where(eq(companies.ref, 'co-17'));
    expect(firm!.name).toBe('Regstrup Plast A/S');
  });

  it('keeps the theme links of a listing whose file entry has no themes field', async () => {
    await importExchange(db(), smallFile());
    const file = smallFile();
    expect(file.listings[0]!.themes?.length).toBeGreaterThan(0);
    delete (file.listings[0] as { themes?: string[] }).themes;
    const before = await rowCounts(db());
    expect(before.listing_themes).toBeGreaterThan(0);
    const result = await importExchange(db(), file);
    expect(result.ok && result.summary.themeLinks).toEqual({ added: 0, removed: 0 });
    expect((await rowCounts(db())).listing_themes).toBe(before.listing_themes);
  });

  it('keeps contact details a file does not carry, and takes those under extensions', async () => {
    await db().update(companies).set({ email: 'kontor@plast.dk' }).where(eq(companies.ref, 'co-17'));
    await importExchange(db(), smallFile());
    let [firm] = await db().select().from(companies).where(eq(companies.ref, 'co-17'));
    expect(firm!.email).toBe('kontor@plast.dk');
    const file = { ...smallFile(), extensions: { industrivej: { companies: { 'co-17': { email: 'salg@plast.dk', phone: '+45 59 18 00 00' } } } } };
    await importExchange(db(), file);
    [firm] = await db().select().from(companies).where(eq(companies.ref, 'co-17'));
    expect(firm).toMatchObject({ email: 'salg@plast.dk', phone: '+45 59 18 00 00' });
  });

  it('previews with a dry run that writes nothing', async () => {
    const counts = await rowCounts(db());
    const file = smallFile();
    file.listings.push({
      ref: 'li-dry',
      company: 'co-18',
      kind: 'offer',
      category: 'equipment',
      title: 'Kranbil',
      description: '',
      visibility: 'public',
      status: 'open',
      language: 'da',
    });
    const result = await importExchange(db(), file, { dryRun: true });
    expect(result.ok && result.dryRun && result.summary.listings.created).toBe(1);
    expect(await rowCounts(db())).toEqual(counts);
  });
});

describe('export → import round trip', () => {
  it('reproduces the demo area exactly in an empty database', async () => {
    const source = await createTestDb();
    const target = await createTestDb();
    try {
      const imported = await importExchange(source.db, demoArea());
      expect(imported.ok).toBe(true);
      // Details the format itself lacks must survive too: contact details, expiry, archived themes.
      await source.db.update(companies).set({ email: 'info@example.dk', phone: '+45 12 34 56 78' }).where(eq(companies.ref, 'co-regstrup-plast'));
      const exported = await buildExport(source.db);
      const text = [...exchangeFileChunks(exported)].join('');
      const reimported = await importExchange(target.db, JSON.parse(text));
      expect(reimported.ok, JSON.stringify(!reimported.ok && reimported.issues.slice(0, 3))).toBe(true);
      expect(await snapshot(target.db)).toEqual(await snapshot(source.db));
      expect([...exchangeFileChunks(await buildExport(target.db))].join('')).toBe(text);
    } finally {
      await source.close();
      await target.close();
    }
  }, 120_000); // two more databases with their migrations, two imports, two exports: > 30 s on a busy 2-core machine

  it('exports one network with only its members, their listings and its themes', async () => {
    const file = await buildExport(db(), { networkRef: 'vest' });
    expect(file.networks.map((n) => n.ref)).toEqual(['vest']);
    expect(file.companies.map((c) => c.ref)).toEqual(['co-17', 'co-18']);
    expect(file.listings.every((l) => ['co-17', 'co-18'].includes(l.company))).toBe(true);
  });
});
