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
import { getDb, type Db, type Tx } from '@/db/client';
import {
  answerPendingIntroduction,
  companyNameById,
  firstApprovedNetworkId,
  insertInterest,
  interestTargetByRef,
  isApprovedSomewhere,
  isPendingInterestConflict,
  openInterestStatus,
  ownListingByRef,
  sharedNetworkId,
  withdrawPendingIntroduction,
} from '@/db/queries/introductions';
import { ownCompanyIdByRef } from '@/db/queries/listings';
import type { Introduction } from '@/db/schema';
import { inTransaction } from '@/db/transaction';
import { notFound, unauthorized } from '@/lib/errors';
import type { ExpressInterestInput, RespondInput } from '@/lib/validations/introductions';
import { introductionPartySql, introductionWithdrawableSql } from '@/lib/policy/introductions';
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
    const id = await ownCompanyIdByRef(db, { ref: input.companyRef, companyIds: viewer.companyIds });
    if (!id) throw issue('validation', 'companyRef', 'notYourFirm');
    chosen = id;
  }
  if (input.fromListingRef) {
    const row = await ownListingByRef(db, { ref: input.fromListingRef, companyIds: viewer.companyIds });
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
  const to = await interestTargetByRef(db, { ref: input.toListingRef, visible: listingVisibleSql(viewer), active: listingActiveSql() });
  if (!to) throw notFound();
  if (viewer.companyIds.includes(to.companyId)) throw issue('validation', '_form', 'ownListing');
  if (!to.active) throw issue('conflict', '_form', 'listingInactive');

  const from = await resolveFromCompany(db, viewer, input);
  // A firm no network has vouched for yet is not public: it cannot approach others either.
  if (!(await isApprovedSomewhere(db, { companyId: from.companyId }))) throw issue('forbidden', '_form', 'notApproved');

  const open = await openInterestStatus(db, { fromCompanyId: from.companyId, toListingId: to.id });
  if (open) throw issue('conflict', '_form', open === 'pending' ? 'alreadyPending' : 'alreadyConnected');

  const fromName = (await companyNameById(db, { id: from.companyId })) ?? '';
  const networkId = await sharedNetworkId(db, { a: from.companyId, b: to.companyId });
  let notices: Notice[] = [];
  try {
    const id = await inTransaction(async (tx) => {
      const id = await insertInterest(tx, {
        networkId,
        fromCompanyId: from.companyId,
        toCompanyId: to.companyId,
        fromListingId: from.listingId,
        toListingId: to.id,
        proposedById: viewer.userId,
        message: input.message,
      });
      const receivers = await companyUserIds(tx, [to.companyId]);
      notices = [
        {
          userIds: receivers,
          type: 'introduction_received',
          data: { companyName: fromName, listingTitle: to.title },
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
          data: { fromName, toName: to.companyName, listingTitle: to.title },
          href: `/companies/${to.companyRef}`,
        });
      }
      await notifyAll(tx, notices);
      return id;
    }, db);
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

  let notices: Notice[] = [];
  const result = await inTransaction(async (tx) => {
    const updated = await answerPendingIntroduction(tx, { id: row.id, decision: input.decision, sides, reply });
    if (!updated) {
      // Someone else decided in between: answer as if we had come second.
      const again = await loadAsParty(tx, viewer, row.id);
      return settled(again.row, input.decision, true);
    }
    notices = await answerNotices(tx, { ...intro, row: updated }, input.decision, reply);
    await notifyAll(tx, notices);
    return { status: updated.status, changed: true };
  }, db);
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
  // The sending firm for an interest; the proposer, the network's facilitators or an admin for a proposal.
  const mayWithdraw = introductionWithdrawableSql(viewer);
  const intro = await load(db, introductionId, mayWithdraw);
  if (!intro) {
    // The receiving firm can see the introduction but it is not theirs to withdraw.
    if (await load(db, introductionId, introductionPartySql(viewer))) throw issue('forbidden', '_form', 'cannotWithdraw');
    throw notFound();
  }
  if (intro.row.status === 'withdrawn') return { status: 'withdrawn', changed: false };
  if (intro.row.status !== 'pending') throw issue('conflict', '_form', 'alreadyDecided');

  let notices: Notice[] = [];
  const result = await inTransaction(async (tx) => {
    const updated = await withdrawPendingIntroduction(tx, { id: introductionId });
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
  }, db);
  await mailNotices(notices);
  return result;
}
