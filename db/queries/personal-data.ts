// The SQL of a person's data: everything stored about a user (for their download) and the deletion of
// their account (lib/dal/personal-data.ts decides what goes and what is anonymised). Secrets never
// leave here: no password hash, no session or API token, no OAuth token, no sign-in link token.
import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import {
  accounts,
  apiTokens,
  companies,
  companyInvites,
  companyMembers,
  introductions,
  listings,
  listingThemes,
  matchDismissals,
  meetings,
  networkMemberships,
  networks,
  networkVocabulary,
  auditLog,
  notifications,
  outcomes,
  rateLimits,
  sessions,
  themeFollows,
  themes,
  users,
  verificationTokens,
} from '../schema';

const lowerEq = (column: typeof users.email | typeof companyInvites.email | typeof verificationTokens.identifier, email: string) =>
  sql`lower(${column}) = ${email.toLowerCase()}`;

export async function selectAccountRow(db: Db | Tx, { userId }: { userId: string }) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      emailVerified: users.emailVerified,
      image: users.image,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      isPlatformAdmin: users.isPlatformAdmin,
      locale: users.locale,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

/** Sign-in methods linked to the account (never their OAuth tokens). */
export function selectLinkedAccounts(db: Db | Tx, { userId }: { userId: string }) {
  return db
    .select({ provider: accounts.provider, type: accounts.type, providerAccountId: accounts.providerAccountId })
    .from(accounts)
    .where(eq(accounts.userId, userId));
}

/** Signed-in browsers: when, until when, which browser (never the session token). */
export function selectSessionsOfUser(db: Db | Tx, { userId }: { userId: string }) {
  return db
    .select({ createdAt: sessions.createdAt, expires: sessions.expires, userAgent: sessions.userAgent })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.createdAt));
}

/** API tokens by name and use (never the token or its hash). */
export function selectApiTokensOfUser(db: Db | Tx, { userId }: { userId: string }) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(asc(apiTokens.createdAt));
}

/** Firms the user belongs to, with their role, the firm's whole profile and its network memberships. */
export async function selectFirmsOfUser(db: Db | Tx, { userId }: { userId: string }) {
  const firms = await db
    .select({
      role: companyMembers.role,
      joinedAt: companyMembers.createdAt,
      id: companies.id,
      ref: companies.ref,
      name: companies.name,
      country: companies.country,
      registrationNumber: companies.registrationNumber,
      nace: companies.nace,
      employees: companies.employees,
      street: companies.street,
      postcode: companies.postcode,
      city: companies.city,
      lat: companies.lat,
      lng: companies.lng,
      description: companies.description,
      languages: companies.languages,
      website: companies.website,
      email: companies.email,
      phone: companies.phone,
      createdAt: companies.createdAt,
      updatedAt: companies.updatedAt,
    })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(eq(companyMembers.userId, userId))
    .orderBy(asc(companyMembers.createdAt));
  return firms;
}

export function selectFirmNetworkMemberships(db: Db | Tx, { companyIds }: { companyIds: string[] }) {
  if (!companyIds.length) return Promise.resolve([]);
  return db
    .select({
      companyId: networkMemberships.companyId,
      network: networks.name,
      networkRef: networks.ref,
      status: networkMemberships.status,
      message: networkMemberships.message,
      decidedAt: networkMemberships.decidedAt,
      createdAt: networkMemberships.createdAt,
    })
    .from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .where(and(inArray(networkMemberships.companyId, companyIds), eq(networkMemberships.role, 'member')))
    .orderBy(asc(networkMemberships.createdAt));
}

/** The user's own roles in networks (facilitator, municipality staff). */
export function selectPersonalNetworkRoles(db: Db | Tx, { userId }: { userId: string }) {
  return db
    .select({
      network: networks.name,
      networkRef: networks.ref,
      role: networkMemberships.role,
      status: networkMemberships.status,
      createdAt: networkMemberships.createdAt,
    })
    .from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .where(eq(networkMemberships.userId, userId))
    .orderBy(asc(networkMemberships.createdAt));
}

/** Every listing of the user's firms (a member sees all of them), and who posted it. */
export function selectListingsOfFirms(db: Db | Tx, { companyIds, userId }: { companyIds: string[]; userId: string }) {
  if (!companyIds.length) return Promise.resolve([]);
  return db
    .select({
      id: listings.id,
      ref: listings.ref,
      companyId: listings.companyId,
      kind: listings.kind,
      category: listings.category,
      title: listings.title,
      description: listings.description,
      quantity: listings.quantity,
      unit: listings.unit,
      availableFrom: listings.availableFrom,
      availableUntil: listings.availableUntil,
      lat: listings.lat,
      lng: listings.lng,
      visibility: listings.visibility,
      status: listings.status,
      expiresAt: listings.expiresAt,
      language: listings.language,
      postedByMe: sql<boolean>`coalesce(${listings.createdById} = ${userId}, false)`,
      createdAt: listings.createdAt,
      updatedAt: listings.updatedAt,
    })
    .from(listings)
    .where(inArray(listings.companyId, companyIds))
    .orderBy(asc(listings.createdAt));
}

/** Introductions of the user's firms and those the user proposed as a facilitator; the other firm by
 * name only. */
export async function selectIntroductionsOfUser(db: Db | Tx, { companyIds, userId }: { companyIds: string[]; userId: string }) {
  const mine = companyIds.length
    ? or(inArray(introductions.fromCompanyId, companyIds), inArray(introductions.toCompanyId, companyIds), eq(introductions.proposedById, userId))
    : eq(introductions.proposedById, userId);
  return db
    .select({
      id: introductions.id,
      kind: introductions.kind,
      status: introductions.status,
      fromCompany: sql<string>`(select c.name from ${companies} c where c.id = ${introductions.fromCompanyId})`,
      toCompany: sql<string>`(select c.name from ${companies} c where c.id = ${introductions.toCompanyId})`,
      fromListing: sql<string | null>`(select l.title from ${listings} l where l.id = ${introductions.fromListingId})`,
      toListing: sql<string | null>`(select l.title from ${listings} l where l.id = ${introductions.toListingId})`,
      proposedByMe: sql<boolean>`coalesce(${introductions.proposedById} = ${userId}, false)`,
      message: introductions.message,
      fromReply: introductions.fromReply,
      toReply: introductions.toReply,
      fromAcceptedAt: introductions.fromAcceptedAt,
      toAcceptedAt: introductions.toAcceptedAt,
      respondedAt: introductions.respondedAt,
      createdAt: introductions.createdAt,
    })
    .from(introductions)
    .where(mine)
    .orderBy(asc(introductions.createdAt));
}

/** Results the user recorded, or recorded on an introduction of theirs. */
export function selectOutcomesOfUser(db: Db | Tx, { introductionIds, userId }: { introductionIds: string[]; userId: string }) {
  const where = introductionIds.length
    ? or(eq(outcomes.recordedById, userId), inArray(outcomes.introductionId, introductionIds))
    : eq(outcomes.recordedById, userId);
  return db
    .select({
      id: outcomes.id,
      introductionId: outcomes.introductionId,
      kind: outcomes.kind,
      summary: outcomes.summary,
      occurredOn: outcomes.occurredOn,
      recordedByMe: sql<boolean>`coalesce(${outcomes.recordedById} = ${userId}, false)`,
      createdAt: outcomes.createdAt,
    })
    .from(outcomes)
    .where(where)
    .orderBy(asc(outcomes.createdAt));
}

export function selectNotificationsOfUser(db: Db | Tx, { userId }: { userId: string }) {
  return db
    .select({ type: notifications.type, data: notifications.data, href: notifications.href, readAt: notifications.readAt, createdAt: notifications.createdAt })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.createdAt));
}

export function selectThemeFollowsOfUser(db: Db | Tx, { userId }: { userId: string }) {
  return db
    .select({ theme: themes.title, themeRef: themes.ref, followedAt: themeFollows.createdAt })
    .from(themeFollows)
    .innerJoin(themes, eq(themes.id, themeFollows.themeId))
    .where(eq(themeFollows.userId, userId))
    .orderBy(asc(themeFollows.createdAt));
}

/** Invitations to the user's address, and those the user sent. */
export function selectInvitesOfUser(db: Db | Tx, { userId, email }: { userId: string; email: string }) {
  return db
    .select({
      company: companies.name,
      email: companyInvites.email,
      sentByMe: sql<boolean>`coalesce(${companyInvites.invitedById} = ${userId}, false)`,
      createdAt: companyInvites.createdAt,
    })
    .from(companyInvites)
    .innerJoin(companies, eq(companies.id, companyInvites.companyId))
    .where(or(lowerEq(companyInvites.email, email), eq(companyInvites.invitedById, userId)))
    .orderBy(asc(companyInvites.createdAt));
}

/** What the user made as a facilitator or member beyond listings: themes, meetings, pins, the
 * network vocabulary, dismissed suggestions. */
export async function selectAuthoredOfUser(db: Db | Tx, { userId }: { userId: string }) {
  const [themeRows, meetingRows, pins, vocabulary, dismissals] = await Promise.all([
    db.select({ ref: themes.ref, title: themes.title, createdAt: themes.createdAt }).from(themes).where(eq(themes.createdById, userId)),
    db
      .select({ title: meetings.title, startsAt: meetings.startsAt, place: meetings.place, createdAt: meetings.createdAt })
      .from(meetings)
      .where(eq(meetings.createdById, userId)),
    db
      .select({ listing: listings.title, theme: themes.title, pinned: listingThemes.pinned, createdAt: listingThemes.createdAt })
      .from(listingThemes)
      .innerJoin(listings, eq(listings.id, listingThemes.listingId))
      .innerJoin(themes, eq(themes.id, listingThemes.themeId))
      .where(eq(listingThemes.addedById, userId)),
    db
      .select({ kind: networkVocabulary.kind, terms: networkVocabulary.terms, createdAt: networkVocabulary.createdAt })
      .from(networkVocabulary)
      .where(eq(networkVocabulary.createdById, userId)),
    db
      .select({
        listing: sql<string>`(select l.title from ${listings} l where l.id = ${matchDismissals.listingId})`,
        other: sql<string>`(select l.title from ${listings} l where l.id = ${matchDismissals.otherListingId})`,
        createdAt: matchDismissals.createdAt,
      })
      .from(matchDismissals)
      .where(eq(matchDismissals.dismissedById, userId)),
  ]);
  return { themes: themeRows, meetings: meetingRows, themePins: pins, vocabulary, dismissedSuggestions: dismissals };
}

/** Audit entries about the user's actions (audit_log; never other people's). */
export function selectAuditOfUser(db: Db | Tx, { userId }: { userId: string }) {
  return db
    .select({
      network: networks.name,
      action: auditLog.action,
      outcome: auditLog.outcome,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(networks, eq(networks.id, auditLog.networkId))
    .where(eq(auditLog.actorId, userId))
    .orderBy(asc(auditLog.createdAt));
}

/** Rate-limit counters keyed by the user's address (sign-in attempts, sign-in links): the key ends
 * with the address's digest (lib/rate-limit.ts never stores it in clear). */
const keyedBy = (digest: string) => sql`${rateLimits.key} like ${'%:' + digest.replace(/[\\%_]/g, '\\$&')}`;

export function selectRateLimitsOfSubject(db: Db | Tx, { digest }: { digest: string }) {
  return db.select({ key: rateLimits.key, windowStart: rateLimits.windowStart, count: rateLimits.count }).from(rateLimits).where(keyedBy(digest));
}

/** Unused sign-in links to the address: only when they expire (never the token). */
export function selectSignInLinksOfEmail(db: Db | Tx, { email }: { email: string }) {
  return db.select({ expires: verificationTokens.expires }).from(verificationTokens).where(lowerEq(verificationTokens.identifier, email));
}

// ---------------------------------------------------------------- deletion

export function countPlatformAdmins(db: Db | Tx) {
  return db.$count(users, eq(users.isPlatformAdmin, true));
}

/** The other people of a firm, longest-standing first. */
export function selectOtherMembers(db: Db | Tx, { companyId, userId }: { companyId: string; userId: string }) {
  return db
    .select({ userId: companyMembers.userId, role: companyMembers.role })
    .from(companyMembers)
    .where(and(eq(companyMembers.companyId, companyId), ne(companyMembers.userId, userId)))
    .orderBy(asc(companyMembers.createdAt));
}

export async function promoteToOwner(db: Db | Tx, { companyId, userId }: { companyId: string; userId: string }) {
  await db
    .update(companyMembers)
    .set({ role: 'owner' })
    .where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, userId)));
}

/**
 * A firm nobody is left to speak for: closed, its listings closed, its contact details (the departed
 * person's, as a rule) cleared, out of its networks (so no directory, board or search shows it),
 * its open invitations and pending introductions withdrawn. The row stays: other firms'
 * introductions and recorded results name it.
 */
export async function closeFirm(db: Db | Tx, { companyId, now }: { companyId: string; now: Date }) {
  await db.update(companies).set({ closedAt: now, email: null, phone: null }).where(eq(companies.id, companyId));
  const closed = await db
    .update(listings)
    .set({ status: 'closed' })
    .where(and(eq(listings.companyId, companyId), ne(listings.status, 'closed')))
    .returning({ id: listings.id });
  await db.delete(networkMemberships).where(and(eq(networkMemberships.companyId, companyId), eq(networkMemberships.role, 'member')));
  await db.delete(companyInvites).where(eq(companyInvites.companyId, companyId));
  await db
    .update(introductions)
    .set({ status: 'withdrawn', respondedAt: now })
    .where(and(or(eq(introductions.fromCompanyId, companyId), eq(introductions.toCompanyId, companyId)), eq(introductions.status, 'pending')));
  return closed.map((l) => l.id);
}

/**
 * Deletes the user row; the database does the rest: sessions, API tokens, linked sign-in methods,
 * firm and network memberships, theme follows and notifications go with it (on delete cascade);
 * every reference from kept records (who posted a listing, proposed an introduction, recorded a
 * result, wrote an audit entry …) becomes null (on delete set null). Invitations to the address,
 * unused sign-in links and rate-limit counters keyed by it are deleted here.
 */
export async function deleteUserRows(db: Db | Tx, { userId, email, digest }: { userId: string; email: string; digest: string }) {
  await db.delete(companyInvites).where(lowerEq(companyInvites.email, email));
  await db.delete(verificationTokens).where(lowerEq(verificationTokens.identifier, email));
  await db.delete(rateLimits).where(keyedBy(digest));
  // The audit log outlives the account (README "Personal data"): its lines stay, without the person.
  await db.update(auditLog).set({ actorEmail: null }).where(eq(auditLog.actorId, userId));
  await db.delete(users).where(eq(users.id, userId));
}

/** Firms with no people left (after deletions), among those given. */
export async function selectFirmsWithoutMembers(db: Db | Tx, { companyIds }: { companyIds: string[] }) {
  if (!companyIds.length) return [];
  const rows = await db
    .select({ id: companies.id })
    .from(companies)
    .where(
      and(
        inArray(companies.id, companyIds),
        isNull(companies.closedAt),
        sql`not exists (select 1 from ${companyMembers} cm where cm.company_id = ${companies.id})`,
      ),
    );
  return rows.map((r) => r.id);
}
