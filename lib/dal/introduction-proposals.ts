import 'server-only';
// A facilitator's "I think you two should talk": a proposed introduction between two approved
// member firms of a network the facilitator runs (any network, for a platform admin). Each firm
// answers for itself; contact details are revealed once both have accepted.
import { getDb } from '@/db/client';
import {
  approvedMemberFirms,
  approvedMembersAmong,
  companiesByRefs,
  firmListingId,
  firmsListingsByTitle,
  hasPendingProposal,
  insertProposal,
  lockNetwork,
  selectProposals,
} from '@/db/queries/introductions';
import { selectNetworkByRef, selectNetworkIdentities } from '@/db/queries/networks';
import type { IntroductionStatus, ListingKind } from '@/db/schema';
import { inTransaction } from '@/db/transaction';
import { AppError, forbidden, notFound, unauthorized } from '@/lib/errors';
import type { ProposeIntroductionInput } from '@/lib/validations/introductions';
import { listingActiveSql, listingVisibleSql } from '@/lib/policy/listings';
import { INTRODUCTIONS_HREF } from './introduction-access';
import { companyUserIds, mailNotices, notifyAll, type Notice } from './notifications';
import { isFacilitatorOf } from '@/lib/policy/networks';
import type { Viewer } from '@/lib/policy/viewer';

const issue = (code: 'validation' | 'conflict', path: string, key: string) =>
  new AppError(code, key, { issues: [{ path, message: `introductions.validation.${key}` }] });

/** Networks the viewer may propose introductions in (all for an admin), by name. */
export async function facilitatedNetworks(viewer: Viewer | null): Promise<{ id: string; ref: string; name: string }[]> {
  if (!viewer) throw unauthorized();
  if (!viewer.isAdmin && !viewer.facilitatorNetworkIds.length) throw forbidden();
  return selectNetworkIdentities(getDb(), { networkIds: viewer.isAdmin ? 'all' : viewer.facilitatorNetworkIds });
}

async function memberListing(viewer: Viewer, ref: string | undefined, companyId: string, field: string) {
  if (!ref) return null;
  const id = await firmListingId(getDb(), { ref, companyId, conditions: [listingVisibleSql(viewer), listingActiveSql()] });
  if (!id) throw issue('validation', field, 'listingNotOfFirm');
  return id;
}

export async function proposeIntroduction(viewer: Viewer | null, input: ProposeIntroductionInput): Promise<{ id: string }> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const network = await selectNetworkByRef(db, { ref: input.networkRef });
  if (!network) throw notFound();
  if (!isFacilitatorOf(viewer, network.id)) throw forbidden();

  const firms = await companiesByRefs(db, { refs: [input.fromCompanyRef, input.toCompanyRef] });
  const members = await approvedMembersAmong(db, { networkId: network.id, companyIds: firms.map((f) => f.id) });
  const firm = (ref: string, field: string) => {
    const f = firms.find((x) => x.ref === ref);
    // A firm outside the network reads exactly like one that does not exist.
    if (!f || !members.has(f.id)) throw issue('validation', field, 'notMember');
    return f;
  };
  const from = firm(input.fromCompanyRef, 'fromCompanyRef');
  const to = firm(input.toCompanyRef, 'toCompanyRef');
  const fromListingId = await memberListing(viewer, input.fromListingRef, from.id, 'fromListingRef');
  const toListingId = await memberListing(viewer, input.toListingRef, to.id, 'toListingRef');

  if (await hasPendingProposal(db, { networkId: network.id, a: from.id, b: to.id })) throw issue('conflict', '_form', 'alreadyProposed');

  const data = (companyName: string) => ({ companyName, networkName: network.name, facilitatorName: viewer.name ?? viewer.email });
  let notices: Notice[] = [];
  const id = await inTransaction(async (tx) => {
    // Serialise proposals for this network, so the same pair cannot be proposed twice at once.
    await lockNetwork(tx, { id: network.id });
    if (await hasPendingProposal(tx, { networkId: network.id, a: from.id, b: to.id })) throw issue('conflict', '_form', 'alreadyProposed');
    const id = await insertProposal(tx, {
      networkId: network.id,
      fromCompanyId: from.id,
      toCompanyId: to.id,
      fromListingId,
      toListingId,
      proposedById: viewer.userId,
      message: input.message,
    });
    notices = [
      { userIds: await companyUserIds(tx, [from.id]), type: 'introduction_proposed', data: data(to.name), href: INTRODUCTIONS_HREF, quote: input.message },
      { userIds: await companyUserIds(tx, [to.id]), type: 'introduction_proposed', data: data(from.name), href: INTRODUCTIONS_HREF, quote: input.message },
    ];
    await notifyAll(tx, notices);
    return id;
  }, db);
  await mailNotices(notices);
  return { id };
}

// ---------------------------------------------------------------- the facilitator's page

export interface PickerFirm {
  ref: string;
  name: string;
  city: string | null;
  listings: { ref: string; title: string; kind: ListingKind }[];
}

/** The proposal form's starting values. */
export interface ProposeInitial {
  fromCompanyRef?: string;
  fromListingRef?: string;
  toCompanyRef?: string;
  toListingRef?: string;
}

/** Firms and listings named in the page's address (a theme board match's "propose an
 * introduction" link: from, fromListing, to, toListing), kept only when they are among `firms`,
 * the pickers this facilitator may choose from; anything else starts empty. */
export function proposeInitial(firms: PickerFirm[], params: Record<string, string | string[] | undefined>): ProposeInitial {
  const pick = (firmKey: string, listingKey: string) => {
    const firm = firms.find((f) => f.ref === params[firmKey]);
    return { company: firm?.ref, listing: firm?.listings.find((l) => l.ref === params[listingKey])?.ref };
  };
  const from = pick('from', 'fromListing');
  const to = pick('to', 'toListing');
  return { fromCompanyRef: from.company, fromListingRef: from.listing, toCompanyRef: to.company, toListingRef: to.listing };
}

/** Approved member firms of the network with their active listings the facilitator can see. */
export async function introductionPickers(viewer: Viewer | null, networkId: string): Promise<PickerFirm[]> {
  if (!viewer) throw unauthorized();
  if (!isFacilitatorOf(viewer, networkId)) throw forbidden();
  const db = getDb();
  const firms = await approvedMemberFirms(db, { networkId });
  if (!firms.length) return [];
  const rows = await firmsListingsByTitle(db, { companyIds: firms.map((f) => f.id), conditions: [listingVisibleSql(viewer), listingActiveSql()] });
  return firms.map((f) => ({
    ref: f.ref,
    name: f.name,
    city: f.city,
    listings: rows.filter((r) => r.companyId === f.id).map(({ ref, title, kind }) => ({ ref, title, kind })),
  }));
}

export interface ProposalDto {
  id: string;
  status: IntroductionStatus;
  from: { ref: string; name: string; accepted: boolean; reply: string | null; listing: { ref: string; title: string } | null };
  to: { ref: string; name: string; accepted: boolean; reply: string | null; listing: { ref: string; title: string } | null };
  message: string;
  proposedByName: string | null;
  createdAt: Date;
  respondedAt: Date | null;
  canWithdraw: boolean;
}

/** Every facilitator proposal in the network (by any of its facilitators), newest first. */
export async function listProposals(viewer: Viewer | null, networkId: string, { limit = 100 }: { limit?: number } = {}): Promise<ProposalDto[]> {
  if (!viewer) throw unauthorized();
  if (!isFacilitatorOf(viewer, networkId)) throw forbidden();
  const rows = await selectProposals(getDb(), { networkId, limit });
  const listing = (ref: string | null, title: string | null) => (ref && title ? { ref, title } : null);
  return rows.map((r) => ({
    id: r.i.id,
    status: r.i.status,
    from: { ref: r.fromRef, name: r.fromName, accepted: !!r.i.fromAcceptedAt, reply: r.i.fromReply, listing: listing(r.fromListingRef, r.fromListingTitle) },
    to: { ref: r.toRef, name: r.toName, accepted: !!r.i.toAcceptedAt, reply: r.i.toReply, listing: listing(r.toListingRef, r.toListingTitle) },
    message: r.i.message,
    proposedByName: r.proposedByName,
    createdAt: r.i.createdAt,
    respondedAt: r.i.respondedAt,
    canWithdraw: r.i.status === 'pending',
  }));
}
