import 'server-only';
import { inTransaction } from '@/db/transaction';
// A person's own data (GDPR articles 15, 17 and 20): the download of everything stored about them,
// and the deletion of their account. Both act only on the Viewer's own user.
//
// On deletion, what is the person's alone goes (the account, sessions, API tokens, linked sign-in
// methods, memberships, theme follows, notifications, invitations to and rate-limit counters of
// their address); what other people rely on stays, without the person: listings, introductions
// and results recorded with another firm, themes, meetings and audit entries keep their content
// but no longer name who wrote them (the reference becomes null). A firm with other members stays
// (a remaining member becomes owner if needed); a firm with nobody left is closed (closeFirm).
import { createHash } from 'node:crypto';
import { getDb } from '@/db/client';
import {
  closeFirm,
  countPlatformAdmins,
  deleteUserRows,
  promoteToOwner,
  selectAccountRow,
  selectApiTokensOfUser,
  selectAuditOfUser,
  selectAuthoredOfUser,
  selectFirmNetworkMemberships,
  selectFirmsOfUser,
  selectFirmsWithoutMembers,
  selectIntroductionsOfUser,
  selectInvitesOfUser,
  selectLinkedAccounts,
  selectListingsOfFirms,
  selectNotificationsOfUser,
  selectOtherMembers,
  selectOutcomesOfUser,
  selectPersonalNetworkRoles,
  selectRateLimitsOfSubject,
  selectSessionsOfUser,
  selectSignInLinksOfEmail,
  selectThemeFollowsOfUser,
} from '@/db/queries/personal-data';
import { AppError } from '@/lib/errors';
import { enqueueJob } from '@/lib/jobs/queue';
import type { Viewer } from '@/lib/policy/viewer';

export const PERSONAL_DATA_FORMAT = 'industrivej/personal-data/v1';

/** The digest lib/rate-limit.ts keys an e-mail address's counters by (counterKey). */
export function rateLimitSubjectDigest(email: string) {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 22);
}

/** Everything stored about the viewer, as one JSON-ready object. Never a password hash, session
 * token, API token (or its hash), OAuth token or sign-in link. */
export async function exportPersonalData(viewer: Viewer, now = new Date()) {
  const db = getDb();
  const userId = viewer.userId;
  const account = await selectAccountRow(db, { userId });
  if (!account) throw new AppError('unauthorized');
  const firms = await selectFirmsOfUser(db, { userId });
  const companyIds = firms.map((f) => f.id);
  const [
    linkedSignIns,
    sessions,
    apiTokens,
    firmNetworks,
    networkRoles,
    listings,
    introductions,
    notifications,
    themeFollows,
    invitations,
    authored,
    audit,
    rateLimits,
    signInLinks,
  ] = await Promise.all([
    selectLinkedAccounts(db, { userId }),
    selectSessionsOfUser(db, { userId }),
    selectApiTokensOfUser(db, { userId }),
    selectFirmNetworkMemberships(db, { companyIds }),
    selectPersonalNetworkRoles(db, { userId }),
    selectListingsOfFirms(db, { companyIds, userId }),
    selectIntroductionsOfUser(db, { companyIds, userId }),
    selectNotificationsOfUser(db, { userId }),
    selectThemeFollowsOfUser(db, { userId }),
    selectInvitesOfUser(db, { userId, email: account.email }),
    selectAuthoredOfUser(db, { userId }),
    selectAuditOfUser(db, { userId }),
    selectRateLimitsOfSubject(db, { digest: rateLimitSubjectDigest(account.email) }),
    selectSignInLinksOfEmail(db, { email: account.email }),
  ]);
  const outcomes = await selectOutcomesOfUser(db, { userId, introductionIds: introductions.map((i) => i.id) });
  return {
    format: PERSONAL_DATA_FORMAT,
    exportedAt: now.toISOString(),
    account,
    linkedSignIns,
    sessions,
    apiTokens,
    firms: firms.map(({ role, joinedAt, ...company }) => ({
      role,
      joinedAt,
      company,
      networks: firmNetworks.filter((n) => n.companyId === company.id).map(({ companyId: _, ...n }) => n),
      listings: listings.filter((l) => l.companyId === company.id).map(({ companyId: _, ...l }) => l),
    })),
    networkRoles,
    introductions,
    outcomes,
    notifications,
    themeFollows,
    invitations,
    authored,
    auditLog: audit,
    rateLimitCounters: rateLimits,
    pendingSignInLinks: signInLinks,
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;

/** The file name of the download: industrivej-<address>-<date>.json. */
export function personalDataFileName(viewer: Viewer, now = new Date()) {
  return `industrivej-${viewer.email.replace(/[^a-zA-Z0-9.@_-]/g, '_')}-${now.toISOString().slice(0, 10)}.json`;
}

export interface DeletionSummary {
  /** Firms that stay with their other members. */
  firmsKept: number;
  /** Firms closed because nobody is left. */
  firmsClosed: number;
  listingsClosed: number;
}

/**
 * Deletes the viewer's account, in one transaction, after they typed their e-mail address again.
 * Refused for the last platform administrator (someone must remain able to run the platform).
 */
export async function deleteOwnAccount(viewer: Viewer, input: { confirmEmail: string }, now = new Date()): Promise<DeletionSummary> {
  if (input.confirmEmail.trim().toLowerCase() !== viewer.email.trim().toLowerCase()) {
    throw new AppError('validation', 'confirmation does not match', { issues: [{ path: 'confirmEmail', message: 'privacy.delete.mismatch' }] });
  }
  return inTransaction(async (tx) => {
    const account = await selectAccountRow(tx, { userId: viewer.userId });
    if (!account) throw new AppError('unauthorized');
    if (account.isPlatformAdmin && (await countPlatformAdmins(tx)) <= 1) {
      throw new AppError('conflict', 'last platform administrator', { issues: [{ path: '_form', message: 'privacy.delete.lastAdmin' }] });
    }
    const firms = await selectFirmsOfUser(tx, { userId: viewer.userId });
    for (const firm of firms) {
      if (firm.role !== 'owner') continue;
      const others = await selectOtherMembers(tx, { companyId: firm.id, userId: viewer.userId });
      // A firm keeps an owner: the longest-standing colleague takes over when the last owner leaves.
      if (others.length && !others.some((o) => o.role === 'owner')) await promoteToOwner(tx, { companyId: firm.id, userId: others[0]!.userId });
    }
    await deleteUserRows(tx, { userId: viewer.userId, email: account.email, digest: rateLimitSubjectDigest(account.email) });
    const empty = await selectFirmsWithoutMembers(tx, { companyIds: firms.map((f) => f.id) });
    let listingsClosed = 0;
    for (const companyId of empty) {
      const closed = await closeFirm(tx, { companyId, now });
      listingsClosed += closed.length;
      // Stored suggestions that involve the closed listings are recomputed off the request path.
      for (const listingId of closed) await enqueueJob(tx, 'matches.listing', { listingId, cascade: true });
    }
    return { firmsKept: firms.length - empty.length, firmsClosed: empty.length, listingsClosed };
  });
}
