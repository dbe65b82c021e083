import 'server-only';
// A facilitator's "I think you two should talk": a proposed introduction between two approved
// member firms of a network the facilitator runs (any network, for a platform admin). Each firm
// answers for itself; contact details are revealed once both have accepted.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { approvedMembersAmong, betweenFirmsSql } from '@/db/queries/introductions';
import { companies, introductions, listings, networkMemberships, networks, users, type IntroductionStatus, type ListingKind } from '@/db/schema';
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
  return getDb()
    .select({ id: networks.id, ref: networks.ref, name: networks.name })
    .from(networks)
    .where(viewer.isAdmin ? undefined : inArray(networks.id, viewer.facilitatorNetworkIds))
    .orderBy(asc(networks.name));
}

async function memberListing(viewer: Viewer, ref: string | undefined, companyId: string, field: string) {
  if (!ref) return null;
  const [row] = await getDb()
    .select({ id: listings.id })
    .from(listings)
    .where(and(eq(listings.ref, ref), eq(listings.companyId, companyId), listingVisibleSql(viewer), listingActiveSql()))
    .limit(1);
  if (!row) throw issue('validation', field, 'listingNotOfFirm');
  return row.id;
}

export async function proposeIntroduction(viewer: Viewer | null, input: ProposeIntroductionInput): Promise<{ id: string }> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const [network] = await db.select({ id: networks.id, name: networks.name }).from(networks).where(eq(networks.ref, input.networkRef)).limit(1);
  if (!network) throw notFound();
  if (!isFacilitatorOf(viewer, network.id)) throw forbidden();

  const firms = await db
    .select({ id: companies.id, ref: companies.ref, name: companies.name })
    .from(companies)
    .where(inArray(companies.ref, [input.fromCompanyRef, input.toCompanyRef]));
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

  const [open] = await db
    .select({ id: introductions.id })
    .from(introductions)
    .where(
      and(eq(introductions.kind, 'facilitator'), eq(introductions.networkId, network.id), eq(introductions.status, 'pending'), betweenFirmsSql(from.id, to.id)),
    )
    .limit(1);
  if (open) throw issue('conflict', '_form', 'alreadyProposed');

  const data = (companyName: string) => ({ companyName, networkName: network.name, facilitatorName: viewer.name ?? viewer.email });
  let notices: Notice[] = [];
  const id = await db.transaction(async (tx) => {
    // Serialise proposals for this network, so the same pair cannot be proposed twice at once.
    await tx.select({ id: networks.id }).from(networks).where(eq(networks.id, network.id)).for('update');
    const [again] = await tx
      .select({ id: introductions.id })
      .from(introductions)
      .where(
        and(
          eq(introductions.kind, 'facilitator'),
          eq(introductions.networkId, network.id),
          eq(introductions.status, 'pending'),
          betweenFirmsSql(from.id, to.id),
        ),
      )
      .limit(1);
    if (again) throw issue('conflict', '_form', 'alreadyProposed');
    const [row] = await tx
      .insert(introductions)
      .values({
        kind: 'facilitator',
        networkId: network.id,
        fromCompanyId: from.id,
        toCompanyId: to.id,
        fromListingId,
        toListingId,
        proposedById: viewer.userId,
        message: input.message,
        status: 'pending',
      })
      .returning({ id: introductions.id });
    notices = [
      { userIds: await companyUserIds(tx, [from.id]), type: 'introduction_proposed', data: data(to.name), href: INTRODUCTIONS_HREF, quote: input.message },
      { userIds: await companyUserIds(tx, [to.id]), type: 'introduction_proposed', data: data(from.name), href: INTRODUCTIONS_HREF, quote: input.message },
    ];
    await notifyAll(tx, notices);
    return row!.id;
  });
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
  const firms = await db
    .select({ id: companies.id, ref: companies.ref, name: companies.name, city: companies.city })
    .from(networkMemberships)
    .innerJoin(companies, eq(companies.id, networkMemberships.companyId))
    .where(and(eq(networkMemberships.networkId, networkId), eq(networkMemberships.role, 'member'), eq(networkMemberships.status, 'approved')))
    .orderBy(asc(companies.name));
  if (!firms.length) return [];
  const rows = await db
    .select({ companyId: listings.companyId, ref: listings.ref, title: listings.title, kind: listings.kind })
    .from(listings)
    .where(
      and(
        inArray(
          listings.companyId,
          firms.map((f) => f.id),
        ),
        listingVisibleSql(viewer),
        listingActiveSql(),
      ),
    )
    .orderBy(asc(listings.kind), asc(listings.title));
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
  const fromCo = alias(companies, 'from_co');
  const toCo = alias(companies, 'to_co');
  const fromLi = alias(listings, 'from_li');
  const toLi = alias(listings, 'to_li');
  const rows = await getDb()
    .select({
      i: introductions,
      fromRef: fromCo.ref,
      fromName: fromCo.name,
      toRef: toCo.ref,
      toName: toCo.name,
      fromListingRef: fromLi.ref,
      fromListingTitle: fromLi.title,
      toListingRef: toLi.ref,
      toListingTitle: toLi.title,
      proposedByName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(introductions)
    .innerJoin(fromCo, eq(fromCo.id, introductions.fromCompanyId))
    .innerJoin(toCo, eq(toCo.id, introductions.toCompanyId))
    .leftJoin(fromLi, eq(fromLi.id, introductions.fromListingId))
    .leftJoin(toLi, eq(toLi.id, introductions.toListingId))
    .leftJoin(users, eq(users.id, introductions.proposedById))
    .where(and(eq(introductions.kind, 'facilitator'), eq(introductions.networkId, networkId)))
    .orderBy(desc(introductions.createdAt))
    .limit(limit);
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
