// SQL for contact by consent: which network two firms share, who is an approved member, loading an
// introduction for someone who acts on it, and what came of it.
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias, type PgUpdateSetSource } from 'drizzle-orm/pg-core';
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

// ---------------------------------------------------------------- expressing interest, answering, withdrawing

/** One of these firms' listings by ref (the listing an interest is sent from). */
export async function ownListingByRef(db: Db | Tx, { ref, companyIds }: { ref: string; companyIds: string[] }) {
  const [row] = await db
    .select({ id: listings.id, companyId: listings.companyId })
    .from(listings)
    .where(and(eq(listings.ref, ref), inArray(listings.companyId, companyIds)))
    .limit(1);
  return row;
}

/** The listing an interest is sent to, with its firm, if it passes `visible`; `active` says
 * whether it is still on the market (both rules from lib/policy/listings). */
export async function interestTargetByRef(db: Db | Tx, { ref, visible, active }: { ref: string; visible: SQL; active: SQL }) {
  const [row] = await db
    .select({
      id: listings.id,
      title: listings.title,
      companyId: listings.companyId,
      companyName: companies.name,
      companyRef: companies.ref,
      active: sql<boolean>`${active}`,
    })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(and(eq(listings.ref, ref), visible))
    .limit(1);
  return row;
}

/** The status of the firm's pending or accepted interest in the listing, if it has one. */
export async function openInterestStatus(db: Db | Tx, { fromCompanyId, toListingId }: { fromCompanyId: string; toListingId: string }) {
  const [open] = await db
    .select({ status: introductions.status })
    .from(introductions)
    .where(
      and(
        eq(introductions.kind, 'interest'),
        eq(introductions.fromCompanyId, fromCompanyId),
        eq(introductions.toListingId, toListingId),
        inArray(introductions.status, ['pending', 'accepted']),
      ),
    )
    .limit(1);
  return open?.status;
}

/** A firm's name, or undefined. */
export async function companyNameById(db: Db | Tx, { id }: { id: string }): Promise<string | undefined> {
  const [row] = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, id)).limit(1);
  return row?.name;
}

/** A pending interest, with the sender's consent given; returns its id. Throws on the one-open-
 * interest index (isPendingInterestConflict). */
export async function insertInterest(
  db: Db | Tx,
  params: {
    networkId: string | null;
    fromCompanyId: string;
    toCompanyId: string;
    fromListingId: string | null;
    toListingId: string;
    proposedById: string;
    message: string;
  },
): Promise<string> {
  const [row] = await db
    .insert(introductions)
    .values({
      kind: 'interest',
      ...params,
      status: 'pending',
      // Expressing interest is the sender's consent; the receiver's answer completes it.
      fromAcceptedAt: new Date(),
    })
    .returning({ id: introductions.id });
  return row!.id;
}

/**
 * Records one answer to a pending introduction, for the sides the answering user speaks for, in one
 * conditional UPDATE (`… where status = 'pending'`). Returns the updated row, or undefined when it
 * was no longer pending.
 */
export async function answerPendingIntroduction(
  db: Db | Tx,
  params: { id: string; decision: 'accept' | 'decline'; sides: { from: boolean; to: boolean }; reply: string | null },
): Promise<Introduction | undefined> {
  const { sides, reply } = params;
  const replies = {
    ...(sides.from ? { fromReply: reply ?? sql`${introductions.fromReply}` } : {}),
    ...(sides.to ? { toReply: reply ?? sql`${introductions.toReply}` } : {}),
  };
  const set: PgUpdateSetSource<typeof introductions> =
    params.decision === 'decline'
      ? { status: sql`'declined'`, respondedAt: sql`now()`, ...replies }
      : (() => {
          // SET reads the row as it was before this statement: both sides' answers are combined
          // atomically, so two firms accepting at the same moment end up 'accepted'.
          const fromAt = sides.from ? sql`coalesce(${introductions.fromAcceptedAt}, now())` : sql`${introductions.fromAcceptedAt}`;
          const toAt = sides.to ? sql`coalesce(${introductions.toAcceptedAt}, now())` : sql`${introductions.toAcceptedAt}`;
          const both = sql`(${fromAt}) is not null and (${toAt}) is not null`;
          return {
            fromAcceptedAt: fromAt,
            toAcceptedAt: toAt,
            status: sql`case when ${both} then 'accepted' else 'pending' end`,
            respondedAt: sql`case when ${both} then now() else ${introductions.respondedAt} end`,
            ...replies,
          };
        })();
  const [updated] = await db
    .update(introductions)
    .set(set)
    .where(and(eq(introductions.id, params.id), eq(introductions.status, 'pending')))
    .returning();
  return updated;
}

/** Withdraws a pending introduction; false when it was no longer pending. */
export async function withdrawPendingIntroduction(db: Db | Tx, { id }: { id: string }): Promise<boolean> {
  const [updated] = await db
    .update(introductions)
    .set({ status: 'withdrawn' })
    .where(and(eq(introductions.id, id), eq(introductions.status, 'pending')))
    .returning({ status: introductions.status });
  return !!updated;
}

// ---------------------------------------------------------------- a facilitator's proposals

/** The firm's listing with this ref, if it passes `conditions` (visibility, activity). */
export async function firmListingId(
  db: Db | Tx,
  { ref, companyId, conditions }: { ref: string; companyId: string; conditions: SQL[] },
): Promise<string | null> {
  const [row] = await db
    .select({ id: listings.id })
    .from(listings)
    .where(and(eq(listings.ref, ref), eq(listings.companyId, companyId), ...conditions))
    .limit(1);
  return row?.id ?? null;
}

/** The firms with these refs. */
export async function companiesByRefs(db: Db | Tx, { refs }: { refs: string[] }) {
  return db.select({ id: companies.id, ref: companies.ref, name: companies.name }).from(companies).where(inArray(companies.ref, refs));
}

/** Is a facilitator's proposal between the two firms (either direction) pending in the network? */
export async function hasPendingProposal(db: Db | Tx, { networkId, a, b }: { networkId: string; a: string; b: string }): Promise<boolean> {
  const [open] = await db
    .select({ id: introductions.id })
    .from(introductions)
    .where(and(eq(introductions.kind, 'facilitator'), eq(introductions.networkId, networkId), eq(introductions.status, 'pending'), betweenFirmsSql(a, b)))
    .limit(1);
  return !!open;
}

/** Locks the network's row until the transaction ends (serialises proposals in a network). */
export async function lockNetwork(tx: Tx, { id }: { id: string }) {
  await tx.select({ id: networks.id }).from(networks).where(eq(networks.id, id)).for('update');
}

/** A pending facilitator's proposal; returns its id. */
export async function insertProposal(
  db: Db | Tx,
  params: {
    networkId: string;
    fromCompanyId: string;
    toCompanyId: string;
    fromListingId: string | null;
    toListingId: string | null;
    proposedById: string;
    message: string;
  },
): Promise<string> {
  const [row] = await db
    .insert(introductions)
    .values({ kind: 'facilitator', ...params, status: 'pending' })
    .returning({ id: introductions.id });
  return row!.id;
}

/** A network's approved member firms, by name. */
export async function approvedMemberFirms(db: Db | Tx, { networkId }: { networkId: string }) {
  return db
    .select({ id: companies.id, ref: companies.ref, name: companies.name, city: companies.city })
    .from(networkMemberships)
    .innerJoin(companies, eq(companies.id, networkMemberships.companyId))
    .where(and(eq(networkMemberships.networkId, networkId), approvedMember))
    .orderBy(asc(companies.name));
}

/** These firms' listings that pass `conditions` (visibility, activity), by kind and title. */
export async function firmsListingsByTitle(db: Db | Tx, { companyIds, conditions }: { companyIds: string[]; conditions: SQL[] }) {
  return db
    .select({ companyId: listings.companyId, ref: listings.ref, title: listings.title, kind: listings.kind })
    .from(listings)
    .where(and(inArray(listings.companyId, companyIds), ...conditions))
    .orderBy(asc(listings.kind), asc(listings.title));
}

/** Every facilitator's proposal in the network, newest first, with both firms and listings. */
export async function selectProposals(db: Db | Tx, { networkId, limit }: { networkId: string; limit: number }) {
  return db
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
}
