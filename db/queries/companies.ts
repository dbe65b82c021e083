// Firms: the lookups behind the firm rules (lib/policy/companies.ts).
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { companyMembers, introductions, networkMemberships, type MembershipStatus } from '../schema';

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
