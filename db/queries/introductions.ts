// SQL for contact by consent: which network two firms share, who is an approved member, loading an
// introduction for someone who acts on it, and what came of it.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../client';
import { companies, introductions, listings, networkMemberships, networks, outcomes, users, type Introduction, type OutcomeKind } from '../schema';

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

const fromCo = alias(companies, 'from_co');
const toCo = alias(companies, 'to_co');
const toLi = alias(listings, 'to_li');

export interface LoadedIntroduction {
  row: Introduction;
  fromName: string;
  toName: string;
  listingTitle: string | null;
  proposerName: string | null;
}

/** The introduction with the names notifications need; `where` decides who may load it. */
export async function selectIntroductionWithNames(db: Db | Tx, { id, where }: { id: string; where: SQL | undefined }): Promise<LoadedIntroduction | undefined> {
  const [hit] = await db
    .select({ row: introductions, fromName: fromCo.name, toName: toCo.name, listingTitle: toLi.title, proposerName: users.name })
    .from(introductions)
    .innerJoin(fromCo, eq(fromCo.id, introductions.fromCompanyId))
    .innerJoin(toCo, eq(toCo.id, introductions.toCompanyId))
    .leftJoin(toLi, eq(toLi.id, introductions.toListingId))
    .leftJoin(users, eq(users.id, introductions.proposedById))
    .where(and(eq(introductions.id, id), where))
    .limit(1);
  return hit;
}

/**
 * Records what an introduction led to: one outcome per kind, so recording the same kind again
 * updates it rather than counting it twice. Both firms recording at the same moment queue up on
 * the introduction's row.
 */
export async function saveOutcome(
  db: Db,
  params: { introductionId: string; networkId: string; kind: OutcomeKind; values: { summary: string; occurredOn: string | null; recordedById: string } },
): Promise<{ id: string; created: boolean }> {
  const { introductionId, networkId, kind, values } = params;
  return db.transaction(async (tx) => {
    await tx.select({ id: introductions.id }).from(introductions).where(eq(introductions.id, introductionId)).for('update');
    const [existing] = await tx
      .select({ id: outcomes.id })
      .from(outcomes)
      .where(and(eq(outcomes.introductionId, introductionId), eq(outcomes.kind, kind)))
      .limit(1);
    if (existing) {
      await tx.update(outcomes).set(values).where(eq(outcomes.id, existing.id));
      return { id: existing.id, created: false };
    }
    const [created] = await tx.insert(outcomes).values({ networkId, introductionId, kind, ...values }).returning({ id: outcomes.id });
    return { id: created!.id, created: true };
  });
}
