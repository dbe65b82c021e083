import 'server-only';
import { getDb, type Db, type Tx } from '@/db/client';
import { selectCompanyRefById } from '@/db/queries/companies';
import {
  deleteCompanyInvite,
  deleteInvite,
  deleteInvitesForEmail,
  deleteMember,
  insertInvite,
  insertMember,
  isEmailVerified,
  lockMembers,
  selectCompanyIdByRef,
  selectCompanyIdsOfUser,
  selectInviteForEmail,
  selectInvitesForEmail,
  selectMembershipsInOrder,
  selectPendingInvites,
  selectTeamMembers,
  selectUserIdByEmail,
} from '@/db/queries/company-team';
import { AppError, forbidden, notFound, unauthorized } from '@/lib/errors';
import { canManageFirm, canManageTeam } from '@/lib/policy/companies';
import type { Viewer } from '@/lib/policy/viewer';

// A firm's people. The owner adds colleagues by e-mail: someone who already has an account (and
// no firm yet) is added at once; anyone else gets an invitation that waits for them on
// /onboarding once they have signed up with that address.

export interface TeamMemberDto {
  userId: string;
  name: string | null;
  email: string;
  role: 'owner' | 'member';
}

export interface PendingInviteDto {
  id: string;
  email: string;
  createdAt: Date;
}

export interface TeamDto {
  members: TeamMemberDto[];
  invites: PendingInviteDto[];
  /** Whether the viewer may add and remove people (owner or admin). */
  canManage: boolean;
}

export interface InviteForViewerDto {
  id: string;
  companyRef: string;
  companyName: string;
  city: string | null;
}

async function companyByRef(db: Db | Tx, ref: string) {
  return selectCompanyIdByRef(db, { ref });
}

/** The firm for a team change: not_found for outsiders, forbidden for a colleague who is not owner. */
async function companyToManage(db: Db | Tx, viewer: Viewer | null, ref: string) {
  if (!viewer) throw unauthorized();
  const company = await companyByRef(db, ref);
  if (!company || !canManageFirm(viewer, company.id)) throw notFound('company');
  if (!(await canManageTeam(db, viewer, company.id))) throw forbidden('owner only');
  return company;
}

export async function getTeam(viewer: Viewer | null, ref: string): Promise<TeamDto> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const company = await companyByRef(db, ref);
  if (!company || !canManageFirm(viewer, company.id)) throw notFound('company');
  const members = await selectTeamMembers(db, { companyId: company.id });
  const invites = await selectPendingInvites(db, { companyId: company.id });
  const canManage = viewer.isAdmin || members.some((m) => m.userId === viewer.userId && m.role === 'owner');
  return { members, invites, canManage };
}

const fieldError = (code: 'conflict' | 'validation', message: string) =>
  new AppError(code, message, { issues: [{ path: 'email', message: `companies.team.${message}` }] });

/** Adds an existing user straight away, or records an invitation for an address with no account. */
export async function addColleague(viewer: Viewer | null, ref: string, email: string): Promise<{ result: 'added' | 'invited' }> {
  const db = getDb();
  const company = await companyToManage(db, viewer, ref);
  const userId = await selectUserIdByEmail(db, { email });
  if (userId) {
    const firms = await selectCompanyIdsOfUser(db, { userId });
    if (firms.includes(company.id)) throw fieldError('conflict', 'alreadyMember');
    // One firm per person in the UI: someone who already works elsewhere must leave that firm first.
    if (firms.length) throw fieldError('validation', 'belongsToOtherFirm');
    await insertMember(db, { companyId: company.id, userId, role: 'member' });
    return { result: 'added' };
  }
  if (!(await insertInvite(db, { companyId: company.id, email, invitedById: viewer!.userId }))) throw fieldError('conflict', 'alreadyInvited');
  return { result: 'invited' };
}

export async function removeColleague(viewer: Viewer | null, ref: string, userId: string): Promise<void> {
  const db = getDb();
  const company = await companyToManage(db, viewer, ref);
  await db.transaction(async (tx) => {
    const members = await lockMembers(tx, { companyId: company.id });
    const target = members.find((m) => m.userId === userId);
    if (!target) throw notFound('member');
    // A firm must keep an owner, or nobody could manage it any more.
    if (target.role === 'owner' && members.filter((m) => m.role === 'owner').length === 1) {
      throw new AppError('conflict', 'last owner', { issues: [{ path: '_form', message: 'companies.team.lastOwner' }] });
    }
    await deleteMember(tx, { companyId: company.id, userId });
  });
}

export async function revokeInvite(viewer: Viewer | null, ref: string, inviteId: string): Promise<void> {
  const db = getDb();
  const company = await companyToManage(db, viewer, ref);
  if (!(await deleteCompanyInvite(db, { companyId: company.id, inviteId }))) throw notFound('invite');
}

/** Invitations addressed to the viewer's e-mail (shown on /onboarding). */
export async function listInvitesForViewer(viewer: Viewer | null): Promise<InviteForViewerDto[]> {
  if (!viewer) return [];
  return selectInvitesForEmail(getDb(), { email: viewer.email });
}

async function inviteForViewer(db: Db | Tx, viewer: Viewer, inviteId: string) {
  const invite = await selectInviteForEmail(db, { inviteId, email: viewer.email });
  // Someone else's invitation looks exactly like one that does not exist.
  if (!invite) throw notFound('invite');
  return invite;
}

/** Joins the inviting firm. The address must be confirmed: an invitation is proof of identity
 * only if the person holding the account really receives mail at that address. */
export async function acceptInvite(viewer: Viewer | null, inviteId: string): Promise<{ ref: string }> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const invite = await inviteForViewer(db, viewer, inviteId);
  if (!(await isEmailVerified(db, { userId: viewer.userId })))
    throw new AppError('forbidden', 'email not verified', { issues: [{ path: '_form', message: 'companies.onboarding.verifyEmailFirst' }] });
  if (viewer.companyIds.length && !viewer.companyIds.includes(invite.companyId)) {
    throw new AppError('conflict', 'already in a company', { issues: [{ path: '_form', message: 'companies.onboarding.alreadyInFirm' }] });
  }
  const companyRef = await selectCompanyRefById(db, { companyId: invite.companyId });
  await db.transaction(async (tx) => {
    await insertMember(tx, { companyId: invite.companyId, userId: viewer.userId, role: 'member' });
    // Other firms' invitations are moot once the person has joined one.
    await deleteInvitesForEmail(tx, { email: viewer.email });
  });
  return { ref: companyRef! };
}

export async function declineInvite(viewer: Viewer | null, inviteId: string): Promise<void> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const invite = await inviteForViewer(db, viewer, inviteId);
  await deleteInvite(db, { inviteId: invite.id });
}

/** Used by the dashboard: every firm the viewer belongs to, oldest first. */
export async function companyIdsInOrder(db: Db, viewer: Viewer) {
  if (!viewer.companyIds.length) return [];
  return selectMembershipsInOrder(db, { userId: viewer.userId, companyIds: viewer.companyIds });
}
