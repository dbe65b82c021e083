import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { companyMembers, introductions, notifications } from '@/db/schema';
import { getCompanyProfile } from '@/lib/dal/companies';
import { interestStates, listMyIntroductions } from '@/lib/dal/introduction-list';
import { expressInterest, respondToIntroduction, withdrawIntroduction } from '@/lib/dal/introductions';
import { testOutbox } from '@/lib/mail';
import { expressInterestSchema } from '@/lib/validations/introductions';
import { setupTestDb, testTarget } from './helpers/db';
import { addMembership, makeCompany, makeListing, makeUser, viewerFor } from './helpers/factories';
import { consentWorld, expectAppError, type ConsentWorld } from './helpers/introductions';

const db = setupTestDb();

beforeEach(() => {
  testOutbox.length = 0;
});

const interest = (toListingRef: string, message = 'Vi kan sprøjtestøbe jeres endestykker – skal vi tage en snak?', extra: Record<string, string> = {}) =>
  expressInterestSchema.parse({ toListingRef, message, ...extra });

async function rowsFor(w: ConsentWorld) {
  return db().select().from(introductions).where(eq(introductions.fromCompanyId, w.a.company.id));
}

async function notesOf(userId: string) {
  return db().select().from(notifications).where(eq(notifications.userId, userId));
}

describe('express interest', () => {
  it('records a pending interest in the shared network and tells every user of the receiving firm, without contact details', async () => {
    const w = await consentWorld(db());
    const { id } = await expressInterest(w.a.viewer, interest(w.listings.bOffer.ref));
    const [row] = await db().select().from(introductions).where(eq(introductions.id, id));
    expect(row).toMatchObject({
      kind: 'interest',
      status: 'pending',
      networkId: w.x.id,
      fromCompanyId: w.a.company.id,
      toCompanyId: w.b.company.id,
      toListingId: w.listings.bOffer.id,
      fromListingId: null,
      proposedById: w.a.user.id,
    });
    expect(row!.fromAcceptedAt).not.toBeNull();
    expect(row!.toAcceptedAt).toBeNull();

    const notes = await notesOf(w.b.user.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ type: 'introduction_received', href: '/introductions', readAt: null });
    expect(notes[0]!.data).toEqual({ companyName: 'Regstrup Smedie ApS', listingTitle: 'Ledig sprøjtestøbekapacitet' });
    // The sender's side is not notified of its own step.
    expect(await notesOf(w.a.user.id)).toHaveLength(0);

    expect(testOutbox.map((m) => m.to)).toEqual([w.b.user.email]);
    const mail = testOutbox[0]!;
    expect(mail.subject).toBe('Regstrup Smedie ApS vil gerne i kontakt');
    expect(mail.text).toContain('»Vi kan sprøjtestøbe jeres endestykker');
    for (const secret of ['info@smedie.test', '+45 11 11 11 11', 'Smedevej 1', w.a.user.email]) {
      expect(mail.text).not.toContain(secret);
      expect(mail.html).not.toContain(secret);
      expect(JSON.stringify(notes)).not.toContain(secret);
    }
  });

  it('may name one of the own firm’s listings; another firm’s listing or firm is refused', async () => {
    const w = await consentWorld(db());
    await expressInterest(w.a.viewer, interest(w.listings.bOffer.ref, 'Om vores behov', { fromListingRef: w.listings.aNeed.ref }));
    const [row] = await rowsFor(w);
    expect(row!.fromListingId).toBe(w.listings.aNeed.id);

    await expectAppError(
      expressInterest(w.a.viewer, interest(w.listings.bPublic.ref, 'Hej', { fromListingRef: w.listings.cNeed.ref })),
      'validation',
      'notYourListing',
    );
    await expectAppError(expressInterest(w.a.viewer, interest(w.listings.bPublic.ref, 'Hej', { companyRef: w.c.company.ref })), 'validation', 'notYourFirm');
    expect(await rowsFor(w)).toHaveLength(1);
  });

  it('refuses listings the viewer cannot see, own listings, inactive ones, and people without an approved firm', async () => {
    const w = await consentWorld(db());
    await expectAppError(expressInterest(w.a.viewer, interest(w.listings.bSecret.ref)), 'not_found');
    await expectAppError(expressInterest(w.a.viewer, interest('li-does-not-exist')), 'not_found');
    // Network listings of X are invisible from network Y.
    await expectAppError(expressInterest(w.d.viewer, interest(w.listings.bOffer.ref)), 'not_found');
    await expectAppError(expressInterest(w.a.viewer, interest(w.listings.aNeed.ref)), 'validation', 'ownListing');
    await expectAppError(expressInterest(w.a.viewer, interest(w.listings.bPaused.ref)), 'conflict', 'listingInactive');
    await expectAppError(expressInterest(w.loner, interest(w.listings.bPublic.ref)), 'forbidden', 'noFirm');
    await expectAppError(expressInterest(w.pending.viewer, interest(w.listings.bPublic.ref)), 'forbidden', 'notApproved');
    await expectAppError(expressInterest(null, interest(w.listings.bPublic.ref)), 'unauthorized');
    // Nothing half-written: no introductions, no notifications, no mail.
    expect(await db().select().from(introductions).where(eq(introductions.toCompanyId, w.b.company.id))).toHaveLength(0);
    expect(await notesOf(w.b.user.id)).toHaveLength(0);
    expect(testOutbox).toHaveLength(0);
  });

  it('allows one pending interest per firm and listing, with a clear message for the second', async () => {
    const w = await consentWorld(db());
    await expressInterest(w.a.viewer, interest(w.listings.bOffer.ref));
    await expectAppError(expressInterest(w.a.colleagueViewer, interest(w.listings.bOffer.ref, 'Igen')), 'conflict', 'alreadyPending');
    // Another listing of the same firm is a separate interest.
    await expressInterest(w.a.viewer, interest(w.listings.bPublic.ref));
    expect(await rowsFor(w)).toHaveLength(2);
    expect(await notesOf(w.b.user.id)).toHaveLength(2);
  });

  it('keeps one pending interest when two colleagues send at the same moment', async () => {
    const w = await consentWorld(db());
    const results = await Promise.allSettled([
      expressInterest(w.a.viewer, interest(w.listings.bOffer.ref, 'Første')),
      expressInterest(w.a.colleagueViewer, interest(w.listings.bOffer.ref, 'Anden')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'conflict', issues: [{ path: '_form', message: 'introductions.validation.alreadyPending' }] });
    expect(await rowsFor(w)).toHaveLength(1);
    expect(await notesOf(w.b.user.id)).toHaveLength(1);
    expect(testOutbox).toHaveLength(1);
    if (testTarget() === 'postgres') expect((await rowsFor(w))[0]!.status).toBe('pending');
  });

  it('tells the network’s facilitators when the receiving firm has nobody on the exchange yet', async () => {
    const w = await consentWorld(db());
    const silent = await makeCompany(db(), { name: 'Importeret Firma ApS' });
    await addMembership(db(), w.x.id, { companyId: silent.id });
    const listing = await makeListing(db(), silent.id, { title: 'Ledig lagerplads' });
    await expressInterest(w.a.viewer, interest(listing.ref));
    const notes = await db().select().from(notifications).where(eq(notifications.type, 'introduction_unreachable'));
    expect(notes.map((n) => n.userId)).toEqual([w.facXUser.id]);
    expect(notes[0]).toMatchObject({
      href: `/companies/${silent.ref}`,
      data: { fromName: 'Regstrup Smedie ApS', toName: 'Importeret Firma ApS', listingTitle: 'Ledig lagerplads' },
    });
    expect(testOutbox.map((m) => m.to)).toEqual([w.facXUser.email]);
    expect(testOutbox[0]!.subject).toBe('Importeret Firma ApS har ingen brugere – Regstrup Smedie ApS vil gerne i kontakt');
    // A firm with people: the facilitators are not involved.
    await expressInterest(w.a.viewer, interest(w.listings.bOffer.ref));
    expect(await db().select().from(notifications).where(eq(notifications.type, 'introduction_unreachable'))).toHaveLength(1);
  });

  it('leaves the network empty when the firms share none', async () => {
    const w = await consentWorld(db());
    const { id } = await expressInterest(w.d.viewer, interest(w.listings.bPublic.ref));
    const [row] = await db().select().from(introductions).where(eq(introductions.id, id));
    expect(row!.networkId).toBeNull();
  });

  it('asks a person in several firms which firm speaks', async () => {
    const w = await consentWorld(db());
    await db().insert(companyMembers).values({ companyId: w.c.company.id, userId: w.a.user.id });
    const both = await viewerFor(db(), w.a.user.id);
    await expectAppError(expressInterest(both, interest(w.listings.bOffer.ref)), 'validation', 'chooseFirm');
    await expressInterest(both, interest(w.listings.bOffer.ref, 'Fra C', { companyRef: w.c.company.ref }));
    const [row] = await db().select().from(introductions).where(eq(introductions.fromCompanyId, w.c.company.id));
    expect(row!.message).toBe('Fra C');
  });
});

describe('answering an interest', () => {
  async function sent(w: ConsentWorld) {
    const { id } = await expressInterest(w.a.viewer, interest(w.listings.bOffer.ref));
    testOutbox.length = 0;
    return id;
  }

  it('accepts once: the sender’s users are told in the app and by e-mail; a second accept changes nothing', async () => {
    const w = await consentWorld(db());
    const id = await sent(w);
    expect(await respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'accept', reply: 'Ring på mandag' })).toEqual({
      status: 'accepted',
      changed: true,
    });
    const [row] = await db().select().from(introductions).where(eq(introductions.id, id));
    expect(row).toMatchObject({ status: 'accepted', toReply: 'Ring på mandag' });
    expect(row!.toAcceptedAt).not.toBeNull();
    expect(row!.respondedAt).not.toBeNull();

    const accepted = await db().select().from(notifications).where(eq(notifications.type, 'introduction_accepted'));
    expect(accepted.map((n) => n.userId).sort()).toEqual([w.a.user.id, w.a.colleague.id].sort());
    expect(testOutbox.map((m) => m.to).sort()).toEqual([w.a.user.email, w.a.colleague.email].sort());
    expect(testOutbox.find((m) => m.to === w.a.colleague.email)!.subject).toBe('Regstrup Plast ApS has said yes to contact');
    expect(testOutbox.find((m) => m.to === w.a.user.email)!.text).toContain('Ring på mandag');

    testOutbox.length = 0;
    expect(await respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'accept' })).toEqual({ status: 'accepted', changed: false });
    expect(testOutbox).toHaveLength(0);
    expect(await db().select().from(notifications).where(eq(notifications.type, 'introduction_accepted'))).toHaveLength(2);
    // Decided is decided.
    await expectAppError(respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'decline' }), 'conflict', 'alreadyDecided');
    await expectAppError(withdrawIntroduction(w.a.viewer, id), 'conflict', 'alreadyDecided');
  });

  it('declines with a reply; it cannot then be accepted', async () => {
    const w = await consentWorld(db());
    const id = await sent(w);
    expect(await respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'decline', reply: 'Ingen kapacitet i år' })).toMatchObject({
      status: 'declined',
      changed: true,
    });
    const notes = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.type, 'introduction_declined'), eq(notifications.userId, w.a.user.id)));
    expect(notes).toHaveLength(1);
    expect(testOutbox.find((m) => m.to === w.a.user.email)!.text).toContain('Ingen kapacitet i år');
    expect(await respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'decline' })).toMatchObject({ changed: false });
    await expectAppError(respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'accept' }), 'conflict', 'alreadyDecided');
    // After a decline the firm may try again later (a new, separate interest).
    await expressInterest(w.a.viewer, interest(w.listings.bOffer.ref, 'Nu har vi en ny maskine'));
    expect(await rowsFor(w)).toHaveLength(2);
  });

  it('only the receiving firm answers; others get not-found, the sender is told it is theirs', async () => {
    const w = await consentWorld(db());
    const id = await sent(w);
    await expectAppError(respondToIntroduction(w.a.viewer, { introductionId: id, decision: 'accept' }), 'forbidden', 'senderCannotAnswer');
    for (const outsider of [w.c.viewer, w.d.viewer, w.facX, w.admin, w.loner]) {
      await expectAppError(respondToIntroduction(outsider, { introductionId: id, decision: 'accept' }), 'not_found');
      await expectAppError(withdrawIntroduction(outsider, id), 'not_found');
    }
    await expectAppError(respondToIntroduction(null, { introductionId: id, decision: 'accept' }), 'unauthorized');
    await expectAppError(respondToIntroduction(w.b.viewer, { introductionId: '00000000-0000-4000-8000-000000000000', decision: 'accept' }), 'not_found');
    const [row] = await db().select().from(introductions).where(eq(introductions.id, id));
    expect(row!.status).toBe('pending');
    expect(testOutbox).toHaveLength(0);
  });

  it('the sender withdraws while pending; the receiver is told and can no longer answer', async () => {
    const w = await consentWorld(db());
    const id = await sent(w);
    await expectAppError(withdrawIntroduction(w.b.viewer, id), 'forbidden', 'cannotWithdraw');
    expect(await withdrawIntroduction(w.a.colleagueViewer, id)).toEqual({ status: 'withdrawn', changed: true });
    expect(await withdrawIntroduction(w.a.viewer, id)).toEqual({ status: 'withdrawn', changed: false });
    const notes = await db().select().from(notifications).where(eq(notifications.type, 'introduction_withdrawn'));
    expect(notes.map((n) => n.userId)).toEqual([w.b.user.id]);
    expect(testOutbox.map((m) => m.to)).toEqual([w.b.user.email]);
    await expectAppError(respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'accept' }), 'conflict', 'withdrawn');
  });

  it('two answers at the same moment: exactly one decides', async () => {
    const w = await consentWorld(db());
    const id = await sent(w);
    const colleague = await makeUser(db());
    await db().insert(companyMembers).values({ companyId: w.b.company.id, userId: colleague.id });
    const results = await Promise.allSettled([
      respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'accept' }),
      respondToIntroduction(await viewerFor(db(), colleague.id), { introductionId: id, decision: 'decline' }),
    ]);
    const changed = results.filter((r) => r.status === 'fulfilled' && r.value.changed);
    expect(changed).toHaveLength(1);
    const [row] = await db().select().from(introductions).where(eq(introductions.id, id));
    expect(['accepted', 'declined']).toContain(row!.status);
    // One decision, one set of notifications to the sender's two users.
    const told = await db().select().from(notifications).where(eq(notifications.userId, w.a.user.id));
    expect(told).toHaveLength(1);
  });
});

describe('contact details by consent', () => {
  it('hides both firms’ contact details until acceptance, then shows them to both and never to a third firm', async () => {
    const w = await consentWorld(db());
    const { id } = await expressInterest(w.a.viewer, interest(w.listings.bOffer.ref));

    // Before: no contact in either DTO, and nothing in the serialised page data.
    const [sentBefore] = await listMyIntroductions(w.a.viewer);
    const [receivedBefore] = await listMyIntroductions(w.b.viewer);
    expect(sentBefore).toMatchObject({ direction: 'sent', status: 'pending', contact: null, canWithdraw: true, canAnswer: false });
    expect(receivedBefore).toMatchObject({ direction: 'received', contact: null, canAnswer: true, canWithdraw: false });
    expect(JSON.stringify(sentBefore)).not.toMatch(/kontakt@plast\.test|\+45 22 22 22 22|Plastvej 2/);
    expect(JSON.stringify(receivedBefore)).not.toMatch(/info@smedie\.test|\+45 11 11 11 11|Smedevej 1/);
    expect((await getCompanyProfile(w.a.viewer, w.b.company.ref)).contact).toBeNull();
    expect((await getCompanyProfile(w.b.viewer, w.a.company.ref)).contact).toBeNull();

    await respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'accept' });

    const [sentAfter] = await listMyIntroductions(w.a.viewer);
    expect(sentAfter!.contact).toMatchObject({ email: 'kontakt@plast.test', phone: '+45 22 22 22 22', street: 'Plastvej 2' });
    expect(sentAfter!.contact!.people).toEqual([{ name: 'Test User', email: w.b.user.email }]);
    const [receivedAfter] = await listMyIntroductions(w.b.viewer);
    expect(receivedAfter!.contact).toMatchObject({ email: 'info@smedie.test', phone: '+45 11 11 11 11' });
    expect(receivedAfter!.contact!.people.map((p) => p.email).sort()).toEqual([w.a.user.email, w.a.colleague.email].sort());
    expect((await getCompanyProfile(w.a.viewer, w.b.company.ref)).contact?.people).toHaveLength(1);
    expect((await getCompanyProfile(w.b.viewer, w.a.company.ref)).contact?.email).toBe('info@smedie.test');

    // A third firm (even in the same network) never sees them, and has no introductions.
    expect((await getCompanyProfile(w.c.viewer, w.a.company.ref)).contact).toBeNull();
    expect((await getCompanyProfile(w.c.viewer, w.b.company.ref)).contact).toBeNull();
    expect(await listMyIntroductions(w.c.viewer)).toEqual([]);
    expect((await getCompanyProfile(null, w.b.company.ref)).contact).toBeNull();
  });

  it('a declined or withdrawn interest reveals nothing', async () => {
    const w = await consentWorld(db());
    const first = await expressInterest(w.a.viewer, interest(w.listings.bOffer.ref));
    await respondToIntroduction(w.b.viewer, { introductionId: first.id, decision: 'decline' });
    const second = await expressInterest(w.a.viewer, interest(w.listings.bPublic.ref));
    await withdrawIntroduction(w.a.viewer, second.id);
    expect((await getCompanyProfile(w.a.viewer, w.b.company.ref)).contact).toBeNull();
    expect((await getCompanyProfile(w.b.viewer, w.a.company.ref)).contact).toBeNull();
    expect((await listMyIntroductions(w.a.viewer)).every((i) => i.contact === null)).toBe(true);
  });

  it('shows the other firm’s listing only where the viewer may see it', async () => {
    const w = await consentWorld(db());
    // A's facilitators-only listing named as "from": B may not see it, so B's DTO leaves it out.
    const hidden = await makeListing(db(), w.a.company.id, { title: 'Hemmeligt behov', visibility: 'facilitators' });
    await expressInterest(w.a.viewer, interest(w.listings.bOffer.ref, 'Hej', { fromListingRef: hidden.ref }));
    const [mine] = await listMyIntroductions(w.a.viewer);
    expect(mine!.myListing).toEqual({ ref: hidden.ref, title: 'Hemmeligt behov' });
    expect(mine!.otherListing).toEqual({ ref: w.listings.bOffer.ref, title: 'Ledig sprøjtestøbekapacitet' });
    const [theirs] = await listMyIntroductions(w.b.viewer);
    expect(theirs!.otherListing).toBeNull();
    expect(JSON.stringify(theirs)).not.toContain('Hemmeligt behov');
  });

  it('tells the listing page where the viewer’s firm stands', async () => {
    const w = await consentWorld(db());
    expect((await interestStates(w.a.viewer, [w.listings.bOffer.ref])).size).toBe(0);
    const { id } = await expressInterest(w.a.viewer, interest(w.listings.bOffer.ref));
    expect((await interestStates(w.a.colleagueViewer, [w.listings.bOffer.ref])).get(w.listings.bOffer.ref)).toMatchObject({
      introductionId: id,
      status: 'pending',
    });
    // Only the sending firm's own interest counts; the receiver and others see nothing here.
    expect((await interestStates(w.c.viewer, [w.listings.bOffer.ref])).size).toBe(0);
    expect((await interestStates(null, [w.listings.bOffer.ref])).size).toBe(0);
    await respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'accept' });
    expect((await interestStates(w.a.viewer, [w.listings.bOffer.ref])).get(w.listings.bOffer.ref)?.status).toBe('accepted');
    await expectAppError(expressInterest(w.a.viewer, interest(w.listings.bOffer.ref)), 'conflict', 'alreadyConnected');
  });
});
