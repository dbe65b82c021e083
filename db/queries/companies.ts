// Firms: the lookups behind the firm rules (lib/policy/companies.ts).
import { and, asc, desc, eq, inArray, ne, or, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { companies, companyMembers, introductions, networkMemberships, networks, users, type Country, type MembershipStatus, type NewCompany } from '../schema';

/** Is the firm a member (with one of these statuses) of one of these networks ('any': of any)? */
export async function firmIsMemberOfAny(
  db: Db | Tx,
  { companyId, networkIds, statuses }: { companyId: string; networkIds: readonly string[] | 'any'; statuses: readonly MembershipStatus[] },
): Promise<boolean> {
  if (networkIds !== 'any' && networkIds.length === 0) return false;
  const [row] = await db
    .select({ id: networkMemberships.id })
    .from(networkMemberships)
    .where(
      and(
        eq(networkMemberships.companyId, companyId),
        eq(networkMemberships.role, 'member'),
        inArray(networkMemberships.status, [...statuses]),
        networkIds === 'any' ? undefined : inArray(networkMemberships.networkId, [...networkIds]),
      ),
    )
    .limit(1);
  return !!row;
}

/** Has one of these firms an accepted introduction with that firm, in either direction? */
export async function hasAcceptedIntroduction(
  db: Db | Tx,
  { companyIds, otherCompanyId }: { companyIds: readonly string[]; otherCompanyId: string },
): Promise<boolean> {
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

// ---------------------------------------------------------------- profiles (lib/dal/companies.ts)

/** The firm with this ref, if it also passes `where` (the reader's visibility rule). */
export async function selectCompanyByRef(db: Db | Tx, { ref, where }: { ref: string; where?: SQL }) {
  const [row] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.ref, ref), where))
    .limit(1);
  return row;
}

/** The networks in which the firm is an approved member, by name. */
export async function selectApprovedNetworksOf(db: Db | Tx, { companyId }: { companyId: string }) {
  return db
    .select({ ref: networks.ref, name: networks.name })
    .from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .where(and(eq(networkMemberships.companyId, companyId), eq(networkMemberships.role, 'member'), eq(networkMemberships.status, 'approved')))
    .orderBy(asc(networks.name));
}

/** The firm's people, owners first. */
export async function selectCompanyPeople(db: Db | Tx, { companyId }: { companyId: string }) {
  return db
    .select({ name: users.name, email: users.email })
    .from(companyMembers)
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(eq(companyMembers.companyId, companyId))
    .orderBy(desc(companyMembers.role), asc(users.name), asc(users.email));
}

/** Is this registration number already another firm's? */
export async function registrationTaken(
  db: Db | Tx,
  { country, registrationNumber, exceptId }: { country: Country; registrationNumber: string; exceptId?: string },
): Promise<boolean> {
  const [taken] = await db
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.country, country), eq(companies.registrationNumber, registrationNumber), exceptId ? ne(companies.id, exceptId) : undefined))
    .limit(1);
  return !!taken;
}

/** Creates the firm and makes the user its owner, in one transaction. */
export async function insertCompanyWithOwner(db: Db, { values, ownerId }: { values: NewCompany; ownerId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.insert(companies).values(values).returning({ id: companies.id });
    await tx.insert(companyMembers).values({ companyId: row!.id, userId: ownerId, role: 'owner' });
  });
}

export async function updateCompanyRow(db: Db | Tx, { companyId, set }: { companyId: string; set: Partial<NewCompany> }): Promise<void> {
  await db.update(companies).set(set).where(eq(companies.id, companyId));
}

/** The oldest of these firms' ref. */
export async function selectFirstCompanyRef(db: Db | Tx, { companyIds }: { companyIds: string[] }): Promise<string | null> {
  const [row] = await db.select({ ref: companies.ref }).from(companies).where(inArray(companies.id, companyIds)).orderBy(asc(companies.createdAt)).limit(1);
  return row?.ref ?? null;
}
