// Search acceptance on the demo area (issue 18, item 1): what a new user types finds what the
// area obviously has, through the listing's words, its firm's name, description and trade (NACE
// name), its category name in any of the three languages, its place, and the thesaurus the
// matching engine uses, with the listing's own text ranked first and the visibility rules intact.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/db/client';
import { companies, listings, networkMemberships, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { browseListings } from '@/lib/dal/listings';
import type { Viewer } from '@/lib/dal/viewer';
import { parseBrowseParams } from '@/lib/validations/listings';
import { setupTestDb } from './helpers/db';
import { makeListing, viewerFor } from './helpers/factories';

const db = setupTestDb();

let smith: Viewer;
let facilitator: Viewer;

async function viewerByEmail(email: string) {
  const [u] = await db().select({ id: users.id }).from(users).where(eq(users.email, email));
  return viewerFor(db(), u!.id);
}

const titles = async (q: string, v: Viewer | null, extra: Record<string, string> = {}) =>
  (await browseListings(v, parseBrowseParams({ q, ...extra }))).items.map((i) => i.title);

/** Titles of listings whose firm is `companyRef`, as the database has them. */
async function titlesOf(companyRef: string, where = sql`true`) {
  const rows = await db()
    .select({ title: listings.title })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(sql`${companies.ref} = ${companyRef} and ${where}`);
  return rows.map((r) => r.title);
}

const HAULIER_COPENHAGEN = 'Ledig plads på daglige ture Holbæk–Storkøbenhavn';
const HAULIER_HAMBURG = 'Returlæs fra og til Hamborg tirsdag og torsdag';
const HAULIER_CRANE = 'Lastbil med kran til tunge løft – med chauffør';
const MOULDING = 'Ledig kapacitet på sprøjtestøbemaskiner (50–250 t)';

beforeAll(async () => {
  await seedDemo(db());
  smith = await viewerByEmail('smed@demo.industrivej.dk');
  facilitator = await viewerByEmail('facilitator@demo.industrivej.dk');
});

describe('search on the demo area', () => {
  it('"transport København" finds the haulier\'s daily trips to Storkøbenhavn, not only needs', async () => {
    for (const v of [smith, null]) {
      const found = await titles('transport København', v);
      expect(found).toContain(HAULIER_COPENHAGEN);
    }
    // The smith's own need for transport to Copenhagen is still there for the smith.
    const mine = await browseListings(smith, parseBrowseParams({ q: 'transport København' }));
    expect(mine.items.some((i) => i.kind === 'offer')).toBe(true);
    expect(mine.items.some((i) => i.kind === 'need')).toBe(true);
  });

  it('"vognmand" finds the haulier\'s offers (its firm is a vognmand), the listing that says it first', async () => {
    const found = await titles('vognmand', smith);
    expect(found).toEqual(expect.arrayContaining([HAULIER_COPENHAGEN, HAULIER_HAMBURG, HAULIER_CRANE]));
    // "Samlast til Hamborg-området" says "vognmand" in its own text: ranked before the haulier's
    // listings, which are found through their firm and category.
    expect(found[0]).toBe('Samlast til Hamborg-området hver måned');
  });

  it('signed out, "plastik" finds Regstrup Plast\'s injection-moulding capacity', async () => {
    expect(await titles('plastik', null)).toContain(MOULDING);
  });

  it('finds a firm by a word only its trade\'s NACE name has: "vejgodstransport" (49.41)', async () => {
    const found = await titles('vejgodstransport', smith);
    expect(found).toEqual(expect.arrayContaining([HAULIER_COPENHAGEN, HAULIER_HAMBURG]));
    // …in English and Finnish too.
    expect(await titles('freight', smith)).toContain(HAULIER_COPENHAGEN);
  });

  it("finds a firm's listings by the firm's name, never its listings for facilitators only", async () => {
    const found = await titles('Jyderup Procesudstyr', smith);
    expect(found).toContain('Bejdsning og elektropolering af rustfrie emner');
    const confidential = await titlesOf('co-jyderup-procesudstyr', sql`${listings.visibility} = 'facilitators'`);
    expect(confidential.length).toBeGreaterThan(0);
    for (const t of confidential) {
      expect(found).not.toContain(t);
      expect(await titles('procesudstyr sælger', smith)).not.toContain(t);
      expect(await titles('procesudstyr', null)).not.toContain(t);
      expect(await titles('procesudstyr sælger', facilitator)).toContain(t);
    }
    // Signed out: only public listings, whichever way they are found.
    expect(await titles('vognmand', null)).not.toContain(HAULIER_HAMBURG);
  });

  it("finds listings by their category's name in English and Finnish", async () => {
    // Regstrup Plast's joint electricity deal is in "Fælles indkøb" (en "Joint purchasing").
    expect(await titles('purchasing', smith)).toContain('Fælles elaftale for virksomhederne på Industrivej');
    // "Tilat ja varastot" (premises): the haulier's need for parking, written in Danish.
    expect(await titles('tilat', null)).toContain('Parkering til sættevogne og trailere');
  });

  it('finds through the thesaurus: synonyms and other languages ("kuljetus", "haulage")', async () => {
    expect(await titles('kuljetus', smith)).toContain(HAULIER_COPENHAGEN);
    expect(await titles('haulage', smith)).toContain(HAULIER_HAMBURG);
  });

  it('tolerates a typo: "vognmad" finds the haulier', async () => {
    expect(await titles('vognmad', smith)).toContain(HAULIER_COPENHAGEN);
  });

  it('a place finds listings near it: Regstrup is 8 km from Holbæk, so "plast Holbæk" finds Regstrup Plast', async () => {
    expect(await titles('plast Holbæk', null)).toContain(MOULDING);
    expect(await titles('plast Kalundborg', null)).not.toContain(MOULDING);
  });

  it('keeps the search document up to date when a firm changes its name', async () => {
    expect(await titles('Xylofon', smith)).toEqual([]);
    await db().update(companies).set({ name: 'Xylofon Holbæk ApS' }).where(eq(companies.ref, 'co-holbaek-fragt'));
    expect(await titles('Xylofon', smith)).toContain(HAULIER_COPENHAGEN);
    const [row] = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from listings where search_document = ''::tsvector`);
    expect(row!.n).toBe(0);
  });

  it('never finds a listing through the name, description or trade of a firm no network has approved yet', async () => {
    const [pending] = await db().select().from(companies).where(eq(companies.ref, 'co-vipperoed-pakkeri'));
    const [membership] = await db().select().from(networkMemberships).where(eq(networkMemberships.companyId, pending!.id));
    expect(membership?.status).toBe('pending');
    await makeListing(db(), pending!.id, { title: 'Ledige paller til udlån', description: 'Hent dem selv.', visibility: 'public' });
    // An admin sees every listing: its own words find it, its unapproved firm's name does not
    // (nor, whatever the listing rules say about such a firm, for anyone else).
    const admin = await viewerByEmail('admin@demo.industrivej.dk');
    expect(await titles('paller udlån', admin)).toContain('Ledige paller til udlån');
    for (const v of [admin, smith, null]) {
      expect(await titles('Vipperød Pakkeri', v)).not.toContain('Ledige paller til udlån');
      expect(await titles('Pakkeri', v)).not.toContain('Ledige paller til udlån');
    }
    // Once approved, the firm is public and so is its name.
    await db().update(networkMemberships).set({ status: 'approved' }).where(eq(networkMemberships.id, membership!.id));
    expect(await titles('Pakkeri', admin)).toContain('Ledige paller til udlån');
    expect(await titles('Pakkeri', null)).toContain('Ledige paller til udlån');
  });
});
