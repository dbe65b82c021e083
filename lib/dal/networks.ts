import 'server-only';
// Networks and who belongs to them. A firm asks to join (pending); only that network's facilitators
// or a platform admin decide. Decisions notify the firm's users in the app and by e-mail.
import { getDb } from '@/db/client';
import {
  countPendingRequests,
  decidePendingMembership,
  insertMembershipRequest,
  insertNetwork,
  networkExists,
  renewMembershipRequest,
  selectCompanyPeople,
  selectCompanyRowByRef,
  selectFirmMembership,
  selectFirmStatuses,
  selectMembershipRequest,
  selectNetworkMembers,
  selectNetworkRowByRef,
  selectNetworkStaff,
  selectNetworkSummaries,
  selectNetworkSummaryByRef,
  selectPendingRequests,
  upsertStaffMembership,
  userIdByEmail,
} from '@/db/queries/networks';
import { insertNotifications, selectNetworkFacilitatorIds } from '@/db/queries/notifications';
import type { MembershipStatus } from '@/db/schema';
import { inTransaction } from '@/db/transaction';
import { companyVisibleSql } from '@/lib/policy/companies';
import { isFacilitatorOf } from '@/lib/policy/networks';
import type { Viewer } from '@/lib/policy/viewer';
import { AppError, forbidden, notFound, unauthorized } from '@/lib/errors';
import { appUrl } from '@/lib/env';
import { mailTranslator, sendMail, simpleHtml } from '@/lib/mail';
import { newRef } from '@/lib/refs';
import type { AppointStaffInput, CreateNetworkInput, MembershipRequestInput } from '@/lib/validations/networks';

export interface NetworkSummary {
  id: string;
  ref: string;
  name: string;
  description: string | null;
  country: string;
  radiusKm: number;
  memberCount: number;
}

export interface FirmStatus {
  companyRef: string;
  companyName: string;
  status: MembershipStatus | null;
}

const alreadyDecided = () => new AppError('conflict', 'already decided', { issues: [{ path: 'decision', message: 'networks.validation.alreadyDecided' }] });

/** Public: every network with its approved member-firm count. */
export async function listNetworks(): Promise<NetworkSummary[]> {
  return selectNetworkSummaries(getDb());
}

export async function getNetworkByRef(ref: string): Promise<NetworkSummary> {
  const row = await selectNetworkSummaryByRef(getDb(), { ref });
  if (!row) throw notFound();
  return row;
}

/** The viewer's own firms and where each stands in the network (null: not asked yet). */
export async function myFirmStatuses(viewer: Viewer | null, networkId: string): Promise<FirmStatus[]> {
  if (!viewer?.companyIds.length) return [];
  return selectFirmStatuses(getDb(), { networkId, companyIds: viewer.companyIds });
}

/** Approved member firms' public names: visible to the network's members, facilitators and admins. */
export async function listNetworkMembers(viewer: Viewer | null, networkId: string) {
  const allowed =
    !!viewer && (isFacilitatorOf(viewer, networkId) || viewer.memberNetworkIds.includes(networkId) || viewer.municipalityNetworkIds.includes(networkId));
  if (!allowed) return null;
  return selectNetworkMembers(getDb(), { networkId, visible: companyVisibleSql(viewer) });
}

/** A firm the viewer belongs to asks to join; a declined firm may ask again. */
export async function requestMembership(viewer: Viewer | null, input: MembershipRequestInput) {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const network = await selectNetworkRowByRef(db, { ref: input.networkRef });
  if (!network) throw notFound();
  const company = await selectCompanyRowByRef(db, { ref: input.companyRef });
  // Someone else's firm reads as "no such firm": its existence is not the viewer's business.
  if (!company || !viewer.companyIds.includes(company.id)) throw notFound();

  const existing = await selectFirmMembership(db, { networkId: network.id, companyId: company.id });
  if (existing && existing.status !== 'declined') {
    throw new AppError('conflict', 'already requested', {
      issues: [{ path: 'companyRef', message: existing.status === 'approved' ? 'networks.validation.alreadyMember' : 'networks.validation.alreadyPending' }],
    });
  }
  const values = { status: 'pending' as const, message: input.message, requestedById: viewer.userId, decidedById: null, decidedAt: null };
  await inTransaction(async (tx) => {
    if (existing) {
      await renewMembershipRequest(tx, { id: existing.id, values });
    } else {
      await insertMembershipRequest(tx, { networkId: network.id, companyId: company.id, values });
    }
    const facilitatorIds = await selectNetworkFacilitatorIds(tx, { networkId: network.id });
    await insertNotifications(tx, {
      rows: facilitatorIds.map((userId) => ({
        userId,
        type: 'membership_requested',
        data: { networkName: network.name, companyName: company.name },
        href: '/facilitator',
      })),
    });
  }, db);
  return { networkRef: network.ref };
}

export interface PendingRequest {
  membershipId: string;
  networkName: string;
  companyRef: string;
  companyName: string;
  nace: string[];
  city: string | null;
  message: string | null;
  requestedByName: string | null;
  requestedAt: Date;
}

/** The facilitator's queue: pending firm requests in the networks they facilitate (all for an admin). */
export async function listPendingRequests(viewer: Viewer | null): Promise<PendingRequest[]> {
  if (!viewer) throw unauthorized();
  if (!viewer.isAdmin && !viewer.facilitatorNetworkIds.length) throw forbidden();
  return selectPendingRequests(getDb(), { networkIds: viewer.isAdmin ? 'all' : viewer.facilitatorNetworkIds });
}

/** Networks the viewer runs (all for an admin), with member and staff counts for the overview. */
export async function listFacilitatedNetworks(viewer: Viewer | null) {
  if (!viewer) throw unauthorized();
  if (!viewer.isAdmin && !viewer.facilitatorNetworkIds.length) throw forbidden();
  const all = await listNetworks();
  return all.filter((n) => isFacilitatorOf(viewer, n.id));
}

export async function listNetworkStaff(viewer: Viewer | null, networkId: string) {
  if (!viewer || !isFacilitatorOf(viewer, networkId)) throw forbidden();
  return selectNetworkStaff(getDb(), { networkId });
}

/**
 * Approves or declines a pending request. Only the network's facilitators or an admin may; to
 * anyone else the request does not exist (404), so ids from other networks reveal nothing.
 */
export async function decideMembership(viewer: Viewer | null, input: { membershipId: string; decision: 'approve' | 'decline' }) {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const row = await selectMembershipRequest(db, { membershipId: input.membershipId });
  if (!row || !isFacilitatorOf(viewer, row.membership.networkId)) throw notFound();
  if (row.membership.status !== 'pending') throw alreadyDecided();

  const status = input.decision === 'approve' ? 'approved' : 'declined';
  const recipients = await inTransaction(async (tx) => {
    const updated = await decidePendingMembership(tx, { membershipId: input.membershipId, status, decidedById: viewer.userId });
    // Two facilitators deciding at once: the second finds nothing pending.
    if (!updated) throw alreadyDecided();
    const people = await selectCompanyPeople(tx, { companyId: row.membership.companyId! });
    await insertNotifications(tx, {
      rows: people.map((p) => ({
        userId: p.userId,
        type: `membership_${status}`,
        data: { networkName: row.networkName, companyName: row.companyName },
        href: `/networks/${row.networkRef}`,
      })),
    });
    return people;
  }, db);

  // E-mail after the commit: a mail server hiccup must not undo the decision.
  const href = `${appUrl()}/networks/${row.networkRef}`;
  await Promise.allSettled(
    recipients.map((p) => {
      const t = mailTranslator(p.locale, 'networks.email');
      const values = { network: row.networkName, company: row.companyName };
      const paragraphs = [t(`${status}Body`, values)];
      return sendMail({
        to: p.email,
        subject: t(`${status}Subject`, values),
        text: `${paragraphs[0]}\n\n${href}`,
        html: simpleHtml({ paragraphs, action: { label: t('open'), url: href } }),
      });
    }),
  ).then((results) => results.forEach((r) => r.status === 'rejected' && console.error('membership mail failed', r.reason)));
  return { status };
}

// ---------------------------------------------------------------- platform admin

function requireAdmin(viewer: Viewer | null) {
  if (!viewer) throw unauthorized();
  if (!viewer.isAdmin) throw forbidden();
}

export async function createNetwork(viewer: Viewer | null, input: CreateNetworkInput) {
  requireAdmin(viewer);
  return insertNetwork(getDb(), { ...input, ref: newRef('net'), locale: input.country === 'FI' ? 'fi' : 'da' });
}

/** Makes an existing user facilitator or municipality contact of a network (approved at once). */
export async function appointStaff(viewer: Viewer | null, input: AppointStaffInput) {
  requireAdmin(viewer);
  const db = getDb();
  if (!(await networkExists(db, { id: input.networkId }))) throw notFound();
  const userId = await userIdByEmail(db, { email: input.email });
  if (!userId) {
    throw new AppError('validation', 'no such user', { issues: [{ path: 'email', message: 'networks.validation.noSuchUser' }] });
  }
  await upsertStaffMembership(db, { networkId: input.networkId, role: input.role, userId, decidedById: viewer!.userId });
}

export async function countPendingFor(viewer: Viewer) {
  if (!viewer.isAdmin && !viewer.facilitatorNetworkIds.length) return 0;
  return countPendingRequests(getDb(), { networkIds: viewer.isAdmin ? 'all' : viewer.facilitatorNetworkIds });
}
