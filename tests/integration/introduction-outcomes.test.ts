import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { introductions, outcomes } from '@/db/schema';
import { listMyIntroductions } from '@/lib/dal/introduction-list';
import { proposeIntroduction } from '@/lib/dal/introduction-proposals';
import { expressInterest, introductionStats, recordOutcome, respondToIntroduction } from '@/lib/dal/introductions';
import { expressInterestSchema, proposeIntroductionSchema, recordOutcomeSchema } from '@/lib/validations/introductions';
import { setupTestDb } from './helpers/db';
import { consentWorld, expectAppError, type ConsentWorld } from './helpers/introductions';

const db = setupTestDb();

async function accepted(w: ConsentWorld, listingRef = w.listings.bOffer.ref) {
  const { id } = await expressInterest(w.a.viewer, expressInterestSchema.parse({ toListingRef: listingRef, message: 'Skal vi tale sammen?' }));
  await respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'accept' });
  return id;
}

const outcome = (introductionId: string, over: Record<string, string> = {}) => recordOutcomeSchema.parse({ introductionId, kind: 'deal', ...over });

describe('outcomes', () => {
  it('either firm records what came of an accepted introduction, linked to it and its network; the same kind again updates it', async () => {
    const w = await consentWorld(db());
    const id = await accepted(w);
    expect(await recordOutcome(w.a.viewer, outcome(id, { summary: 'Aftale om 2.000 endestykker', occurredOn: '2025-03-01' }))).toMatchObject({ created: true });
    expect(await recordOutcome(w.b.viewer, outcome(id, { kind: 'knowledge' }))).toMatchObject({ created: true });
    // The other firm records the same deal: one outcome, updated, not two.
    expect(await recordOutcome(w.b.viewer, outcome(id, { summary: 'Aftale om 2.500 endestykker' }))).toMatchObject({ created: false });
    const rows = await db().select().from(outcomes).where(eq(outcomes.introductionId, id));
    expect(rows).toHaveLength(2);
    const deal = rows.find((r) => r.kind === 'deal')!;
    expect(deal).toMatchObject({ networkId: w.x.id, summary: 'Aftale om 2.500 endestykker', recordedById: w.b.user.id });
    expect(rows.find((r) => r.kind === 'knowledge')!.summary).toBe('');
    const [dto] = await listMyIntroductions(w.a.viewer);
    expect(dto!.outcomes.map((o) => o.kind).sort()).toEqual(['deal', 'knowledge']);
  });

  it('only after acceptance, only by the two firms', async () => {
    const w = await consentWorld(db());
    const { id } = await expressInterest(w.a.viewer, expressInterestSchema.parse({ toListingRef: w.listings.bPublic.ref, message: 'Hej' }));
    await expectAppError(recordOutcome(w.a.viewer, outcome(id)), 'conflict', 'notAccepted');
    await respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'accept' });
    for (const outsider of [w.c.viewer, w.facX, w.kommuneX, w.admin, w.loner]) await expectAppError(recordOutcome(outsider, outcome(id)), 'not_found');
    await expectAppError(recordOutcome(null, outcome(id)), 'unauthorized');
    expect(await db().select().from(outcomes).where(eq(outcomes.introductionId, id))).toHaveLength(0);
  });

  it('counts an introduction between firms without a shared network where the listing’s firm is a member', async () => {
    const w = await consentWorld(db());
    const { id } = await expressInterest(w.d.viewer, expressInterestSchema.parse({ toListingRef: w.listings.bPublic.ref, message: 'Hej fra Svinninge' }));
    await respondToIntroduction(w.b.viewer, { introductionId: id, decision: 'accept' });
    await recordOutcome(w.d.viewer, outcome(id, { kind: 'joint_purchase' }));
    const [row] = await db().select().from(outcomes).where(eq(outcomes.introductionId, id));
    expect(row!.networkId).toBe(w.x.id);
  });

  it('rejects bad input before anything is written', () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(recordOutcomeSchema.safeParse({ introductionId: id, kind: 'lottery' }).success).toBe(false);
    expect(recordOutcomeSchema.safeParse({ introductionId: 'x', kind: 'deal' }).success).toBe(false);
    expect(recordOutcomeSchema.safeParse({ introductionId: id, kind: 'deal', summary: 'x'.repeat(1001) }).success).toBe(false);
    expect(recordOutcomeSchema.safeParse({ introductionId: id, kind: 'deal', occurredOn: '2999-01-01' }).success).toBe(false);
    expect(recordOutcomeSchema.parse({ introductionId: id, kind: 'none', summary: '  ', occurredOn: '' })).toEqual({ introductionId: id, kind: 'none' });
  });
});

describe('introduction statistics', () => {
  const HOUR = 3_600_000;

  /** Sets an introduction's sending and answering times, for a known median. */
  async function timed(id: string, sentAt: Date, answeredAfterHours: number | null) {
    await db()
      .update(introductions)
      .set({ createdAt: sentAt, respondedAt: answeredAfterHours === null ? null : new Date(sentAt.getTime() + answeredAfterHours * HOUR) })
      .where(eq(introductions.id, id));
  }

  it('counts by kind and status, acceptance rate, median time to answer and outcomes — numbers only', async () => {
    const w = await consentWorld(db());
    const base = new Date('2025-02-03T08:00:00Z');
    const interest = (ref: string, viewer = w.a.viewer) => expressInterest(viewer, expressInterestSchema.parse({ toListingRef: ref, message: 'Hej' }));

    const one = await interest(w.listings.bOffer.ref);
    await respondToIntroduction(w.b.viewer, { introductionId: one.id, decision: 'accept' });
    await timed(one.id, base, 2);
    const two = await interest(w.listings.bPublic.ref);
    await respondToIntroduction(w.b.viewer, { introductionId: two.id, decision: 'decline' });
    await timed(two.id, base, 30);
    const three = await interest(w.listings.cNeed.ref);
    await timed(three.id, base, null); // pending: not answered, not in the rate or the median
    const proposed = await proposeIntroduction(
      w.facX,
      proposeIntroductionSchema.parse({ networkRef: w.x.ref, fromCompanyRef: w.b.company.ref, toCompanyRef: w.c.company.ref, message: 'Tal sammen' }),
    );
    await respondToIntroduction(w.b.viewer, { introductionId: proposed.id, decision: 'accept' });
    await respondToIntroduction(w.c.viewer, { introductionId: proposed.id, decision: 'accept' });
    await timed(proposed.id, base, 4);
    await recordOutcome(w.a.viewer, outcome(one.id, { kind: 'deal' }));
    await recordOutcome(w.c.viewer, outcome(proposed.id, { kind: 'shared_hire' }));
    // Network Y's numbers stay apart.
    await interest(w.listings.bPublic.ref, w.d.viewer);

    const stats = await introductionStats(w.facX, w.x.id);
    expect(stats).toEqual({
      total: 4,
      byKind: { interest: 3, facilitator: 1 },
      byStatus: { pending: 1, accepted: 2, declined: 1, withdrawn: 0 },
      byKindAndStatus: {
        interest: { pending: 1, accepted: 1, declined: 1, withdrawn: 0 },
        facilitator: { pending: 0, accepted: 1, declined: 0, withdrawn: 0 },
      },
      answered: 3,
      acceptanceRate: 2 / 3,
      medianHoursToAnswer: 4,
      outcomesTotal: 2,
      outcomesByKind: { deal: 1, shared_hire: 1, joint_purchase: 0, project: 0, knowledge: 0, none: 0 },
    });
    const json = JSON.stringify(stats);
    for (const name of ['Regstrup', 'Tredje', 'Hej', w.a.company.id, w.b.company.id]) expect(json).not.toContain(name);

    // The municipality of the network and an admin see the same counts; a period narrows them.
    expect(await introductionStats(w.kommuneX, w.x.id)).toEqual(stats);
    expect((await introductionStats(w.admin, w.x.id)).total).toBe(4);
    const later = await introductionStats(w.facX, w.x.id, { from: new Date(base.getTime() + HOUR) });
    expect(later.byKind).toEqual({ interest: 0, facilitator: 0 });
    expect(later.medianHoursToAnswer).toBeNull();
    expect(later.acceptanceRate).toBeNull();
  });

  it('only the network’s facilitators, its municipality staff and admins may ask', async () => {
    const w = await consentWorld(db());
    await expectAppError(introductionStats(null, w.x.id), 'unauthorized');
    for (const v of [w.a.viewer, w.b.viewer, w.facY, w.loner]) await expectAppError(introductionStats(v, w.x.id), 'forbidden');
    expect((await introductionStats(w.facY, w.y.id)).total).toBe(0);
    await expectAppError(introductionStats(w.kommuneX, w.y.id), 'forbidden');
  });
});
