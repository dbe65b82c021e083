// Firms: the lookups behind the firm rules (lib/policy/companies.ts).
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { companies, companyMembers, introductions, networkMemberships, networks, type MembershipStatus } from '../schema';

/** Is the firm a member (with one of these statuses) of one of these networks? */
export async function firmIsMemberOfAny(
  db: Db | Tx,
  { companyId, networkIds, statuses }: { companyId: string; networkIds: readonly string[]; statuses: readonly MembershipStatus[] },
): Promise<boolean> {
  if (networkIds.length === 0) return false;
  const [row] = await db
    .select({ id: networkMemberships.id })
    .from(networkMemberships)
    .where(
      and(
        eq(networkMemberships.companyId, companyId),
        eq(networkMemberships.role, 'member'),
        inArray(networkMemberships.status, [...statuses]),
        inArray(networkMemberships.networkId, [...networkIds]),
      ),
    )
    .limit(1);
  return !!row;
}

/** Has one of these firms an accepted introduction with that firm, in either direction? */
export async function hasAcceptedIntroduction(db: Db | Tx, { companyIds, otherCompanyId }: { companyIds: readonly string[]; otherCompanyId: string }): Promise<boolean> {
  if (companyIds.length === 0) return false;
  const [row] = await db
    .select({ id: introductions.id })
    .from(introductions)
    .where(
      and(
        eq(introductions.status, 'accepted'),
        or(
          and(inArray(introductions.fromCompanyId, [...companyIds]), eq(introductions.toCompanyId, otherCompanyId)),
          and(eq(introductions.fromCompanyId, otherCompanyId), inArray(introductions.toCompanyId, [...companyIds])),
        ),
      ),
    )
    .limit(1);
  return !!row;
}

/** A user's role in a firm, if any ('owner' | 'member'). */
export async function selectCompanyRole(db: Db | Tx, { companyId, userId }: { companyId: string; userId: string }) {
  const [row] = await db
    .select({ role: companyMembers.role })
    .from(companyMembers)
    .where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, userId)))
    .limit(1);
  return row?.role;
}

/** Whether anyone acts for the firm (imported firms may have no users). */
export async function companyHasUsers(db: Db | Tx, { companyRef }: { companyRef: string }): Promise<boolean> {
  const [row] = await db
    .select({ userId: companyMembers.userId })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(eq(companies.ref, companyRef))
    .limit(1);
  return !!row;
}

/** These firms' refs and names, by name. */
export async function selectCompanyNames(db: Db | Tx, { companyIds }: { companyIds: string[] }) {
  return db.select({ ref: companies.ref, name: companies.name }).from(companies).where(inArray(companies.id, companyIds)).orderBy(companies.name);
}

export async function selectCompanyRefById(db: Db | Tx, { companyId }: { companyId: string }): Promise<string | undefined> {
  const [row] = await db.select({ ref: companies.ref }).from(companies).where(eq(companies.id, companyId)).limit(1);
  return row?.ref;
}

/** The firm's member applications and memberships in every network, by network name. */
export async function selectFirmMemberships(db: Db | Tx, { companyId }: { companyId: string }) {
  return db
    .select({
      networkRef: networks.ref,
      networkName: networks.name,
      status: networkMemberships.status,
      requestedAt: networkMemberships.createdAt,
      decidedAt: networkMemberships.decidedAt,
    })
    .from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .where(and(eq(networkMemberships.companyId, companyId), eq(networkMemberships.role, 'member')))
    .orderBy(asc(networks.name));
}
