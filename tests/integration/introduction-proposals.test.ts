import { and, eq, inArray } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { introductions, notifications } from '@/db/schema';
import { getCompanyProfile } from '@/lib/dal/companies';
import { listMyIntroductions } from '@/lib/dal/introduction-list';
import { facilitatedNetworks, introductionPickers, listProposals, proposeInitial, proposeIntroduction } from '@/lib/dal/introduction-proposals';
import { respondToIntroduction, withdrawIntroduction } from '@/lib/dal/introductions';
import { testOutbox } from '@/lib/mail';
import { proposeIntroductionSchema } from '@/lib/validations/introductions';
import { setupTestDb } from './helpers/db';
import { consentWorld, expectAppError, type ConsentWorld } from './helpers/introductions';

const db = setupTestDb();

beforeEach(() => {
  testOutbox.length = 0;
});

const MESSAGE = 'Jeg tror, I to bør tale sammen om transport til Hamborg.';

function proposal(w: ConsentWorld, over: Record<string, string> = {}) {
  return proposeIntroductionSchema.parse({ networkRef: w.x.ref, fromCompanyRef: w.a.company.ref, toCompanyRef: w.c.company.ref, message: MESSAGE, ...over });
}

async function notesOfType(type: string, userIds: string[]) {
  return db()
    .select()
    .from(notifications)
    .where(and(eq(notifications.type, type), inArray(notifications.userId, userIds)));
}

describe('facilitator introductions', () => {
  it('a facilitator proposes; both firms are told; it is accepted once both said yes, and only then are contacts revealed', async () => {
    const w = await consentWorld(db());
    const { id } = await proposeIntroduction(w.facX, proposal(w, { fromListingRef: w.listings.aNeed.ref, toListingRef: w.listings.cNeed.ref }));
    const [row] = await db().select().from(introductions).where(eq(introductions.id, id));
    expect(row).toMatchObject({
      kind: 'facilitator',
      status: 'pending',
      networkId: w.x.id,
      fromCompanyId: w.a.company.id,
      toCompanyId: w.c.company.id,
      fromListingId: w.listings.aNeed.id,
      toListingId: w.listings.cNeed.id,
      proposedById: w.facXUser.id,
      fromAcceptedAt: null,
      toAcceptedAt: null,
      message: MESSAGE,
    });
    const proposed = await notesOfType('introduction_proposed', [w.a.user.id, w.a.colleague.id, w.c.user.id]);
    expect(proposed).toHaveLength(3);
    expect(proposed.find((n) => n.userId === w.c.user.id)!.data).toMatchObject({ companyName: 'Regstrup Smedie ApS', facilitatorName: 'Lise Facilitator' });
    expect(proposed.find((n) => n.userId === w.a.user.id)!.data).toMatchObject({ companyName: 'Tredje Firma ApS' });
    expect(testOutbox.map((m) => m.to).sort()).toEqual([w.a.user.email, w.a.colleague.email, w.c.user.email].sort());
    expect(testOutbox.find((m) => m.to === w.c.user.email)!.subject).toBe('Forslag: tal med Regstrup Smedie ApS');
    expect(testOutbox.every((m) => m.text.includes(MESSAGE))).toBe(true);
    testOutbox.length = 0;

    // Both firms see the proposal and may answer; neither sees the other's contact yet.
    const [forA] = await listMyIntroductions(w.a.viewer);
    const [forC] = await listMyIntroductions(w.c.viewer);
    expect(forA).toMatchObject({ direction: 'proposed', canAnswer: true, canWithdraw: false, proposedByName: 'Lise Facilitator', contact: null });
    expect(forC).toMatchObject({ direction: 'proposed', canAnswer: true, contact: null });

    expect(await respondToIntroduction(w.a.viewer, { introductionId: id, decision: 'accept' })).toEqual({ status: 'pending', changed: true });
    expect(await respondToIntroduction(w.a.colleagueViewer, { introductionId: id, decision: 'accept' })).toEqual({ status: 'pending', changed: false });
    expect(await notesOfType('introduction_partner_accepted', [w.c.user.id])).toHaveLength(1);
    expect((await getCompanyProfile(w.a.viewer, w.c.company.ref)).contact).toBeNull();
    expect((await listMyIntroductions(w.a.viewer))[0]).toMatchObject({ iAccepted: true, otherAccepted: false, canAnswer: false });

    expect(await respondToIntroduction(w.c.viewer, { introductionId: id, decision: 'accept', reply: 'Gerne!' })).toEqual({ status: 'accepted', changed: true });
    const [done] = await db().select().from(introductions).where(eq(introductions.id, id));
    expect(done!.fromAcceptedAt).not.toBeNull();
    expect(done!.toAcceptedAt).not.toBeNull();
    expect(done!.respondedAt).not.toBeNull();
    expect(done!.toReply).toBe('Gerne!');
    expect(await notesOfType('introduction_accepted', [w.a.user.id, w.a.colleague.id])).toHaveLength(2);
    expect(await notesOfType('introduction_proposal_accepted', [w.facXUser.id])).toHaveLength(1);
    expect((await getCompanyProfile(w.a.viewer, w.c.company.ref)).contact?.email).toBe('post@tredje.test');
    expect((await getCompanyProfile(w.c.viewer, w.a.company.ref)).contact?.email).toBe('info@smedie.test');
    expect((await listMyIntroductions(w.c.viewer))[0]!.contact?.phone).toBe('+45 11 11 11 11');
    // A firm outside never does.
    expect((await getCompanyProfile(w.b.viewer, w.a.company.ref)).contact).toBeNull();
  });

  it('is declined when either firm declines; the proposer and the other firm are told', async () => {
    const w = await consentWorld(db());
    const { id } = await proposeIntroduction(w.facX, proposal(w));
    await respondToIntroduction(w.a.viewer, { introductionId: id, decision: 'accept' });
    expect(await respondToIntroduction(w.c.viewer, { introductionId: id, decision: 'decline', reply: 'Ikke lige nu' })).toEqual({
      status: 'declined',
      changed: true,
    });
    expect(await notesOfType('introduction_declined', [w.a.user.id])).toHaveLength(1);
    expect(await notesOfType('introduction_proposal_declined', [w.facXUser.id])).toHaveLength(1);
    await expectAppError(respondToIntroduction(w.a.viewer, { introductionId: id, decision: 'accept' }), 'conflict', 'alreadyDecided');
    expect((await getCompanyProfile(w.a.viewer, w.c.company.ref)).contact).toBeNull();
    // A new proposal between them is possible once the old one is decided.
    await proposeIntroduction(w.facX, proposal(w));
  });

  it('both firms accepting at the same moment end up accepted', async () => {
    const w = await consentWorld(db());
    const { id } = await proposeIntroduction(w.facX, proposal(w));
    const results = await Promise.all([
      respondToIntroduction(w.a.viewer, { introductionId: id, decision: 'accept' }),
      respondToIntroduction(w.c.viewer, { introductionId: id, decision: 'accept' }),
    ]);
    expect(results.some((r) => r.status === 'accepted')).toBe(true);
    const [row] = await db().select().from(introductions).where(eq(introductions.id, id));
    expect(row!.status).toBe('accepted');
  });

  it('only a facilitator of that network (or an admin) proposes, and only between its approved members', async () => {
    const w = await consentWorld(db());
    await expectAppError(proposeIntroduction(w.a.viewer, proposal(w)), 'forbidden');
    await expectAppError(proposeIntroduction(w.kommuneX, proposal(w)), 'forbidden');
    await expectAppError(proposeIntroduction(w.facY, proposal(w)), 'forbidden');
    await expectAppError(proposeIntroduction(null, proposal(w)), 'unauthorized');
    await expectAppError(proposeIntroduction(w.facX, proposal(w, { networkRef: 'net-nowhere' })), 'not_found');
    await expectAppError(proposeIntroduction(w.facX, proposal(w, { toCompanyRef: w.d.company.ref })), 'validation', 'notMember');
    await expectAppError(proposeIntroduction(w.facX, proposal(w, { fromCompanyRef: w.pending.company.ref })), 'validation', 'notMember');
    await expectAppError(proposeIntroduction(w.facX, proposal(w, { toCompanyRef: 'co-unknown' })), 'validation', 'notMember');
    await expectAppError(proposeIntroduction(w.facX, proposal(w, { fromListingRef: w.listings.bOffer.ref })), 'validation', 'listingNotOfFirm');
    // A facilitator of Y cannot reach into X even by naming Y's firms.
    await expectAppError(proposeIntroduction(w.facY, proposal(w, { networkRef: w.y.ref })), 'validation', 'notMember');
    expect(
      await db()
        .select()
        .from(introductions)
        .where(inArray(introductions.fromCompanyId, [w.a.company.id, w.c.company.id, w.pending.company.id, w.d.company.id])),
    ).toHaveLength(0);
    expect(await notesOfType('introduction_proposed', [w.a.user.id, w.c.user.id, w.d.user.id])).toHaveLength(0);
    expect(testOutbox).toHaveLength(0);

    await proposeIntroduction(w.admin, proposal(w));
    await expectAppError(
      proposeIntroduction(w.facX, proposal(w, { fromCompanyRef: w.c.company.ref, toCompanyRef: w.a.company.ref })),
      'conflict',
      'alreadyProposed',
    );
  });

  it('the facilitators withdraw a pending proposal; the firms may not, outsiders get not-found', async () => {
    const w = await consentWorld(db());
    const { id } = await proposeIntroduction(w.facX, proposal(w));
    await expectAppError(withdrawIntroduction(w.a.viewer, id), 'forbidden', 'cannotWithdraw');
    await expectAppError(withdrawIntroduction(w.facY, id), 'not_found');
    await expectAppError(withdrawIntroduction(w.b.viewer, id), 'not_found');
    for (const outsider of [w.b.viewer, w.facX, w.facY, w.kommuneX]) {
      await expectAppError(respondToIntroduction(outsider, { introductionId: id, decision: 'accept' }), 'not_found');
    }
    testOutbox.length = 0;
    expect(await withdrawIntroduction(w.facX, id)).toEqual({ status: 'withdrawn', changed: true });
    expect(await notesOfType('introduction_proposal_withdrawn', [w.a.user.id, w.a.colleague.id, w.c.user.id])).toHaveLength(3);
    expect(testOutbox).toHaveLength(3);
    await expectAppError(respondToIntroduction(w.c.viewer, { introductionId: id, decision: 'accept' }), 'conflict', 'withdrawn');
  });

  it('the facilitator page: networks, pickers and the list of proposals, for facilitators only', async () => {
    const w = await consentWorld(db());
    expect((await facilitatedNetworks(w.facX)).map((n) => n.ref)).toEqual([w.x.ref]);
    expect((await facilitatedNetworks(w.admin)).map((n) => n.ref)).toEqual(expect.arrayContaining([w.x.ref, w.y.ref]));
    await expectAppError(facilitatedNetworks(w.a.viewer), 'forbidden');

    const firms = await introductionPickers(w.facX, w.x.id);
    expect(firms.map((f) => f.name)).toEqual(['Regstrup Plast ApS', 'Regstrup Smedie ApS', 'Tredje Firma ApS']);
    const plast = firms.find((f) => f.ref === w.b.company.ref)!;
    // Active listings the facilitator can see: not the paused one.
    expect(plast.listings.map((l) => l.title).sort()).toEqual(['Kun for facilitatorer', 'Ledig sprøjtestøbekapacitet', 'Overskydende granulat']);
    await expectAppError(introductionPickers(w.facY, w.x.id), 'forbidden');
    await expectAppError(introductionPickers(w.a.viewer, w.x.id), 'forbidden');
    // A board match's link fills the form in, with only what the facilitator may pick.
    const granulat = plast.listings.find((l) => l.title === 'Overskydende granulat')!;
    expect(proposeInitial(firms, { from: w.b.company.ref, fromListing: granulat.ref, to: w.a.company.ref })).toEqual({
      fromCompanyRef: w.b.company.ref,
      fromListingRef: granulat.ref,
      toCompanyRef: w.a.company.ref,
      toListingRef: undefined,
    });
    // Another firm's listing, an unknown firm: left empty.
    expect(proposeInitial(firms, { from: w.a.company.ref, fromListing: granulat.ref, to: 'co-unknown', toListing: granulat.ref })).toEqual({
      fromCompanyRef: w.a.company.ref,
      fromListingRef: undefined,
      toCompanyRef: undefined,
      toListingRef: undefined,
    });

    await proposeIntroduction(w.facX, proposal(w, { toListingRef: w.listings.cNeed.ref }));
    const list = await listProposals(w.facX, w.x.id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      status: 'pending',
      from: { name: 'Regstrup Smedie ApS', accepted: false },
      to: { listing: { title: 'Transport til Hamborg' } },
      canWithdraw: true,
    });
    expect(await listProposals(w.admin, w.x.id)).toHaveLength(1);
    await expectAppError(listProposals(w.facY, w.x.id), 'forbidden');
    await expectAppError(listProposals(w.kommuneX, w.x.id), 'forbidden');
  });
});
