import 'server-only';
import { inTransaction } from '@/db/transaction';
// The admin tools: find users, firms and networks; disable and re-enable a user; remove a role;
// hide a listing or a firm with a reason its people see. Every function asks lib/policy/admin first,
// and every change writes its audit line in the change's own transaction (it is logged iff it
// happened, with the target's name as it was).
import { getDb, type Tx } from '@/db/client';
import {
  deleteStaffMembership,
  disableUserRow,
  enableUserRow,
  lockEnabledAdminIds,
  searchCompanies,
  selectCompanyModeration,
  selectHiddenOfCompanies,
  selectListingModeration,
  searchNetworks,
  searchUsers,
  selectCompanyForAdmin,
  selectNetworkStaff,
  selectUserForAdmin,
  setCompanyHidden,
  setListingHidden,
  setPlatformAdmin,
  type ModerationRow,
} from '@/db/queries/admin';
import { insertAuditLine } from '@/db/queries/audit';
import { AppError, forbidden, notFound } from '@/lib/errors';
import { canAdminister, canDisableUser, leavesAnAdmin, type RemovableRole } from '@/lib/policy/admin';
import { belongsToCompany } from '@/lib/policy/companies';
import type { Viewer } from '@/lib/policy/viewer';

export const ADMIN_PAGE_SIZE = 25;

function requireAdministrator(viewer: Viewer | null): asserts viewer is Viewer {
  if (!canAdminister(viewer)) throw forbidden();
}

const formError = (code: 'conflict' | 'validation' | 'not_found', key: string) => new AppError(code, key, { issues: [{ path: '_form', message: key }] });

const page = (p: number) => ({ limit: ADMIN_PAGE_SIZE, offset: (Math.max(1, Math.floor(p)) - 1) * ADMIN_PAGE_SIZE });

function paged<T>(rows: T[]): { rows: T[]; hasMore: boolean } {
  return { rows: rows.slice(0, ADMIN_PAGE_SIZE), hasMore: rows.length > ADMIN_PAGE_SIZE };
}

/** Runs a change and its audit line in one transaction. */
async function audited<T>(
  viewer: Viewer,
  line: { action: string; targetType: string; targetId: string; networkId?: string | null },
  change: (tx: Tx) => Promise<{ result: T; details: Record<string, unknown> }>,
): Promise<T> {
  return inTransaction(async (tx) => {
    const { result, details } = await change(tx);
    await insertAuditLine(tx, { actorId: viewer.userId, actorEmail: viewer.email, outcome: 'done', details, ...line });
    return result;
  });
}

// ---------------------------------------------------------------- users

export interface AdminUserListItem {
  id: string;
  email: string;
  name: string | null;
  isAdmin: boolean;
  disabled: boolean;
  createdAt: string;
  companyNames: string[];
  staffRoles: string[];
}

export async function listUsers(viewer: Viewer, params: { q?: string; page: number }): Promise<{ rows: AdminUserListItem[]; hasMore: boolean }> {
  requireAdministrator(viewer);
  const rows = await searchUsers(getDb(), { q: params.q, ...page(params.page) });
  return paged(
    rows.map((r) => ({
      id: r.id,
      email: r.email,
      name: r.name,
      isAdmin: r.isAdmin,
      disabled: !!r.disabledAt,
      createdAt: r.createdAt.toISOString(),
      companyNames: r.companyNames ?? [],
      staffRoles: r.staffRoles ?? [],
    })),
  );
}

export async function getUserForAdmin(viewer: Viewer, userId: string) {
  requireAdministrator(viewer);
  const user = await selectUserForAdmin(getDb(), { userId });
  if (!user) throw notFound();
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    disabledAt: user.disabledAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    emailVerified: !!user.emailVerified,
    hasPassword: user.hasPassword,
    activeSessions: user.activeSessions,
    activeTokens: user.activeTokens,
    isSelf: user.id === viewer.userId,
    firms: user.firms,
    roles: user.roles.map((r) => ({ membershipId: r.membershipId, role: r.role, status: r.status, networkName: r.networkName, networkRef: r.networkRef })),
  };
}
export type AdminUserDetail = Awaited<ReturnType<typeof getUserForAdmin>>;

/**
 * Disables a user: they cannot sign in (by password or link), every session ends and every API
 * token is revoked at once, in one transaction. Not oneself, and never the last enabled admin.
 */
export async function disableUser(viewer: Viewer, input: { userId: string; reason?: string }) {
  requireAdministrator(viewer);
  if (!canDisableUser(viewer, input.userId)) throw formError('validation', 'admin.errors.notYourself');
  return audited(viewer, { action: 'user.disable', targetType: 'user', targetId: input.userId }, async (tx) => {
    const user = await selectUserForAdmin(tx, { userId: input.userId });
    if (!user) throw notFound();
    if (user.isAdmin && !user.disabledAt && !leavesAnAdmin(await lockEnabledAdminIds(tx), user.id)) throw formError('conflict', 'admin.errors.lastAdmin');
    const ended = await disableUserRow(tx, { userId: user.id, now: new Date() });
    if (!ended) throw formError('conflict', 'admin.errors.alreadyDisabled');
    return { result: ended, details: { email: user.email, reason: input.reason ?? null, sessionsEnded: ended.sessions, tokensRevoked: ended.tokens } };
  });
}

export async function enableUser(viewer: Viewer, input: { userId: string }) {
  requireAdministrator(viewer);
  return audited(viewer, { action: 'user.enable', targetType: 'user', targetId: input.userId }, async (tx) => {
    const user = await selectUserForAdmin(tx, { userId: input.userId });
    if (!user) throw notFound();
    if (!(await enableUserRow(tx, { userId: user.id }))) throw formError('conflict', 'admin.errors.notDisabled');
    return { result: true, details: { email: user.email } };
  });
}

/** Makes a user a platform admin. */
export async function grantAdmin(viewer: Viewer, input: { userId: string }) {
  requireAdministrator(viewer);
  return audited(viewer, { action: 'role.grant', targetType: 'user', targetId: input.userId }, async (tx) => {
    const user = await selectUserForAdmin(tx, { userId: input.userId });
    if (!user) throw notFound();
    if (user.disabledAt) throw formError('conflict', 'admin.errors.disabledUser');
    if (!(await setPlatformAdmin(tx, { userId: user.id, isAdmin: true }))) throw formError('conflict', 'admin.errors.alreadyAdmin');
    return { result: true, details: { email: user.email, role: 'admin' } };
  });
}

/**
 * Takes a role from a person: a staff role in a network (by its membership) or platform admin. The
 * last enabled admin keeps theirs.
 */
export async function removeRole(viewer: Viewer, input: { userId: string; role: RemovableRole; membershipId?: string }) {
  requireAdministrator(viewer);
  return audited(viewer, { action: 'role.remove', targetType: 'user', targetId: input.userId }, async (tx) => {
    const user = await selectUserForAdmin(tx, { userId: input.userId });
    if (!user) throw notFound();
    if (input.role === 'admin') {
      if (!user.isAdmin) throw formError('conflict', 'admin.errors.roleGone');
      if (!user.disabledAt && !leavesAnAdmin(await lockEnabledAdminIds(tx), user.id)) throw formError('conflict', 'admin.errors.lastAdmin');
      await setPlatformAdmin(tx, { userId: user.id, isAdmin: false });
      return { result: true, details: { email: user.email, role: 'admin' } };
    }
    const membership = user.roles.find((r) => r.membershipId === input.membershipId && r.role === input.role);
    if (!membership || !input.membershipId) throw formError('conflict', 'admin.errors.roleGone');
    const gone = await deleteStaffMembership(tx, { userId: user.id, membershipId: input.membershipId });
    if (!gone) throw formError('conflict', 'admin.errors.roleGone');
    return { result: true, details: { email: user.email, role: gone.role, network: membership.networkName, networkId: gone.networkId } };
  });
}

// ---------------------------------------------------------------- firms and listings

export async function listCompanies(viewer: Viewer, params: { q?: string; page: number }) {
  requireAdministrator(viewer);
  const rows = await searchCompanies(getDb(), { q: params.q, ...page(params.page) });
  return paged(rows.map((r) => ({ ...r, hidden: !!r.hiddenAt, hiddenAt: undefined, createdAt: r.createdAt.toISOString() })));
}

export async function getCompanyForAdmin(viewer: Viewer, companyId: string) {
  requireAdministrator(viewer);
  const firm = await selectCompanyForAdmin(getDb(), { companyId });
  if (!firm) throw notFound();
  return {
    ...firm,
    hiddenAt: firm.hiddenAt?.toISOString() ?? null,
    createdAt: firm.createdAt.toISOString(),
    people: firm.people.map((p) => ({ ...p, disabled: !!p.disabledAt, disabledAt: undefined })),
    listings: firm.listings.map((l) => ({ ...l, hiddenAt: l.hiddenAt?.toISOString() ?? null, updatedAt: l.updatedAt.toISOString() })),
  };
}
export type AdminCompanyDetail = Awaited<ReturnType<typeof getCompanyForAdmin>>;

/** Hides a firm (its profile and all its listings) from everyone but its own people and admins. */
export async function hideCompany(viewer: Viewer, input: { companyId: string; reason: string }) {
  requireAdministrator(viewer);
  return audited(viewer, { action: 'company.hide', targetType: 'company', targetId: input.companyId }, async (tx) => {
    const row = await setCompanyHidden(tx, { companyId: input.companyId, hidden: { reason: input.reason, byId: viewer.userId, at: new Date() } });
    if (!row) throw notFound();
    return { result: row, details: { name: row.name, reason: input.reason } };
  });
}

export async function unhideCompany(viewer: Viewer, input: { companyId: string }) {
  requireAdministrator(viewer);
  return audited(viewer, { action: 'company.unhide', targetType: 'company', targetId: input.companyId }, async (tx) => {
    const row = await setCompanyHidden(tx, { companyId: input.companyId, hidden: null });
    if (!row) throw formError('conflict', 'admin.errors.notHidden');
    return { result: row, details: { name: row.name } };
  });
}

export async function hideListing(viewer: Viewer, input: { listingId: string; reason: string }) {
  requireAdministrator(viewer);
  return audited(viewer, { action: 'listing.hide', targetType: 'listing', targetId: input.listingId }, async (tx) => {
    const row = await setListingHidden(tx, { listingId: input.listingId, hidden: { reason: input.reason, byId: viewer.userId, at: new Date() } });
    if (!row) throw notFound();
    return { result: row, details: { title: row.title, companyId: row.companyId, reason: input.reason } };
  });
}

export async function unhideListing(viewer: Viewer, input: { listingId: string }) {
  requireAdministrator(viewer);
  return audited(viewer, { action: 'listing.unhide', targetType: 'listing', targetId: input.listingId }, async (tx) => {
    const row = await setListingHidden(tx, { listingId: input.listingId, hidden: null });
    if (!row) throw formError('conflict', 'admin.errors.notHidden');
    return { result: row, details: { title: row.title, companyId: row.companyId } };
  });
}

// ---------------------------------------------------------------- networks

export async function listNetworksForAdmin(viewer: Viewer, params: { q?: string; page: number }) {
  requireAdministrator(viewer);
  const db = getDb();
  const { rows, hasMore } = paged(await searchNetworks(db, { q: params.q, ...page(params.page) }));
  const staff = await selectNetworkStaff(db, { networkIds: rows.map((r) => r.id) });
  return {
    hasMore,
    rows: rows.map((r) => ({
      ...r,
      staff: staff.filter((s) => s.networkId === r.id).map((s) => ({ userId: s.userId, email: s.email, name: s.name, role: s.role })),
    })),
  };
}

// ---------------------------------------------------------------- what a hidden record's firm sees

export interface HiddenNotice {
  /** What was hidden: the listing itself, or its whole firm. */
  scope: 'listing' | 'company';
  reason: string;
  at: string;
  /** For an admin: where to undo it. */
  adminHref: string | null;
}

function noticeFor(viewer: Viewer | null, row: ModerationRow | undefined): HiddenNotice | null {
  if (!row || !viewer) return null;
  // Only the firm's own people (and admins) are told; everyone else does not see the record at all.
  if (!canAdminister(viewer) && !belongsToCompany(viewer, row.companyId)) return null;
  const adminHref = canAdminister(viewer) ? `/admin/companies/${row.companyId}` : null;
  if (row.companyHiddenAt) return { scope: 'company', reason: row.companyHiddenReason ?? '', at: row.companyHiddenAt.toISOString(), adminHref };
  if (row.listingHiddenAt) return { scope: 'listing', reason: row.listingHiddenReason ?? '', at: row.listingHiddenAt.toISOString(), adminHref };
  return null;
}

/** Why a listing is hidden, for its own firm (and admins); null for everyone else or when shown. */
export async function listingHiddenNotice(viewer: Viewer | null, listingRef: string): Promise<HiddenNotice | null> {
  if (!viewer) return null;
  return noticeFor(viewer, await selectListingModeration(getDb(), { ref: listingRef }));
}

/** Why a firm is hidden, for its own people (and admins). */
export async function companyHiddenNotice(viewer: Viewer | null, companyRef: string): Promise<HiddenNotice | null> {
  if (!viewer) return null;
  return noticeFor(viewer, await selectCompanyModeration(getDb(), { ref: companyRef }));
}

/** The viewer's firms' hidden listings, with reasons (their dashboard tells them). */
export async function myHiddenListings(viewer: Viewer): Promise<{ ref: string; title: string; reason: string }[]> {
  const rows = await selectHiddenOfCompanies(getDb(), { companyIds: viewer.companyIds });
  return rows.map((r) => ({ ref: r.ref, title: r.title, reason: r.reason ?? '' }));
}
