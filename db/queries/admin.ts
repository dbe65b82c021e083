// The admin tools' SQL (lib/dal/admin.ts decides who may call them): finding users, firms and
// networks, disabling a user, removing a role, hiding a listing or a firm.
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { apiTokens, companies, companyMembers, listings, networkMemberships, networks, sessions, users } from '../schema';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const contains = (q: string) => `%${escapeLike(q.trim())}%`;

// ---------------------------------------------------------------- users

export interface AdminUserRow {
  id: string;
  email: string;
  name: string | null;
  isAdmin: boolean;
  disabledAt: Date | null;
  createdAt: Date;
  companyNames: string[];
  staffRoles: string[];
}

/** Users whose name or e-mail contains `q` (all when empty), newest first; `limit + 1` rows. */
export async function searchUsers(db: Db | Tx, params: { q?: string; limit: number; offset: number }): Promise<AdminUserRow[]> {
  const where = params.q?.trim() ? or(ilike(users.email, contains(params.q)), ilike(users.name, contains(params.q))) : undefined;
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isAdmin: users.isPlatformAdmin,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
      companyNames: sql<string[]>`array(select c.name from ${companyMembers} cm join ${companies} c on c.id = cm.company_id
        where cm.user_id = "users"."id" order by c.name)`,
      staffRoles: sql<string[]>`array(select distinct nm.role from ${networkMemberships} nm
        where nm.user_id = "users"."id" and nm.role <> 'member' and nm.status = 'approved' order by 1)`,
    })
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), asc(users.id))
    .limit(params.limit + 1)
    .offset(params.offset);
}

export async function selectUserForAdmin(db: Db | Tx, { userId }: { userId: string }) {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isAdmin: users.isPlatformAdmin,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
      emailVerified: users.emailVerified,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return undefined;
  // One after another: this runs inside the admin's transactions too (one connection).
  const firms = await db
    .select({ id: companies.id, ref: companies.ref, name: companies.name, role: companyMembers.role })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(eq(companyMembers.userId, userId))
    .orderBy(asc(companies.name));
  const roles = await db
    .select({
      membershipId: networkMemberships.id,
      role: networkMemberships.role,
      status: networkMemberships.status,
      networkName: networks.name,
      networkRef: networks.ref,
    })
    .from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .where(and(eq(networkMemberships.userId, userId), ne(networkMemberships.role, 'member')))
    .orderBy(asc(networks.name), asc(networkMemberships.role));
  const [sessionCount] = await db
    .select({ n: count() })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), sql`${sessions.expires} > now()`));
  const [tokenCount] = await db
    .select({ n: count() })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
  return { ...user, firms, roles, activeSessions: sessionCount?.n ?? 0, activeTokens: tokenCount?.n ?? 0 };
}

/**
 * The enabled admins, locked until the transaction ends: two admins removing each other at the
 * same moment cannot both succeed (the second waits, then sees one admin left).
 */
export async function lockEnabledAdminIds(tx: Tx): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.isPlatformAdmin, true), isNull(users.disabledAt)))
    .orderBy(asc(users.id))
    .for('update');
  return rows.map((r) => r.id);
}

/** Disables a user and, in the same transaction, ends every session and revokes every API token. */
export async function disableUserRow(tx: Tx, { userId, now }: { userId: string; now: Date }): Promise<{ sessions: number; tokens: number } | null> {
  const [row] = await tx
    .update(users)
    .set({ disabledAt: now })
    .where(and(eq(users.id, userId), isNull(users.disabledAt)))
    .returning({ id: users.id });
  if (!row) return null;
  const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ t: sessions.sessionToken });
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return { sessions: ended.length, tokens: revoked.length };
}

/** Lets a disabled user sign in again (their revoked tokens stay revoked: they make new ones). */
export async function enableUserRow(db: Db | Tx, { userId }: { userId: string }): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ disabledAt: null })
    .where(and(eq(users.id, userId), isNotNull(users.disabledAt)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function setPlatformAdmin(db: Db | Tx, { userId, isAdmin }: { userId: string; isAdmin: boolean }): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ isPlatformAdmin: isAdmin })
    .where(and(eq(users.id, userId), eq(users.isPlatformAdmin, !isAdmin)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Removes a person's staff role in a network (never a firm's membership); what went, or null. */
export async function deleteStaffMembership(db: Db | Tx, { userId, membershipId }: { userId: string; membershipId: string }) {
  const [row] = await db
    .delete(networkMemberships)
    .where(and(eq(networkMemberships.id, membershipId), eq(networkMemberships.userId, userId), ne(networkMemberships.role, 'member')))
    .returning({ role: networkMemberships.role, networkId: networkMemberships.networkId });
  return row ?? null;
}

// ---------------------------------------------------------------- firms

export interface AdminCompanyRow {
  id: string;
  ref: string;
  name: string;
  registrationNumber: string | null;
  city: string | null;
  email: string | null;
  hiddenAt: Date | null;
  createdAt: Date;
  memberCount: number;
  listingCount: number;
  approved: boolean;
}

/** Firms whose name, CVR number or e-mail matches `q` (all when empty), by name; `limit + 1` rows. */
export async function searchCompanies(db: Db | Tx, params: { q?: string; limit: number; offset: number }): Promise<AdminCompanyRow[]> {
  const q = params.q?.trim() ?? '';
  const digits = q.replace(/[\s-]/g, '');
  const conditions: SQL[] = [];
  if (q) {
    conditions.push(ilike(companies.name, contains(q)), ilike(companies.email, contains(q)));
    if (/^\d{4,}$/.test(digits)) conditions.push(sql`replace(${companies.registrationNumber}, ' ', '') like ${`${digits}%`}`);
  }
  return db
    .select({
      id: companies.id,
      ref: companies.ref,
      name: companies.name,
      registrationNumber: companies.registrationNumber,
      city: companies.city,
      email: companies.email,
      hiddenAt: companies.hiddenAt,
      createdAt: companies.createdAt,
      memberCount: sql<number>`(select count(*)::int from ${companyMembers} cm where cm.company_id = ${companies.id})`,
      listingCount: sql<number>`(select count(*)::int from ${listings} l where l.company_id = ${companies.id})`,
      approved: sql<boolean>`exists (select 1 from ${networkMemberships} nm where nm.company_id = ${companies.id} and nm.role = 'member' and nm.status = 'approved')`,
    })
    .from(companies)
    .where(conditions.length ? or(...conditions) : undefined)
    .orderBy(asc(companies.name), asc(companies.id))
    .limit(params.limit + 1)
    .offset(params.offset);
}

export async function selectCompanyForAdmin(db: Db | Tx, { companyId }: { companyId: string }) {
  const [firm] = await db
    .select({
      id: companies.id,
      ref: companies.ref,
      name: companies.name,
      registrationNumber: companies.registrationNumber,
      country: companies.country,
      city: companies.city,
      email: companies.email,
      phone: companies.phone,
      hiddenAt: companies.hiddenAt,
      hiddenReason: companies.hiddenReason,
      createdAt: companies.createdAt,
    })
    .from(companies)
    .where(eq(companies.id, companyId))
    .limit(1);
  if (!firm) return undefined;
  const [people, firmListings, memberships] = await Promise.all([
    db
      .select({ id: users.id, email: users.email, name: users.name, role: companyMembers.role, disabledAt: users.disabledAt })
      .from(companyMembers)
      .innerJoin(users, eq(users.id, companyMembers.userId))
      .where(eq(companyMembers.companyId, companyId))
      .orderBy(asc(users.email)),
    db
      .select({
        id: listings.id,
        ref: listings.ref,
        title: listings.title,
        kind: listings.kind,
        status: listings.status,
        visibility: listings.visibility,
        hiddenAt: listings.hiddenAt,
        hiddenReason: listings.hiddenReason,
        updatedAt: listings.updatedAt,
      })
      .from(listings)
      .where(eq(listings.companyId, companyId))
      .orderBy(desc(listings.updatedAt))
      .limit(200),
    db
      .select({ networkName: networks.name, networkRef: networks.ref, status: networkMemberships.status })
      .from(networkMemberships)
      .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
      .where(and(eq(networkMemberships.companyId, companyId), eq(networkMemberships.role, 'member'))),
  ]);
  return { ...firm, people, listings: firmListings, memberships };
}

/** Hides (with a reason) or shows again a firm; the affected row's id and name, or null. */
export async function setCompanyHidden(
  db: Db | Tx,
  { companyId, hidden }: { companyId: string; hidden: { reason: string; byId: string; at: Date } | null },
): Promise<{ id: string; name: string } | null> {
  const [row] = await db
    .update(companies)
    .set(hidden ? { hiddenAt: hidden.at, hiddenReason: hidden.reason, hiddenById: hidden.byId } : { hiddenAt: null, hiddenReason: null, hiddenById: null })
    .where(and(eq(companies.id, companyId), hidden ? sql`true` : isNotNull(companies.hiddenAt)))
    .returning({ id: companies.id, name: companies.name });
  return row ?? null;
}

/** Hides (with a reason) or shows again a listing; the affected row, or null. */
export async function setListingHidden(
  db: Db | Tx,
  { listingId, hidden }: { listingId: string; hidden: { reason: string; byId: string; at: Date } | null },
): Promise<{ id: string; title: string; companyId: string } | null> {
  const [row] = await db
    .update(listings)
    .set(hidden ? { hiddenAt: hidden.at, hiddenReason: hidden.reason, hiddenById: hidden.byId } : { hiddenAt: null, hiddenReason: null, hiddenById: null })
    .where(and(eq(listings.id, listingId), hidden ? sql`true` : isNotNull(listings.hiddenAt)))
    .returning({ id: listings.id, title: listings.title, companyId: listings.companyId });
  return row ?? null;
}

/** The users of a firm (to tell them it, or one of its listings, was hidden). */
export async function selectCompanyUserIds(db: Db | Tx, { companyId }: { companyId: string }): Promise<string[]> {
  const rows = await db.select({ id: companyMembers.userId }).from(companyMembers).where(eq(companyMembers.companyId, companyId));
  return rows.map((r) => r.id);
}

// ---------------------------------------------------------------- networks

export interface AdminNetworkRow {
  id: string;
  ref: string;
  name: string;
  country: string;
  approvedFirms: number;
  pendingFirms: number;
  facilitators: number;
  municipalityStaff: number;
}

export async function searchNetworks(db: Db | Tx, params: { q?: string; limit: number; offset: number }): Promise<AdminNetworkRow[]> {
  const countOf = (role: string, status: string) =>
    sql<number>`(select count(*)::int from ${networkMemberships} nm where nm.network_id = ${networks.id} and nm.role = ${role} and nm.status = ${status})`;
  return db
    .select({
      id: networks.id,
      ref: networks.ref,
      name: networks.name,
      country: networks.country,
      approvedFirms: countOf('member', 'approved'),
      pendingFirms: countOf('member', 'pending'),
      facilitators: countOf('facilitator', 'approved'),
      municipalityStaff: countOf('municipality', 'approved'),
    })
    .from(networks)
    .where(params.q?.trim() ? or(ilike(networks.name, contains(params.q)), ilike(networks.ref, contains(params.q))) : undefined)
    .orderBy(asc(networks.name), asc(networks.id))
    .limit(params.limit + 1)
    .offset(params.offset);
}

/** The staff (facilitators, municipality) of some networks, for the network list. */
export async function selectNetworkStaff(db: Db | Tx, { networkIds }: { networkIds: string[] }) {
  if (!networkIds.length) return [];
  return db
    .select({ networkId: networkMemberships.networkId, userId: users.id, email: users.email, name: users.name, role: networkMemberships.role })
    .from(networkMemberships)
    .innerJoin(users, eq(users.id, networkMemberships.userId))
    .where(and(inArray(networkMemberships.networkId, networkIds), ne(networkMemberships.role, 'member'), eq(networkMemberships.status, 'approved')))
    .orderBy(asc(users.email));
}

// ---------------------------------------------------------------- what a hidden record's firm is told

export interface ModerationRow {
  companyId: string;
  listingId: string | null;
  listingHiddenAt: Date | null;
  listingHiddenReason: string | null;
  companyHiddenAt: Date | null;
  companyHiddenReason: string | null;
}

/** A listing's (and its firm's) moderation state, by the listing's ref. */
export async function selectListingModeration(db: Db | Tx, { ref }: { ref: string }): Promise<ModerationRow | undefined> {
  const [row] = await db
    .select({
      companyId: listings.companyId,
      listingId: listings.id,
      listingHiddenAt: listings.hiddenAt,
      listingHiddenReason: listings.hiddenReason,
      companyHiddenAt: companies.hiddenAt,
      companyHiddenReason: companies.hiddenReason,
    })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(eq(listings.ref, ref))
    .limit(1);
  return row;
}

/** A firm's moderation state, by its ref. */
export async function selectCompanyModeration(db: Db | Tx, { ref }: { ref: string }): Promise<ModerationRow | undefined> {
  const [row] = await db
    .select({
      companyId: companies.id,
      listingId: sql<string | null>`null`,
      listingHiddenAt: sql<Date | null>`null`,
      listingHiddenReason: sql<string | null>`null`,
      companyHiddenAt: companies.hiddenAt,
      companyHiddenReason: companies.hiddenReason,
    })
    .from(companies)
    .where(eq(companies.ref, ref))
    .limit(1);
  return row;
}

/** The viewer's firms' hidden listings and hidden firms (the dashboard's notice). */
export async function selectHiddenOfCompanies(db: Db | Tx, { companyIds }: { companyIds: string[] }) {
  if (!companyIds.length) return [];
  return db
    .select({ ref: listings.ref, title: listings.title, reason: listings.hiddenReason })
    .from(listings)
    .where(and(inArray(listings.companyId, companyIds), isNotNull(listings.hiddenAt)))
    .orderBy(desc(listings.hiddenAt))
    .limit(20);
}
