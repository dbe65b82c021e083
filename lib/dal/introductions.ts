import 'server-only';
// Contact by consent. A firm expresses interest in another firm's listing, or a facilitator proposes
// an introduction between two member firms; the other side (both sides, for a facilitator's
// proposal) accepts or declines. Only an accepted introduction reveals contact details — and that
// rule lives in canSeeContact (company-access.ts), nowhere else.
//
// Rules decided here:
// - Only users of a firm that takes part may answer, withdraw or record an outcome; to anyone else
//   an introduction does not exist (not_found).
// - Status changes are single conditional UPDATEs (`… where status = 'pending'`), so two people
//   answering at once cannot both win; repeating the same answer is harmless, a different answer
//   to a decided introduction is a conflict.
// - Every step notifies the other side in the app, then by e-mail after the commit.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { getDb, type Db, type Tx } from '@/db/client';
import { firstApprovedNetworkId, isApprovedSomewhere, isPendingInterestConflict, sharedNetworkId } from '@/db/queries/introductions';
import { companies, introductions, listings, type Introduction } from '@/db/schema';
import { notFound, unauthorized } from '@/lib/errors';
import type { ExpressInterestInput, RespondInput } from '@/lib/validations/introductions';
import { introductionPartySql } from '@/lib/policy/introductions';
import { listingActiveSql, listingVisibleSql } from '@/lib/policy/listings';
import { INTRODUCTIONS_HREF, issue, load, loadAsParty } from './introduction-access';
import { companyUserIds, mailNotices, networkFacilitatorIds, notifyAll, type Notice } from './notifications';
import type { Viewer } from '@/lib/policy/viewer';

export { INTRODUCTIONS_HREF } from './introduction-access';
export { recordOutcome } from './introduction-outcomes';
export { introductionStats, type IntroductionStats } from './introduction-stats';

// ---------------------------------------------------------------- express interest

async function resolveFromCompany(db: Db, viewer: Viewer, input: ExpressInterestInput): Promise<{ companyId: string; listingId: string | null }> {
  let chosen: string | undefined;
  if (input.companyRef) {
    const [row] = await db
      .select({ id: companies.id })
      .from(companies)
      .where(and(eq(companies.ref, input.companyRef), inArray(companies.id, viewer.companyIds)))
      .limit(1);
    if (!row) throw issue('validation', 'companyRef', 'notYourFirm');
    chosen = row.id;
  }
  if (input.fromListingRef) {
    const [row] = await db
      .select({ id: listings.id, companyId: listings.companyId })
      .from(listings)
      .where(and(eq(listings.ref, input.fromListingRef), inArray(listings.companyId, viewer.companyIds)))
      .limit(1);
    if (!row || (chosen && row.companyId !== chosen)) throw issue('validation', 'fromListingRef', 'notYourListing');
    return { companyId: row.companyId, listingId: row.id };
  }
  if (chosen) return { companyId: chosen, listingId: null };
  if (viewer.companyIds.length > 1) throw issue('validation', 'companyRef', 'chooseFirm');
  return { companyId: viewer.companyIds[0]!, listingId: null };
}

/**
 * The viewer's firm tells the owner of a listing it would like to get in touch. The receiving firm
 * learns who and why — never the sender's contact details, which only an acceptance reveals.
 */
export async function expressInterest(viewer: Viewer | null, input: ExpressInterestInput): Promise<{ id: string }> {
  if (!viewer) throw unauthorized();
  if (!viewer.companyIds.length) throw issue('forbidden', '_form', 'noFirm');
  const db = getDb();
  const [to] = await db
    .select({
      id: listings.id,
      title: listings.title,
      companyId: listings.companyId,
      companyName: companies.name,
      companyRef: companies.ref,
      active: sql<boolean>`${listingActiveSql()}`,
    })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(and(eq(listings.ref, input.toListingRef), listingVisibleSql(viewer)))
    .limit(1);
  if (!to) throw notFound();
  if (viewer.companyIds.includes(to.companyId)) throw issue('validation', '_form', 'ownListing');
  if (!to.active) throw issue('conflict', '_form', 'listingInactive');

  const from = await resolveFromCompany(db, viewer, input);
  // A firm no network has vouched for yet is not public: it cannot approach others either.
  if (!(await isApprovedSomewhere(db, { companyId: from.companyId }))) throw issue('forbidden', '_form', 'notApproved');

  const [open] = await db
    .select({ status: introductions.status })
    .from(introductions)
    .where(
      and(
        eq(introductions.kind, 'interest'),
        eq(introductions.fromCompanyId, from.companyId),
        eq(introductions.toListingId, to.id),
        inArray(introductions.status, ['pending', 'accepted']),
      ),
    )
    .limit(1);
  if (open) throw issue('conflict', '_form', open.status === 'pending' ? 'alreadyPending' : 'alreadyConnected');

  const [fromCompany] = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, from.companyId)).limit(1);
  const networkId = await sharedNetworkId(db, { a: from.companyId, b: to.companyId });
  let notices: Notice[] = [];
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(introductions)
        .values({
          kind: 'interest',
          networkId,
          fromCompanyId: from.companyId,
          toCompanyId: to.companyId,
          fromListingId: from.listingId,
          toListingId: to.id,
          proposedById: viewer.userId,
          message: input.message,
          status: 'pending',
          // Expressing interest is the sender's consent; the receiver's answer completes it.
          fromAcceptedAt: new Date(),
        })
        .returning({ id: introductions.id });
      const receivers = await companyUserIds(tx, [to.companyId]);
      notices = [
        {
          userIds: receivers,
          type: 'introduction_received',
          data: { companyName: fromCompany?.name ?? '', listingTitle: to.title },
          href: INTRODUCTIONS_HREF,
          quote: input.message,
        },
      ];
      // Many firms are on the exchange before any of their people are (a facilitator imported
      // them): then the network's facilitators are told, so that someone can call the firm.
      const via = receivers.length ? null : (networkId ?? (await firstApprovedNetworkId(tx, { companyIds: [to.companyId] })));
      if (via) {
        notices.push({
          userIds: await networkFacilitatorIds(tx, via),
          type: 'introduction_unreachable',
          data: { fromName: fromCompany?.name ?? '', toName: to.companyName, listingTitle: to.title },
          href: `/companies/${to.companyRef}`,
        });
      }
      await notifyAll(tx, notices);
      return row!.id;
    });
    await mailNotices(notices);
    return { id };
  } catch (error) {
    // Two colleagues sent the same interest at the same moment: the index let one through.
    if (isPendingInterestConflict(error)) throw issue('conflict', '_form', 'alreadyPending');
    throw error;
  }
}

// ---------------------------------------------------------------- answering and withdrawing

export interface AnswerResult {
  status: Introduction['status'];
  /** False when nothing changed (the same answer given twice). */
  changed: boolean;
}

/** What a repeated or late answer means once the introduction is no longer pending. */
function settled(row: Introduction, decision: RespondInput['decision'], mySideAccepted: boolean): AnswerResult {
  if (decision === 'accept' && (row.status === 'accepted' || (row.status === 'pending' && mySideAccepted))) return { status: row.status, changed: false };
  if (decision === 'decline' && row.status === 'declined') return { status: row.status, changed: false };
  throw issue('conflict', '_form', row.status === 'withdrawn' ? 'withdrawn' : 'alreadyDecided');
}

/**
 * Accept or decline. For an expressed interest only the receiving firm answers; for a facilitator's
 * proposal each firm answers for itself, and it is accepted once both have said yes.
 */
export async function respondToIntroduction(viewer: Viewer | null, input: RespondInput): Promise<AnswerResult> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const intro = await loadAsParty(db, viewer, input.introductionId);
  const { row } = intro;
  if (row.kind === 'interest' && !intro.isTo) throw issue('forbidden', '_form', 'senderCannotAnswer');
  // A user in both firms answers for both (rare: an admin who set up two firms).
  const sides = row.kind === 'interest' ? { from: false, to: true } : { from: intro.isFrom, to: intro.isTo };
  const mySideAccepted = (!sides.from || !!row.fromAcceptedAt) && (!sides.to || !!row.toAcceptedAt);
  if (row.status !== 'pending' || (input.decision === 'accept' && mySideAccepted)) return settled(row, input.decision, mySideAccepted);

  const reply = input.reply ?? null;
  const replies = {
    ...(sides.from ? { fromReply: reply ?? sql`${introductions.fromReply}` } : {}),
    ...(sides.to ? { toReply: reply ?? sql`${introductions.toReply}` } : {}),
  };
  const set: PgUpdateSetSource<typeof introductions> =
    input.decision === 'decline'
      ? { status: sql`'declined'`, respondedAt: sql`now()`, ...replies }
      : (() => {
          // SET reads the row as it was before this statement: both sides' answers are combined
          // atomically, so two firms accepting at the same moment end up 'accepted'.
          const fromAt = sides.from ? sql`coalesce(${introductions.fromAcceptedAt}, now())` : sql`${introductions.fromAcceptedAt}`;
          const toAt = sides.to ? sql`coalesce(${introductions.toAcceptedAt}, now())` : sql`${introductions.toAcceptedAt}`;
          const both = sql`(${fromAt}) is not null and (${toAt}) is not null`;
          return {
            fromAcceptedAt: fromAt,
            toAcceptedAt: toAt,
            status: sql`case when ${both} then 'accepted' else 'pending' end`,
            respondedAt: sql`case when ${both} then now() else ${introductions.respondedAt} end`,
            ...replies,
          };
        })();

  let notices: Notice[] = [];
  const result = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(introductions)
      .set(set)
      .where(and(eq(introductions.id, row.id), eq(introductions.status, 'pending')))
      .returning();
    if (!updated) {
      // Someone else decided in between: answer as if we had come second.
      const again = await loadAsParty(tx, viewer, row.id);
      return settled(again.row, input.decision, true);
    }
    notices = await answerNotices(tx, { ...intro, row: updated }, input.decision, reply);
    await notifyAll(tx, notices);
    return { status: updated.status, changed: true };
  });
  await mailNotices(notices);
  return result;
}

async function answerNotices(
  tx: Tx,
  intro: Awaited<ReturnType<typeof loadAsParty>>,
  decision: RespondInput['decision'],
  reply: string | null,
): Promise<Notice[]> {
  const { row } = intro;
  // The side that answered, and the other one (for an interest: the receiver answers the sender).
  const answeredAsTo = row.kind === 'interest' || intro.isTo;
  const mine = answeredAsTo ? { id: row.toCompanyId, name: intro.toName } : { id: row.fromCompanyId, name: intro.fromName };
  const other = answeredAsTo ? { id: row.fromCompanyId, name: intro.fromName } : { id: row.toCompanyId, name: intro.toName };
  const otherUsers = await companyUserIds(tx, [other.id]);
  const data = { companyName: mine.name, listingTitle: row.kind === 'interest' ? (intro.listingTitle ?? '') : '' };
  const notices: Notice[] = [];
  const proposer = row.kind === 'facilitator' && row.proposedById ? [row.proposedById] : [];
  const firms = { fromName: intro.fromName, toName: intro.toName };
  if (decision === 'decline') {
    notices.push({ userIds: otherUsers, type: 'introduction_declined', data, href: INTRODUCTIONS_HREF, quote: reply });
    if (proposer.length)
      notices.push({
        userIds: proposer,
        type: 'introduction_proposal_declined',
        data: { ...firms, companyName: mine.name },
        href: '/facilitator/introductions',
      });
  } else if (row.status === 'accepted') {
    notices.push({ userIds: otherUsers, type: 'introduction_accepted', data, href: INTRODUCTIONS_HREF, quote: reply });
    if (proposer.length) notices.push({ userIds: proposer, type: 'introduction_proposal_accepted', data: firms, href: '/facilitator/introductions' });
  } else {
    notices.push({ userIds: otherUsers, type: 'introduction_partner_accepted', data, href: INTRODUCTIONS_HREF, quote: reply });
  }
  return notices;
}

/**
 * Takes back a pending introduction: the sending firm for an interest; the proposing facilitator,
 * the network's facilitators or an admin for a facilitator's proposal. Withdrawing twice is harmless.
 */
export async function withdrawIntroduction(viewer: Viewer | null, introductionId: string): Promise<AnswerResult> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const facilitates = viewer.isAdmin
    ? sql`true`
    : or(
        eq(introductions.proposedById, viewer.userId),
        viewer.facilitatorNetworkIds.length ? inArray(introductions.networkId, viewer.facilitatorNetworkIds) : sql`false`,
      );
  const mayWithdraw = or(
    and(eq(introductions.kind, 'interest'), viewer.companyIds.length ? inArray(introductions.fromCompanyId, viewer.companyIds) : sql`false`),
    and(eq(introductions.kind, 'facilitator'), facilitates),
  );
  const intro = await load(db, introductionId, mayWithdraw);
  if (!intro) {
    // The receiving firm can see the introduction but it is not theirs to withdraw.
    if (await load(db, introductionId, introductionPartySql(viewer))) throw issue('forbidden', '_form', 'cannotWithdraw');
    throw notFound();
  }
  if (intro.row.status === 'withdrawn') return { status: 'withdrawn', changed: false };
  if (intro.row.status !== 'pending') throw issue('conflict', '_form', 'alreadyDecided');

  let notices: Notice[] = [];
  const result = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(introductions)
      .set({ status: 'withdrawn' })
      .where(and(eq(introductions.id, introductionId), eq(introductions.status, 'pending')))
      .returning({ status: introductions.status });
    if (!updated) {
      const again = await load(tx, introductionId, mayWithdraw);
      if (again?.row.status === 'withdrawn') return { status: 'withdrawn' as const, changed: false };
      throw issue('conflict', '_form', 'alreadyDecided');
    }
    const { row } = intro;
    notices =
      row.kind === 'interest'
        ? [
            {
              userIds: await companyUserIds(tx, [row.toCompanyId]),
              type: 'introduction_withdrawn',
              data: { companyName: intro.fromName, listingTitle: intro.listingTitle ?? '' },
              href: INTRODUCTIONS_HREF,
            },
          ]
        : [
            {
              userIds: await companyUserIds(tx, [row.fromCompanyId]),
              type: 'introduction_proposal_withdrawn',
              data: { companyName: intro.toName },
              href: INTRODUCTIONS_HREF,
            },
            {
              userIds: await companyUserIds(tx, [row.toCompanyId]),
              type: 'introduction_proposal_withdrawn',
              data: { companyName: intro.fromName },
              href: INTRODUCTIONS_HREF,
            },
          ];
    await notifyAll(tx, notices);
    return { status: 'withdrawn' as const, changed: true };
  });
  await mailNotices(notices);
  return result;
}
