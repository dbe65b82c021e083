import 'server-only';
// Networks and who belongs to them. A firm asks to join (pending); only that network's facilitators
// or a platform admin decide. Decisions notify the firm's users in the app and by e-mail.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { companies, companyMembers, networkMemberships, networks, notifications, users, type MembershipStatus } from '@/db/schema';
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

function summaryQuery() {
  const db = getDb();
  const counts = db
    .select({ networkId: networkMemberships.networkId, n: count().as('n') })
    .from(networkMemberships)
    .where(and(eq(networkMemberships.role, 'member'), eq(networkMemberships.status, 'approved')))
    .groupBy(networkMemberships.networkId)
    .as('member_counts');
  return db
    .select({
      id: networks.id,
      ref: networks.ref,
      name: networks.name,
      description: networks.description,
      country: networks.country,
      radiusKm: networks.radiusKm,
      memberCount: sql<number>`coalesce(${counts.n}, 0)::int`,
    })
    .from(networks)
    .leftJoin(counts, eq(counts.networkId, networks.id))
    .$dynamic();
}

/** Public: every network with its approved member-firm count. */
export async function listNetworks(): Promise<NetworkSummary[]> {
  return summaryQuery().orderBy(asc(networks.name));
}

export async function getNetworkByRef(ref: string): Promise<NetworkSummary> {
  const [row] = await summaryQuery().where(eq(networks.ref, ref)).limit(1);
  if (!row) throw notFound();
  return row;
}

/** The viewer's own firms and where each stands in the network (null: not asked yet). */
export async function myFirmStatuses(viewer: Viewer | null, networkId: string): Promise<FirmStatus[]> {
  if (!viewer?.companyIds.length) return [];
  const rows = await getDb()
    .select({ companyRef: companies.ref, companyName: companies.name, status: networkMemberships.status })
    .from(companies)
    .leftJoin(
      networkMemberships,
      and(eq(networkMemberships.companyId, companies.id), eq(networkMemberships.networkId, networkId), eq(networkMemberships.role, 'member')),
    )
    .where(inArray(companies.id, viewer.companyIds))
    .orderBy(asc(companies.name));
  return rows;
}

/** Approved member firms' public names: visible to the network's members, facilitators and admins. */
export async function listNetworkMembers(viewer: Viewer | null, networkId: string) {
  const allowed =
    !!viewer && (isFacilitatorOf(viewer, networkId) || viewer.memberNetworkIds.includes(networkId) || viewer.municipalityNetworkIds.includes(networkId));
  if (!allowed) return null;
  return getDb()
    .select({ companyRef: companies.ref, companyName: companies.name, city: companies.city, since: networkMemberships.decidedAt })
    .from(networkMemberships)
    .innerJoin(companies, eq(companies.id, networkMemberships.companyId))
    .where(
      and(
        eq(networkMemberships.networkId, networkId),
        eq(networkMemberships.role, 'member'),
        eq(networkMemberships.status, 'approved'),
        // A firm an admin hid is listed only to its own people (and admins).
        companyVisibleSql(viewer),
      ),
    )
    .orderBy(asc(companies.name));
}

/** A firm the viewer belongs to asks to join; a declined firm may ask again. */
export async function requestMembership(viewer: Viewer | null, input: MembershipRequestInput) {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const [network] = await db.select().from(networks).where(eq(networks.ref, input.networkRef)).limit(1);
  if (!network) throw notFound();
  const [company] = await db.select().from(companies).where(eq(companies.ref, input.companyRef)).limit(1);
  // Someone else's firm reads as "no such firm": its existence is not the viewer's business.
  if (!company || !viewer.companyIds.includes(company.id)) throw notFound();

  const [existing] = await db
    .select()
    .from(networkMemberships)
    .where(and(eq(networkMemberships.networkId, network.id), eq(networkMemberships.companyId, company.id), eq(networkMemberships.role, 'member')))
    .limit(1);
  if (existing && existing.status !== 'declined') {
    throw new AppError('conflict', 'already requested', {
      issues: [{ path: 'companyRef', message: existing.status === 'approved' ? 'networks.validation.alreadyMember' : 'networks.validation.alreadyPending' }],
    });
  }
  const values = { status: 'pending' as const, message: input.message, requestedById: viewer.userId, decidedById: null, decidedAt: null };
  await db.transaction(async (tx) => {
    if (existing) {
      await tx.update(networkMemberships).set(values).where(eq(networkMemberships.id, existing.id));
    } else {
      await tx.insert(networkMemberships).values({ networkId: network.id, role: 'member', companyId: company.id, ...values });
    }
    const staff = await tx
      .select({ userId: networkMemberships.userId })
      .from(networkMemberships)
      .where(and(eq(networkMemberships.networkId, network.id), eq(networkMemberships.role, 'facilitator'), eq(networkMemberships.status, 'approved')));
    const facilitatorIds = staff.flatMap((s) => (s.userId ? [s.userId] : []));
    if (facilitatorIds.length) {
      await tx.insert(notifications).values(
        facilitatorIds.map((userId) => ({
          userId,
          type: 'membership_requested',
          data: { networkName: network.name, companyName: company.name },
          href: '/facilitator',
        })),
      );
    }
  });
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
  const scope = viewer.isAdmin ? undefined : inArray(networkMemberships.networkId, viewer.facilitatorNetworkIds);
  return getDb()
    .select({
      membershipId: networkMemberships.id,
      networkName: networks.name,
      companyRef: companies.ref,
      companyName: companies.name,
      nace: companies.nace,
      city: companies.city,
      message: networkMemberships.message,
      requestedByName: users.name,
      requestedAt: networkMemberships.updatedAt,
    })
    .from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .innerJoin(companies, eq(companies.id, networkMemberships.companyId))
    .leftJoin(users, eq(users.id, networkMemberships.requestedById))
    .where(and(eq(networkMemberships.role, 'member'), eq(networkMemberships.status, 'pending'), scope))
    .orderBy(asc(networkMemberships.updatedAt));
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
  return getDb()
    .select({ name: users.name, email: users.email, role: networkMemberships.role })
    .from(networkMemberships)
    .innerJoin(users, eq(users.id, networkMemberships.userId))
    .where(
      and(
        eq(networkMemberships.networkId, networkId),
        inArray(networkMemberships.role, ['facilitator', 'municipality']),
        eq(networkMemberships.status, 'approved'),
      ),
    )
    .orderBy(asc(networkMemberships.role), asc(users.name));
}

/**
 * Approves or declines a pending request. Only the network's facilitators or an admin may; to
 * anyone else the request does not exist (404), so ids from other networks reveal nothing.
 */
export async function decideMembership(viewer: Viewer | null, input: { membershipId: string; decision: 'approve' | 'decline' }) {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const [row] = await db
    .select({ membership: networkMemberships, networkName: networks.name, networkRef: networks.ref, companyName: companies.name })
    .from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .innerJoin(companies, eq(companies.id, networkMemberships.companyId))
    .where(and(eq(networkMemberships.id, input.membershipId), eq(networkMemberships.role, 'member')))
    .limit(1);
  if (!row || !isFacilitatorOf(viewer, row.membership.networkId)) throw notFound();
  if (row.membership.status !== 'pending') throw alreadyDecided();

  const status = input.decision === 'approve' ? 'approved' : 'declined';
  const recipients = await db.transaction(async (tx) => {
    const updated = await tx
      .update(networkMemberships)
      .set({ status, decidedById: viewer.userId, decidedAt: new Date() })
      .where(and(eq(networkMemberships.id, input.membershipId), eq(networkMemberships.status, 'pending')))
      .returning({ id: networkMemberships.id });
    // Two facilitators deciding at once: the second finds nothing pending.
    if (!updated.length) throw alreadyDecided();
    const people = await tx
      .select({ userId: users.id, email: users.email, locale: users.locale })
      .from(companyMembers)
      .innerJoin(users, eq(users.id, companyMembers.userId))
      .where(eq(companyMembers.companyId, row.membership.companyId!));
    if (people.length) {
      await tx.insert(notifications).values(
        people.map((p) => ({
          userId: p.userId,
          type: `membership_${status}`,
          data: { networkName: row.networkName, companyName: row.companyName },
          href: `/networks/${row.networkRef}`,
        })),
      );
    }
    return people;
  });

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
  const [row] = await getDb()
    .insert(networks)
    .values({ ...input, ref: newRef('net'), locale: input.country === 'FI' ? 'fi' : 'da' })
    .returning({ ref: networks.ref });
  return row!;
}

/** Makes an existing user facilitator or municipality contact of a network (approved at once). */
export async function appointStaff(viewer: Viewer | null, input: AppointStaffInput) {
  requireAdmin(viewer);
  const db = getDb();
  const [network] = await db.select({ id: networks.id }).from(networks).where(eq(networks.id, input.networkId)).limit(1);
  if (!network) throw notFound();
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email))
    .limit(1);
  if (!user) {
    throw new AppError('validation', 'no such user', { issues: [{ path: 'email', message: 'networks.validation.noSuchUser' }] });
  }
  await db
    .insert(networkMemberships)
    .values({ networkId: network.id, role: input.role, userId: user.id, status: 'approved', decidedById: viewer!.userId, decidedAt: new Date() })
    .onConflictDoUpdate({
      target: [networkMemberships.networkId, networkMemberships.userId, networkMemberships.role],
      targetWhere: sql`${networkMemberships.role} <> 'member'`,
      set: { status: 'approved', decidedById: viewer!.userId, decidedAt: new Date() },
    });
}

export async function countPendingFor(viewer: Viewer) {
  if (!viewer.isAdmin && !viewer.facilitatorNetworkIds.length) return 0;
  const [row] = await getDb()
    .select({ n: count() })
    .from(networkMemberships)
    .where(
      and(
        eq(networkMemberships.role, 'member'),
        eq(networkMemberships.status, 'pending'),
        viewer.isAdmin ? undefined : inArray(networkMemberships.networkId, viewer.facilitatorNetworkIds),
      ),
    );
  return row?.n ?? 0;
}
