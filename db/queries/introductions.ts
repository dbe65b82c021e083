// SQL for contact by consent: which network two firms share, who is an approved member, loading an
// introduction for someone who acts on it, and what came of it.
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Db, type Tx } from '../client';
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
    const [created] = await tx
      .insert(outcomes)
      .values({ networkId, introductionId, kind, ...values })
      .returning({ id: outcomes.id });
    return { id: created!.id, created: true };
  });
}

// ---------------------------------------------------------------- a network's statistics (counts only)

type Range = { from?: Date; to?: Date };
const inRange = (column: typeof introductions.createdAt | typeof outcomes.createdAt, range: Range) =>
  and(range.from ? gte(column, range.from) : undefined, range.to ? lt(column, range.to) : undefined);
const networkScope = (networkId: string, range: Range) => and(eq(introductions.networkId, networkId), inRange(introductions.createdAt, range));

/** Introductions of a network created in [from, to), counted by kind and status. */
export async function countIntroductionsByKindAndStatus(db: Db | Tx, { networkId, range }: { networkId: string; range: Range }) {
  return db
    .select({ kind: introductions.kind, status: introductions.status, n: count() })
    .from(introductions)
    .where(networkScope(networkId, range))
    .groupBy(introductions.kind, introductions.status);
}

/** The median hours from sending to the (final) answer of the answered ones, or null. */
export async function medianHoursToAnswer(db: Db | Tx, { networkId, range }: { networkId: string; range: Range }) {
  const [median] = await queryRows<{ hours: number | string | null }>(
    db,
    sql`select percentile_cont(0.5) within group (order by extract(epoch from (${introductions.respondedAt} - ${introductions.createdAt}))) / 3600.0 as hours
        from ${introductions}
        where ${and(networkScope(networkId, range), inArray(introductions.status, ['accepted', 'declined']), isNotNull(introductions.respondedAt))}`,
  );
  return median?.hours;
}

/** Outcomes recorded for a network in [from, to), counted by kind. */
export async function countOutcomesByKind(db: Db | Tx, { networkId, range }: { networkId: string; range: Range }) {
  return db
    .select({ kind: outcomes.kind, n: count() })
    .from(outcomes)
    .where(and(eq(outcomes.networkId, networkId), inRange(outcomes.createdAt, range)))
    .groupBy(outcomes.kind);
}

// ---------------------------------------------------------------- a firm's introductions (/introductions)

const fromLi = alias(listings, 'from_li');

/**
 * The introductions these firms take part in, newest first, with both firms and both listings.
 * `listingVisible` is the visibility rule for the reader (lib/policy), applied to each listing join.
 */
export async function selectIntroductionsOfFirms(
  db: Db | Tx,
  { companyIds, listingVisible, limit }: { companyIds: string[]; listingVisible: (li: typeof listings) => SQL; limit: number },
) {
  // The rule applied to each aliased join (its columns are the listings' columns).
  const visible = (li: typeof fromLi | typeof toLi) => sql<boolean>`coalesce(${listingVisible(li as unknown as typeof listings)}, false)`;
  return db
    .select({
      i: introductions,
      from: { id: fromCo.id, ref: fromCo.ref, name: fromCo.name, city: fromCo.city, email: fromCo.email, phone: fromCo.phone, street: fromCo.street },
      to: { id: toCo.id, ref: toCo.ref, name: toCo.name, city: toCo.city, email: toCo.email, phone: toCo.phone, street: toCo.street },
      fromListing: { ref: fromLi.ref, title: fromLi.title, visible: visible(fromLi) },
      toListing: { ref: toLi.ref, title: toLi.title, visible: visible(toLi) },
      proposedByName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      networkName: networks.name,
    })
    .from(introductions)
    .innerJoin(fromCo, eq(fromCo.id, introductions.fromCompanyId))
    .innerJoin(toCo, eq(toCo.id, introductions.toCompanyId))
    .leftJoin(fromLi, eq(fromLi.id, introductions.fromListingId))
    .leftJoin(toLi, eq(toLi.id, introductions.toListingId))
    .leftJoin(users, eq(users.id, introductions.proposedById))
    .leftJoin(networks, eq(networks.id, introductions.networkId))
    .where(or(inArray(introductions.fromCompanyId, companyIds), inArray(introductions.toCompanyId, companyIds)))
    .orderBy(desc(introductions.updatedAt))
    .limit(limit);
}

/** The outcomes recorded for these introductions, oldest first. */
export async function selectOutcomesOf(db: Db | Tx, { introductionIds }: { introductionIds: string[] }) {
  if (!introductionIds.length) return [];
  return db
    .select({ introductionId: outcomes.introductionId, kind: outcomes.kind, summary: outcomes.summary, occurredOn: outcomes.occurredOn })
    .from(outcomes)
    .where(inArray(outcomes.introductionId, introductionIds))
    .orderBy(outcomes.createdAt);
}

/** These firms' expressed interests in these listings (by ref), newest first. */
export async function selectInterestsIn(db: Db | Tx, { companyIds, listingRefs }: { companyIds: string[]; listingRefs: string[] }) {
  return db
    .select({ ref: listings.ref, id: introductions.id, status: introductions.status, createdAt: introductions.createdAt })
    .from(introductions)
    .innerJoin(listings, eq(listings.id, introductions.toListingId))
    .where(and(eq(introductions.kind, 'interest'), inArray(introductions.fromCompanyId, companyIds), inArray(listings.ref, listingRefs)))
    .orderBy(desc(introductions.createdAt));
}
