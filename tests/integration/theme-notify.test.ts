// notifyThemeMatches: what the matching worker calls when new pairs appear.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { companyMembers, notifications } from '@/db/schema';
import { createTheme, pinListing, setThemeStatus } from '@/lib/dal/theme-curation';
import { followTheme } from '@/lib/dal/themes';
import { testOutbox } from '@/lib/mail';
import { notifyThemeMatches } from '@/lib/themes/notify';
import { setupTestDb } from './helpers/db';
import { addMembership, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();

beforeEach(() => {
  testOutbox.length = 0;
});

const statement = 'Små mængder giver høje priser. Kan vi købe sammen?';

async function world() {
  const x = await makeNetwork(db());
  const facUser = await makeUser(db());
  await addMembership(db(), x.id, { userId: facUser.id, role: 'facilitator' });
  const fac = await viewerFor(db(), facUser.id);
  const a = await makeMemberFirm(db(), x.id, { name: 'A' });
  const b = await makeMemberFirm(db(), x.id, { name: 'B' });
  const offer = await makeListing(db(), a.company.id, { kind: 'offer', title: 'Stål fra lager' });
  const need = await makeListing(db(), b.company.id, { kind: 'need', title: 'Konstruktionsstål' });
  const need2 = await makeListing(db(), b.company.id, { kind: 'need', title: 'Rustfri plade' });
  const secret = await makeListing(db(), b.company.id, { kind: 'offer', title: 'Fortroligt restlager', visibility: 'facilitators' });
  const elsewhere = await makeListing(db(), a.company.id, { kind: 'need', title: 'Ikke på temaet' });
  const theme = await createTheme(fac, { networkRef: x.ref, title: 'Fælles indkøb', description: statement, meetingId: null, status: 'open' });
  const second = await createTheme(fac, { networkRef: x.ref, title: 'Stål', description: statement, meetingId: null, status: 'open' });
  for (const l of [offer, need, need2, secret]) await pinListing(fac, { themeRef: theme, listingRef: l.ref });
  for (const l of [offer, need]) await pinListing(fac, { themeRef: second, listingRef: l.ref });
  return { x, fac, a, b, offer, need, need2, secret, elsewhere, theme, second };
}

const notesOf = (userId: string) => db().select().from(notifications).where(eq(notifications.userId, userId));

describe('notifyThemeMatches', () => {
  it('one notification per theme per call to each follower who may see both listings', async () => {
    const w = await world();
    await followTheme(w.a.viewer, w.theme);
    await followTheme(w.fac, w.theme);
    await followTheme(w.fac, w.second);
    testOutbox.length = 0;

    const written = await notifyThemeMatches(db(), [
      { listingId: w.offer.id, otherListingId: w.need.id },
      { listingId: w.need.id, otherListingId: w.offer.id },
      { listingId: w.offer.id, otherListingId: w.need2.id },
      { listingId: w.secret.id, otherListingId: w.need.id },
      { listingId: w.offer.id, otherListingId: w.elsewhere.id },
    ]);
    // A: theme 1 (pairs offer–need, offer–need2; not the facilitators-only one). Facilitator:
    // theme 1 (three pairs) and theme 2 (offer–need).
    expect(written).toBe(3);
    const aNotes = await notesOf(w.a.viewer.userId);
    expect(aNotes.map((n) => [n.type, n.href, n.data])).toEqual([
      [
        'theme_match',
        `/themes/${w.theme}`,
        { themeRef: w.theme, themeTitle: 'Fælles indkøb', listingTitle: 'Stål fra lager', otherListingTitle: 'Konstruktionsstål', count: 2 },
      ],
    ]);
    const facNotes = await notesOf(w.fac.userId);
    expect(facNotes.map((n) => [n.data.themeRef, n.data.count]).sort()).toEqual(
      [
        [w.theme, 3],
        [w.second, 1],
      ].sort(),
    );
    expect(testOutbox.map((m) => m.to).sort()).toEqual([w.a.viewer.email, w.fac.email, w.fac.email].sort());
    expect(testOutbox.find((m) => m.to === w.a.viewer.email)!.subject).toBe('2 nye match på temaet “Fælles indkøb”');
    expect(
      testOutbox
        .filter((m) => m.to === w.fac.email)
        .map((m) => m.subject)
        .sort(),
    ).toEqual(['3 nye match på temaet “Fælles indkøb”', 'Nyt match på temaet “Stål”']);
  });

  it('nobody hears of a pair they may not see, of a pair outside every theme, or from an archived theme', async () => {
    const w = await world();
    await followTheme(w.a.viewer, w.theme);
    await followTheme(w.b.viewer, w.second);
    testOutbox.length = 0;
    expect(await notifyThemeMatches(db(), [{ listingId: w.secret.id, otherListingId: w.need.id }])).toBe(0);
    expect(await notifyThemeMatches(db(), [{ listingId: w.offer.id, otherListingId: w.elsewhere.id }])).toBe(0);
    expect(await notifyThemeMatches(db(), [])).toBe(0);
    await setThemeStatus(w.fac, w.second, 'archived');
    expect(await notifyThemeMatches(db(), [{ listingId: w.offer.id, otherListingId: w.need.id }])).toBe(1);
    expect((await notesOf(w.b.viewer.userId)).length).toBe(0);
    expect(testOutbox.map((m) => m.to)).toEqual([w.a.viewer.email]);
  });

  it('a follower whose firm left the network is no longer told', async () => {
    const w = await world();
    const outsider = await makeUser(db(), { locale: 'fi' });
    await db().insert(companyMembers).values({ companyId: w.a.company.id, userId: outsider.id });
    await followTheme(await viewerFor(db(), outsider.id), w.theme);
    testOutbox.length = 0;
    expect(await notifyThemeMatches(db(), [{ listingId: w.offer.id, otherListingId: w.need.id }])).toBe(1);
    expect(testOutbox[0]!.subject).toBe('Uusi osuma teemassa ”Fælles indkøb”');
    // The firm's membership ends: the same follow row no longer reaches anyone.
    const { networkMemberships } = await import('@/db/schema');
    await db().update(networkMemberships).set({ status: 'declined' }).where(eq(networkMemberships.companyId, w.a.company.id));
    expect(await notifyThemeMatches(db(), [{ listingId: w.offer.id, otherListingId: w.need.id }])).toBe(0);
  });
});
