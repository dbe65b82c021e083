// Reusable SQL for contact by consent: which network two firms share, and who is an approved member.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../client';
import { introductions, networkMemberships, networks } from '../schema';

const approvedMember = and(eq(networkMemberships.role, 'member'), eq(networkMemberships.status, 'approved'));

/** A network both firms are approved members of (the oldest, so the choice is stable), or null. */
export async function sharedNetworkId(db: Db | Tx, { a, b }: { a: string; b: string }): Promise<string | null> {
  const other = alias(networkMemberships, 'nm_other');
  const [row] = await db
    .select({ id: networks.id })
    .from(networkMemberships)
    .innerJoin(other, and(eq(other.networkId, networkMemberships.networkId), eq(other.companyId, b), eq(other.role, 'member'), eq(other.status, 'approved')))
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .where(and(eq(networkMemberships.companyId, a), approvedMember))
    .orderBy(asc(networks.createdAt), asc(networks.id))
    .limit(1);
  return row?.id ?? null;
}

/** The first network (oldest) each firm is an approved member of, tried in the given order. */
export async function firstApprovedNetworkId(db: Db | Tx, { companyIds }: { companyIds: string[] }): Promise<string | null> {
  for (const companyId of companyIds) {
    const [row] = await db
      .select({ id: networks.id })
      .from(networkMemberships)
      .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
      .where(and(eq(networkMemberships.companyId, companyId), approvedMember))
      .orderBy(asc(networks.createdAt), asc(networks.id))
      .limit(1);
    if (row) return row.id;
  }
  return null;
}

/** Which of these firms are approved members of the network. */
export async function approvedMembersAmong(db: Db | Tx, { networkId, companyIds }: { networkId: string; companyIds: string[] }): Promise<Set<string>> {
  if (!companyIds.length) return new Set();
  const rows = await db
    .select({ companyId: networkMemberships.companyId })
    .from(networkMemberships)
    .where(and(eq(networkMemberships.networkId, networkId), inArray(networkMemberships.companyId, companyIds), approvedMember));
  return new Set(rows.flatMap((r) => (r.companyId ? [r.companyId] : [])));
}

/** Is the firm an approved member of any network? */
export async function isApprovedSomewhere(db: Db | Tx, { companyId }: { companyId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: networkMemberships.id })
    .from(networkMemberships)
    .where(and(eq(networkMemberships.companyId, companyId), approvedMember))
    .limit(1);
  return !!row;
}

/** The two firms in either direction. */
export function betweenFirmsSql(a: string, b: string) {
  return sql`((${introductions.fromCompanyId} = ${a} and ${introductions.toCompanyId} = ${b})
    or (${introductions.fromCompanyId} = ${b} and ${introductions.toCompanyId} = ${a}))`;
}

/** A unique-index violation on the one-open-interest index (drivers nest the error differently). */
export function isPendingInterestConflict(error: unknown): boolean {
  for (let e = error as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505' && (e.constraint === 'introductions_pending_interest_idx' || e.message?.includes('introductions_pending_interest_idx'))) return true;
  }
  return false;
}
