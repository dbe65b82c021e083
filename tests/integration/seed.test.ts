import { verify } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '@/db/client';
import { companies, listingThemes, listings, networkMemberships, networks, themes, users } from '@/db/schema';
import { LISTING_CATEGORIES } from '@/db/schema';
import { DEMO_PASSWORD, DEMO_USERS } from '@/db/seed/demo-users';
import { isDatabaseEmpty, seedDemo } from '@/db/seed';
import { listingActiveSql } from '@/lib/policy/listings';
import { isValidCvr } from '@/lib/exchange/registration';
import { setupTestDb } from './helpers/db';

const db = setupTestDb();

/** Great-circle distance in km (haversine), independent of the database's earthdistance. */
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('demo area seed', () => {
  it('loads a realistic, valid demo area into an empty database', async () => {
    expect(await isDatabaseEmpty(db())).toBe(true);
    const summary = await seedDemo(db());
    expect(summary.companies).toBeGreaterThanOrEqual(30);
    expect(summary.listings).toBeGreaterThanOrEqual(80);
    expect(summary.themes).toBe(3);
    expect(summary.meetings).toBe(2);

    const [net] = await db().select().from(networks);
    expect(net).toMatchObject({ ref: 'vestsjaelland', name: 'Industrivej Vestsjælland', locale: 'da' });

    const firms = await db().select().from(companies);
    expect(firms).toHaveLength(summary.companies);
    for (const firm of firms) {
      expect(isValidCvr(firm.registrationNumber ?? ''), `${firm.name} CVR ${firm.registrationNumber}`).toBe(true);
      expect(km({ lat: firm.lat!, lng: firm.lng! }, { lat: net!.centerLat, lng: net!.centerLng }), firm.name).toBeLessThan(40);
      expect(firm.employees).toBeGreaterThanOrEqual(1);
      expect(firm.employees).toBeLessThanOrEqual(60);
    }
    expect(new Set(firms.map((f) => f.registrationNumber)).size).toBe(firms.length);

    const categories = await queryRows<{ category: string; kind: string }>(db(), sql`select distinct category, kind from listings`);
    expect(new Set(categories.map((c) => c.category))).toEqual(new Set(LISTING_CATEGORIES));
    const langs = await queryRows<{ language: string; n: number }>(db(), sql`select language, count(*)::int as n from listings group by language`);
    expect(langs.find((l) => l.language === 'en')?.n).toBeGreaterThanOrEqual(3);

    // Every theme has listings tagged to it.
    const tagged = await db()
      .select({ ref: themes.ref, n: sql<number>`count(${listingThemes.listingId})::int` })
      .from(themes)
      .leftJoin(listingThemes, eq(listingThemes.themeId, themes.id))
      .groupBy(themes.ref);
    expect(tagged.every((t) => t.n >= 3)).toBe(true);

    // Mostly open and current, with a few paused, closed and expired ones for realism.
    const all = await db().select().from(listings);
    const active = await db().select({ id: listings.id }).from(listings).where(listingActiveSql());
    expect(active.length).toBeGreaterThan(all.length * 0.8);
    expect(all.some((l) => l.status === 'paused')).toBe(true);
    expect(all.some((l) => l.status === 'closed')).toBe(true);
    expect(all.some((l) => l.status === 'open' && l.expiresAt && l.expiresAt < new Date())).toBe(true);
    expect(all.some((l) => l.visibility === 'facilitators')).toBe(true);
    expect(all.some((l) => l.visibility === 'public')).toBe(true);
  });

  it('creates every role, with the documented password, and one pending membership request', async () => {
    const rows = await db().select().from(users);
    expect(rows.map((u) => u.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
    expect(rows.filter((u) => u.isPlatformAdmin)).toHaveLength(1);
    const smith = rows.find((u) => u.email === 'smed@demo.industrivej.dk')!;
    expect(smith.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(smith.passwordHash!, DEMO_PASSWORD)).toBe(true);

    const memberships = await db().select().from(networkMemberships);
    const roles = new Set(memberships.filter((m) => m.status === 'approved').map((m) => m.role));
    expect(roles).toEqual(new Set(['member', 'facilitator', 'municipality']));
    const pending = memberships.filter((m) => m.status === 'pending');
    expect(pending).toHaveLength(1);
    expect(pending[0]!.role).toBe('member');
    const approvedFirms = memberships.filter((m) => m.role === 'member' && m.status === 'approved');
    expect(approvedFirms.length).toBeGreaterThanOrEqual(30);
  });

  it('refuses to seed a database that already has data (and writes nothing)', async () => {
    const before = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(listings);
    await expect(seedDemo(db())).rejects.toThrow(/already has data/);
    const after = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(listings);
    expect(after).toEqual(before);
  });
});
