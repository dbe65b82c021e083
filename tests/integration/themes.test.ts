import { and, eq, inArray } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { listingThemes, matches, meetings, notifications, themeFollows, themes } from '@/db/schema';
import { createTheme, pinListing, removeThemeListing, setThemeStatus, tagListing, unpinListing, untagListing, updateTheme } from '@/lib/dal/theme-curation';
import { getListingThemes, getThemeForEdit, listThemeNetworkOptions, searchPinCandidates } from '@/lib/dal/theme-options';
import { dismissMatch } from '@/lib/dal/matches';
import { followTheme, getThemeBoard, listManagedThemes, listThemes, unfollowTheme } from '@/lib/dal/themes';
import { testOutbox } from '@/lib/mail';
import { setupTestDb } from './helpers/db';
import { addMembership, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();

beforeEach(() => {
  testOutbox.length = 0;
});

const statement = 'Flere virksomheder får forespørgsler fra Nordtyskland. Kan vi dele en sælger?';

/** Network X (facilitator, municipality contact, firms A and B), network Y (facilitator, firm C),
 * an admin, and listings of every kind of visibility. */
async function world() {
  const x = await makeNetwork(db(), { name: 'Industrivej X' });
  const y = await makeNetwork(db(), { name: 'Erhverv Y' });
  const facXUser = await makeUser(db(), { name: 'Facilitator X' });
  await addMembership(db(), x.id, { userId: facXUser.id, role: 'facilitator' });
  const facYUser = await makeUser(db(), { name: 'Facilitator Y' });
  await addMembership(db(), y.id, { userId: facYUser.id, role: 'facilitator' });
  const muniUser = await makeUser(db());
  await addMembership(db(), x.id, { userId: muniUser.id, role: 'municipality' });
  const adminUser = await makeUser(db(), { isPlatformAdmin: true });
  const a = await makeMemberFirm(db(), x.id, { name: 'Smedjen A' });
  const b = await makeMemberFirm(db(), x.id, { name: 'Plast B' });
  const c = await makeMemberFirm(db(), y.id, { name: 'Firma C' });
  const [meetingX] = await db()
    .insert(meetings)
    .values({ networkId: x.id, hostCompanyId: a.company.id, startsAt: new Date(Date.now() + 7 * 86_400_000), place: 'Industrivej 12', title: 'Møde hos A' })
    .returning();
  const [meetingY] = await db().insert(meetings).values({ networkId: y.id, startsAt: new Date(), title: 'Møde i Y' }).returning();
  const aOffer = await makeListing(db(), a.company.id, {
    kind: 'offer',
    title: 'Tysktalende sælger på deltid',
    description: 'Vores sælger taler tysk og har ledige timer.',
  });
  const aPaused = await makeListing(db(), a.company.id, { kind: 'offer', title: 'Pauset tilbud', status: 'paused' });
  const bNeed = await makeListing(db(), b.company.id, { kind: 'need', title: 'Messestand i Hamborg', description: 'Vi søger partnere til en fælles stand.' });
  const bSecret = await makeListing(db(), b.company.id, { kind: 'offer', title: 'Fortroligt tilbud', visibility: 'facilitators' });
  const cPublic = await makeListing(db(), c.company.id, { kind: 'offer', title: 'Offentligt tilbud i Y', visibility: 'public' });
  return {
    x,
    y,
    a,
    b,
    c,
    meetingX: meetingX!,
    meetingY: meetingY!,
    aOffer,
    aPaused,
    bNeed,
    bSecret,
    cPublic,
    facX: await viewerFor(db(), facXUser.id),
    facY: await viewerFor(db(), facYUser.id),
    muni: await viewerFor(db(), muniUser.id),
    admin: await viewerFor(db(), adminUser.id),
  };
}

type World = Awaited<ReturnType<typeof world>>;

async function themeIn(w: World, over: { status?: 'open' | 'archived'; title?: string } = {}) {
  const ref = await createTheme(w.facX, {
    networkRef: w.x.ref,
    title: over.title ?? 'Eksport til Tyskland',
    description: statement,
    meetingId: w.meetingX.id,
    status: over.status ?? 'open',
  });
  const [row] = await db().select().from(themes).where(eq(themes.ref, ref));
  return row!;
}

// Each test builds its own world in the file's one database: count only that world's rows.
const themeCount = async (w: World) =>
  (
    await db()
      .select()
      .from(themes)
      .where(inArray(themes.networkId, [w.x.id, w.y.id]))
  ).length;
const linkCount = async (w: World) =>
  (
    await db()
      .select()
      .from(listingThemes)
      .innerJoin(themes, eq(themes.id, listingThemes.themeId))
      .where(inArray(themes.networkId, [w.x.id, w.y.id]))
  ).length;
const notesOf = (userId: string) => db().select().from(notifications).where(eq(notifications.userId, userId));

describe('creating and editing themes', () => {
  it('a facilitator creates a theme in their network, linked to one of its meetings', async () => {
    const w = await world();
    const theme = await themeIn(w);
    expect(theme).toMatchObject({
      networkId: w.x.id,
      title: 'Eksport til Tyskland',
      description: statement,
      meetingId: w.meetingX.id,
      status: 'open',
      createdById: w.facX.userId,
    });
    expect(theme.ref).toMatch(/^th-/);
    const values = await getThemeForEdit(w.facX, theme.ref);
    expect(values.meetings.map((m) => m.id)).toEqual([w.meetingX.id]);
    expect((await listThemeNetworkOptions(w.facX)).map((n) => n.ref)).toEqual([w.x.ref]);
  });

  it('refuses a meeting of another network', async () => {
    const w = await world();
    await expect(
      createTheme(w.facX, { networkRef: w.x.ref, title: 'Tema', description: statement, meetingId: w.meetingY.id, status: 'open' }),
    ).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: 'meetingId', message: 'themes.validation.meeting' }],
    });
    expect(await themeCount(w)).toBe(0);
  });

  it('a member is forbidden, a facilitator of another network gets not_found; nothing is written', async () => {
    const w = await world();
    const input = { networkRef: w.x.ref, title: 'Tema', description: statement, meetingId: null, status: 'open' as const };
    await expect(createTheme(w.a.viewer, input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createTheme(w.facY, input)).rejects.toMatchObject({ code: 'not_found' });
    await expect(createTheme(w.muni, input)).rejects.toMatchObject({ code: 'not_found' });
    expect(await themeCount(w)).toBe(0);
    await expect(listThemeNetworkOptions(w.a.viewer)).rejects.toMatchObject({ code: 'forbidden' });

    const theme = await themeIn(w);
    const edit = { ref: theme.ref, title: 'Overtaget', description: statement, meetingId: null, status: 'archived' as const };
    await expect(updateTheme(w.a.viewer, edit)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateTheme(w.facY, edit)).rejects.toMatchObject({ code: 'not_found' });
    await expect(setThemeStatus(w.a.viewer, theme.ref, 'archived')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setThemeStatus(w.facY, theme.ref, 'archived')).rejects.toMatchObject({ code: 'not_found' });
    await expect(getThemeForEdit(w.a.viewer, theme.ref)).rejects.toMatchObject({ code: 'forbidden' });
    const [after] = await db().select().from(themes).where(eq(themes.id, theme.id));
    expect(after).toMatchObject({ title: 'Eksport til Tyskland', status: 'open', meetingId: w.meetingX.id });
  });

  it('edits, archives and reopens; an admin may manage any network', async () => {
    const w = await world();
    const theme = await themeIn(w);
    await updateTheme(w.facX, { ref: theme.ref, title: 'Eksport til Nordtyskland', description: statement, meetingId: null, status: 'open' });
    await setThemeStatus(w.facX, theme.ref, 'archived');
    let [row] = await db().select().from(themes).where(eq(themes.id, theme.id));
    expect(row).toMatchObject({ title: 'Eksport til Nordtyskland', meetingId: null, status: 'archived' });
    await setThemeStatus(w.admin, theme.ref, 'open');
    [row] = await db().select().from(themes).where(eq(themes.id, theme.id));
    expect(row!.status).toBe('open');
    const ref = await createTheme(w.admin, { networkRef: w.y.ref, title: 'Tema i Y', description: statement, meetingId: w.meetingY.id, status: 'open' });
    expect((await listManagedThemes(w.facY)).map((t) => t.ref)).toEqual([ref]);
    expect((await listManagedThemes(w.admin)).filter((t) => [w.x.ref, w.y.ref].includes(t.network.ref)).length).toBe(2);
  });
});

describe('who sees a theme', () => {
  it('members and facilitators of its network and admins; not other networks nor municipality staff', async () => {
    const w = await world();
    const open = await themeIn(w);
    const archived = await themeIn(w, { status: 'archived', title: 'Gammelt tema' });
    expect((await listThemes(w.a.viewer)).map((t) => t.ref)).toEqual([open.ref]);
    expect((await listThemes(w.a.viewer, { status: 'archived' })).map((t) => t.ref)).toEqual([archived.ref]);
    expect((await listThemes(w.facX)).map((t) => t.ref)).toEqual([open.ref]);
    expect((await listThemes(w.admin)).filter((t) => t.network.ref === w.x.ref).map((t) => t.ref)).toEqual([open.ref]);
    expect(await listThemes(w.c.viewer)).toEqual([]);
    expect(await listThemes(w.facY)).toEqual([]);
    expect(await listThemes(w.muni)).toEqual([]);
    for (const outsider of [w.c.viewer, w.facY, w.muni]) {
      await expect(getThemeBoard(outsider, open.ref)).rejects.toMatchObject({ code: 'not_found' });
    }
    await expect(getThemeBoard(null, open.ref)).rejects.toMatchObject({ code: 'unauthorized' });
    const board = await getThemeBoard(w.a.viewer, open.ref);
    expect(board).toMatchObject({ title: 'Eksport til Tyskland', statement, canManage: false, canFollow: true, network: { name: 'Industrivej X' } });
    expect(board.meeting).toMatchObject({ title: 'Møde hos A', place: 'Industrivej 12', host: { name: 'Smedjen A' }, upcoming: true });
    expect((await getThemeBoard(w.facX, open.ref)).canManage).toBe(true);
  });
});

describe('the board', () => {
  it('shows only listings the viewer may see and that are active, pinned first, newest activity first', async () => {
    const w = await world();
    const theme = await themeIn(w);
    await tagListing(w.b.viewer, { themeRef: theme.ref, listingRef: w.bNeed.ref });
    await tagListing(w.b.viewer, { themeRef: theme.ref, listingRef: w.bSecret.ref });
    await tagListing(w.a.viewer, { themeRef: theme.ref, listingRef: w.aPaused.ref });
    const other = await makeListing(db(), w.a.company.id, { kind: 'need', title: 'Tysk korrektur' });
    await tagListing(w.a.viewer, { themeRef: theme.ref, listingRef: other.ref });
    await pinListing(w.facX, { themeRef: theme.ref, listingRef: w.aOffer.ref });
    // Make the activity order explicit: bNeed was tagged before `other`.
    await db()
      .update(listingThemes)
      .set({ createdAt: new Date(Date.now() - 3_600_000) })
      .where(eq(listingThemes.listingId, w.bNeed.id));
    await db()
      .update(listingThemes)
      .set({ createdAt: new Date(Date.now() - 60_000) })
      .where(eq(listingThemes.listingId, other.id));
    await db()
      .update(listingThemes)
      .set({ createdAt: new Date(Date.now() - 7_200_000) })
      .where(eq(listingThemes.listingId, w.aOffer.id));

    const member = await getThemeBoard(w.b.viewer, theme.ref);
    expect(member.offers.map((l) => [l.title, l.pinned])).toEqual([
      ['Tysktalende sælger på deltid', true],
      ['Fortroligt tilbud', false],
    ]);
    expect(member.needs.map((l) => l.title)).toEqual(['Tysk korrektur', 'Messestand i Hamborg']);

    // A's user: B's facilitators-only listing never shows; A's own paused listing is not active.
    const memberA = await getThemeBoard(w.a.viewer, theme.ref);
    expect(memberA.offers.map((l) => l.title)).toEqual(['Tysktalende sælger på deltid']);
    expect(memberA.counts).toEqual({ offers: 1, needs: 2, matches: 0 });
    const fac = await getThemeBoard(w.facX, theme.ref);
    expect(fac.offers.map((l) => l.title)).toEqual(['Tysktalende sælger på deltid', 'Fortroligt tilbud']);
    expect(fac.counts).toEqual({ offers: 2, needs: 2, matches: 0 });
  });

  it('shows each pair match among visible listings once, with its score and reasons, newest first', async () => {
    const w = await world();
    const theme = await themeIn(w);
    for (const l of [w.aOffer, w.bNeed, w.bSecret]) await pinListing(w.facX, { themeRef: theme.ref, listingRef: l.ref });
    const outside = await makeListing(db(), w.b.company.id, { kind: 'need', title: 'Ikke på temaet' });
    const reasons = [{ key: 'distance', values: { km: 2.4 } }];
    const old = new Date(Date.now() - 86_400_000);
    await db()
      .insert(matches)
      .values([
        // The same pair stored for the other side, equally recent but unexplained: the explained row wins.
        { listingId: w.bNeed.id, otherListingId: w.aOffer.id, score: 0.81, reasons: [], computedAt: old },
        { listingId: w.aOffer.id, otherListingId: w.bNeed.id, score: 0.81, reasons, computedAt: old },
        // Stored for the need: still shown offer first.
        { listingId: w.bNeed.id, otherListingId: w.bSecret.id, score: 0.6, reasons: [] },
        { listingId: w.aOffer.id, otherListingId: outside.id, score: 0.9, reasons: [] },
        { listingId: w.bNeed.id, otherListingId: w.aOffer.id, type: 'pooling', score: 0.95, reasons: [] },
      ]);
    const member = await getThemeBoard(w.a.viewer, theme.ref);
    expect(member.matches).toEqual([
      {
        a: { ref: w.aOffer.ref, title: w.aOffer.title, kind: 'offer', visibility: 'network', companyName: 'Smedjen A', companyRef: w.a.company.ref },
        b: { ref: w.bNeed.ref, title: w.bNeed.title, kind: 'need', visibility: 'network', companyName: 'Plast B', companyRef: w.b.company.ref },
        score: expect.closeTo(0.81, 5) as number,
        reasons,
        computedAt: old.toISOString(),
      },
    ]);
    expect(member.counts.matches).toBe(1);
    const fac = await getThemeBoard(w.facX, theme.ref);
    expect(fac.matches.map((m) => [m.a.title, m.b.title])).toEqual([
      ['Fortroligt tilbud', 'Messestand i Hamborg'],
      ['Tysktalende sælger på deltid', 'Messestand i Hamborg'],
    ]);
    expect((await listThemes(w.facX))[0]!.counts).toEqual({ offers: 2, needs: 1, matches: 2 });
  });
});

describe('dismissed pairs', () => {
  it('a pair either firm marked "not relevant" leaves the board and its count, and comes back when undone', async () => {
    const w = await world();
    const theme = await themeIn(w);
    for (const l of [w.aOffer, w.bNeed, w.bSecret]) await pinListing(w.facX, { themeRef: theme.ref, listingRef: l.ref });
    await db()
      .insert(matches)
      .values([
        { listingId: w.aOffer.id, otherListingId: w.bNeed.id, score: 0.81, reasons: [] },
        { listingId: w.bNeed.id, otherListingId: w.bSecret.id, score: 0.6, reasons: [] },
      ]);
    const pairs = async () => (await getThemeBoard(w.facX, theme.ref)).matches.map((m) => [m.a.title, m.b.title]);
    const count = async () => (await listThemes(w.facX))[0]!.counts.matches;
    expect(await pairs()).toHaveLength(2);
    // Dismissed by the need's firm, though the row was stored for the offer.
    await dismissMatch(w.b.viewer, { listingRef: w.bNeed.ref, otherRef: w.aOffer.ref });
    expect(await pairs()).toEqual([['Fortroligt tilbud', 'Messestand i Hamborg']]);
    expect(await count()).toBe(1);
    await dismissMatch(w.b.viewer, { listingRef: w.bNeed.ref, otherRef: w.aOffer.ref }, true);
    expect(await pairs()).toHaveLength(2);
    expect(await count()).toBe(2);
  });
});

describe('pinning', () => {
  it('the facilitator pins (adding to the board), unpins (stays) and removes', async () => {
    const w = await world();
    const theme = await themeIn(w);
    expect(await pinListing(w.facX, { themeRef: theme.ref, listingRef: w.aOffer.ref })).toEqual({ added: true });
    await tagListing(w.b.viewer, { themeRef: theme.ref, listingRef: w.bNeed.ref });
    expect(await pinListing(w.facX, { themeRef: theme.ref, listingRef: w.bNeed.ref })).toEqual({ added: false });
    const link = async (listingId: string) =>
      (
        await db()
          .select()
          .from(listingThemes)
          .where(and(eq(listingThemes.themeId, theme.id), eq(listingThemes.listingId, listingId)))
      )[0];
    expect(await link(w.bNeed.id)).toMatchObject({ pinned: true, addedById: w.b.viewer.userId });
    expect((await link(w.bNeed.id))!.pinnedAt).toBeInstanceOf(Date);
    await unpinListing(w.facX, { themeRef: theme.ref, listingRef: w.bNeed.ref });
    expect(await link(w.bNeed.id)).toMatchObject({ pinned: false, pinnedAt: null });
    await removeThemeListing(w.facX, { themeRef: theme.ref, listingRef: w.bNeed.ref });
    expect(await link(w.bNeed.id)).toBeUndefined();
  });

  it('only the network facilitators pin; not into archived themes; only listings of the network', async () => {
    const w = await world();
    const theme = await themeIn(w);
    const pin = { themeRef: theme.ref, listingRef: w.aOffer.ref };
    await expect(pinListing(w.a.viewer, pin)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(pinListing(w.facY, pin)).rejects.toMatchObject({ code: 'not_found' });
    await expect(pinListing(w.facX, { themeRef: theme.ref, listingRef: w.cPublic.ref })).rejects.toMatchObject({ code: 'not_found' });
    await expect(pinListing(w.facX, { themeRef: theme.ref, listingRef: w.aPaused.ref })).rejects.toMatchObject({ code: 'not_found' });
    expect(await linkCount(w)).toBe(0);
    await pinListing(w.facX, pin);
    await expect(unpinListing(w.a.viewer, pin)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(removeThemeListing(w.facY, pin)).rejects.toMatchObject({ code: 'not_found' });
    expect(await linkCount(w)).toBe(1);
    await setThemeStatus(w.facX, theme.ref, 'archived');
    await expect(pinListing(w.facX, { themeRef: theme.ref, listingRef: w.bNeed.ref })).rejects.toMatchObject({ code: 'conflict' });
    expect(await linkCount(w)).toBe(1);
  });

  it('the pin search finds the network’s listings by text, marks those on the board, and is for facilitators only', async () => {
    const w = await world();
    const theme = await themeIn(w);
    await pinListing(w.facX, { themeRef: theme.ref, listingRef: w.aOffer.ref });
    const found = await searchPinCandidates(w.facX, theme.ref, 'messestand');
    expect(found.map((l) => [l.title, l.onBoard])).toEqual([['Messestand i Hamborg', false]]);
    const newest = await searchPinCandidates(w.facX, theme.ref, undefined);
    expect(newest.map((l) => l.title).sort()).toEqual(['Fortroligt tilbud', 'Messestand i Hamborg', 'Tysktalende sælger på deltid']);
    expect(newest.find((l) => l.title === 'Tysktalende sælger på deltid')).toMatchObject({ onBoard: true, pinned: true });
    await expect(searchPinCandidates(w.a.viewer, theme.ref, 'messestand')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(searchPinCandidates(w.facY, theme.ref, undefined)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('tagging by the listing’s firm', () => {
  it('tags and untags its own listing into an open theme of its network', async () => {
    const w = await world();
    const theme = await themeIn(w);
    expect(await tagListing(w.a.viewer, { themeRef: theme.ref, listingRef: w.aOffer.ref })).toEqual({ added: true });
    expect(await tagListing(w.a.viewer, { themeRef: theme.ref, listingRef: w.aOffer.ref })).toEqual({ added: false });
    const panel = await getListingThemes(w.a.viewer, w.aOffer.ref);
    expect(panel).toMatchObject({ canTag: true, themes: [{ ref: theme.ref, pinned: false, status: 'open' }], available: [] });
    expect(await getListingThemes(w.b.viewer, w.aOffer.ref)).toMatchObject({ canTag: false, themes: [{ ref: theme.ref }] });
    expect(await getListingThemes(w.c.viewer, w.cPublic.ref)).toBeNull();
    await untagListing(w.a.viewer, { themeRef: theme.ref, listingRef: w.aOffer.ref });
    expect(await linkCount(w)).toBe(0);
    expect(await getListingThemes(w.a.viewer, w.aOffer.ref)).toMatchObject({ themes: [], available: [{ ref: theme.ref, networkName: 'Industrivej X' }] });
  });

  it('cannot tag another firm’s listing, into an archived theme, or into another network’s theme', async () => {
    const w = await world();
    const theme = await themeIn(w);
    const archived = await themeIn(w, { status: 'archived', title: 'Arkiveret' });
    const yRef = await createTheme(w.facY, { networkRef: w.y.ref, title: 'Tema i Y', description: statement, meetingId: null, status: 'open' });
    await expect(tagListing(w.a.viewer, { themeRef: theme.ref, listingRef: w.bNeed.ref })).rejects.toMatchObject({ code: 'not_found' });
    await expect(tagListing(w.a.viewer, { themeRef: archived.ref, listingRef: w.aOffer.ref })).rejects.toMatchObject({ code: 'conflict' });
    await expect(tagListing(w.a.viewer, { themeRef: yRef, listingRef: w.aOffer.ref })).rejects.toMatchObject({ code: 'not_found' });
    await expect(tagListing(w.c.viewer, { themeRef: theme.ref, listingRef: w.cPublic.ref })).rejects.toMatchObject({ code: 'not_found' });
    await expect(tagListing(w.facX, { themeRef: theme.ref, listingRef: w.aOffer.ref })).rejects.toMatchObject({ code: 'not_found' });
    expect(await linkCount(w)).toBe(0);
    await tagListing(w.a.viewer, { themeRef: theme.ref, listingRef: w.aOffer.ref });
    await expect(untagListing(w.b.viewer, { themeRef: theme.ref, listingRef: w.aOffer.ref })).rejects.toMatchObject({ code: 'not_found' });
    expect(await linkCount(w)).toBe(1);
  });
});

describe('following and notifications', () => {
  it('members and facilitators follow an open theme they see; outsiders cannot; archived cannot be followed', async () => {
    const w = await world();
    const theme = await themeIn(w);
    await followTheme(w.a.viewer, theme.ref);
    await followTheme(w.a.viewer, theme.ref);
    await followTheme(w.facX, theme.ref);
    await expect(followTheme(w.c.viewer, theme.ref)).rejects.toMatchObject({ code: 'not_found' });
    await expect(followTheme(w.muni, theme.ref)).rejects.toMatchObject({ code: 'not_found' });
    expect((await db().select().from(themeFollows).where(eq(themeFollows.themeId, theme.id))).length).toBe(2);
    expect((await listThemes(w.a.viewer))[0]!.following).toBe(true);
    expect((await listThemes(w.b.viewer))[0]!.following).toBe(false);
    await unfollowTheme(w.a.viewer, theme.ref);
    expect((await getThemeBoard(w.a.viewer, theme.ref)).following).toBe(false);
    const archived = await themeIn(w, { status: 'archived', title: 'Arkiveret' });
    await expect(followTheme(w.a.viewer, archived.ref)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('a new listing on a theme notifies followers who may see it, not the person who added it, by e-mail in their language', async () => {
    const w = await world();
    const theme = await themeIn(w);
    const english = await makeUser(db(), { locale: 'en', email: 'colleague@example.test' });
    await db()
      .insert((await import('@/db/schema')).companyMembers)
      .values({ companyId: w.a.company.id, userId: english.id });
    const aColleague = await viewerFor(db(), english.id);
    for (const v of [w.a.viewer, aColleague, w.b.viewer, w.facX]) await followTheme(v, theme.ref);

    await tagListing(w.b.viewer, { themeRef: theme.ref, listingRef: w.bNeed.ref });
    for (const v of [w.a.viewer, aColleague, w.facX]) {
      expect((await notesOf(v.userId)).map((n) => [n.type, n.href, n.data])).toEqual([
        ['theme_listing', `/themes/${theme.ref}`, { themeRef: theme.ref, themeTitle: 'Eksport til Tyskland', listingTitle: 'Messestand i Hamborg' }],
      ]);
    }
    expect(await notesOf(w.b.viewer.userId)).toEqual([]);
    expect(testOutbox.map((m) => m.to).sort()).toEqual([w.a.viewer.email, aColleague.email, w.facX.email].sort());
    const en = testOutbox.find((m) => m.to === aColleague.email)!;
    expect(en.subject).toBe('New on the theme “Eksport til Tyskland”');
    expect(en.text).toContain(`/themes/${theme.ref}`);
    expect(testOutbox.find((m) => m.to === w.a.viewer.email)!.subject).toBe('Nyt på temaet “Eksport til Tyskland”');

    // A facilitators-only listing: only the facilitator hears of it.
    testOutbox.length = 0;
    await tagListing(w.b.viewer, { themeRef: theme.ref, listingRef: w.bSecret.ref });
    expect((await notesOf(w.facX.userId)).length).toBe(2);
    expect((await notesOf(w.a.viewer.userId)).length).toBe(1);
    expect(testOutbox.map((m) => m.to)).toEqual([w.facX.email]);

    // Pinning what is already there is not news; pinning something new is (not to the pinner).
    testOutbox.length = 0;
    await pinListing(w.facX, { themeRef: theme.ref, listingRef: w.bNeed.ref });
    expect(testOutbox).toEqual([]);
    await pinListing(w.facX, { themeRef: theme.ref, listingRef: w.aOffer.ref });
    expect((await notesOf(w.b.viewer.userId)).map((n) => n.data.listingTitle)).toEqual(['Tysktalende sælger på deltid']);
    expect((await notesOf(w.facX.userId)).length).toBe(2);
  });
});
