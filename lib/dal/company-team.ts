import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { getDb, type Db, type Tx } from '@/db/client';
import {
  deleteMember,
  insertMember,
  lockMembers,
  selectCompanyIdByRef,
  selectFirmsOfUser,
  selectMembershipsInOrder,
  selectTeamMembers,
  selectUserByEmail,
  updateMemberRole,
} from '@/db/queries/company-team';
import {
  consumeInvite,
  countInvites,
  deleteCompanyInvite,
  deleteInvite,
  selectCompanyInviteByEmail,
  selectInviteByTokenHash,
  selectInviteForEmail,
  selectInvitesForEmail,
  selectPendingInvites,
  upsertInvite,
} from '@/db/queries/invitations';
import { insertUser } from '@/db/queries/users';
import type { UiLocale } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { appUrl } from '@/lib/env';
import { AppError, forbidden, notFound, unauthorized } from '@/lib/errors';
import { sendMail } from '@/lib/mail';
import { canManageFirm, canManageTeam } from '@/lib/policy/companies';
import type { Viewer } from '@/lib/policy/viewer';
import { invitationEmail } from '@/lib/team/emails';

// A firm's people. Nobody is attached to a firm without their own consent: the owner invites an
// address; the e-mail carries a single-use link that expires; joining needs the invitee signed in
// with a confirmed address equal to the invited one (a sign-in link confirms it), or a new account
// created from the invitation (the link itself proves the mailbox). The owner's answer is the
// same whether or not the address has an account. A person can leave a firm; the last owner of a
// firm with other people must first make one of them owner.

export const INVITE_DAYS = 14;
export const MAX_PENDING_INVITES = 25;
/** An invitation is e-mailed again at most this often (a renewal replaces its link). */
export const RESEND_INTERVAL_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface TeamMemberDto {
  userId: string;
  name: string | null;
  email: string;
  role: 'owner' | 'member';
}

export interface PendingInviteDto {
  id: string;
  email: string;
  sentAt: Date;
  expiresAt: Date;
  expired: boolean;
}

export interface TeamDto {
  members: TeamMemberDto[];
  invites: PendingInviteDto[];
  /** Whether the viewer may invite, remove and promote people (owner or admin). */
  canManage: boolean;
}

export interface InviteForViewerDto {
  id: string;
  companyRef: string;
  companyName: string;
  city: string | null;
}

const teamError = (code: 'conflict' | 'validation', key: string, path = 'email') =>
  new AppError(code, key, { issues: [{ path, message: `team.errors.${key}` }] });

/** The firm for a team change: not_found for outsiders, forbidden for a colleague who is not owner. */
async function companyToManage(db: Db | Tx, viewer: Viewer | null, ref: string) {
  if (!viewer) throw unauthorized();
  const company = await selectCompanyIdByRef(db, { ref });
  if (!company || !canManageFirm(viewer, company.id)) throw notFound('company');
  if (!(await canManageTeam(db, viewer, company.id))) throw forbidden('owner only');
  return company;
}

export async function getTeam(viewer: Viewer | null, ref: string, now = new Date()): Promise<TeamDto> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const company = await selectCompanyIdByRef(db, { ref });
  if (!company || !canManageFirm(viewer, company.id)) throw notFound('company');
  const members = await selectTeamMembers(db, { companyId: company.id });
  const invites = (await selectPendingInvites(db, { companyId: company.id })).map((i) => ({ ...i, expired: i.expiresAt <= now }));
  const canManage = viewer.isAdmin || members.some((m) => m.userId === viewer.userId && m.role === 'owner');
  return { members, invites, canManage };
}

/**
 * Invites an address (or renews its invitation) and e-mails the link. The answer never depends on
 * whether the address has an account: only the firm's own members are refused (the owner sees
 * them in the list anyway).
 */
export async function inviteColleague(viewer: Viewer | null, ref: string, email: string, locale: UiLocale, now = new Date()): Promise<void> {
  const db = getDb();
  const company = await companyToManage(db, viewer, ref);
  const address = email.trim().toLowerCase();
  const members = await selectTeamMembers(db, { companyId: company.id });
  if (members.some((m) => m.email.toLowerCase() === address)) throw teamError('conflict', 'alreadyMember');
  const existing = await selectCompanyInviteByEmail(db, { companyId: company.id, email: address });
  if (existing && now.getTime() - existing.sentAt.getTime() < RESEND_INTERVAL_MS) throw teamError('conflict', 'justSent');
  if (!existing && (await countInvites(db, { companyId: company.id })) >= MAX_PENDING_INVITES) throw teamError('conflict', 'tooMany');
  // The e-mail is in the invitee's own language when they have an account; the owner's choice else.
  const account = await selectUserByEmail(db, { email: address });
  const mailLocale = account?.locale ?? locale;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000);
  await upsertInvite(db, {
    companyId: company.id,
    email: address,
    invitedById: viewer!.userId,
    tokenHash: hashToken(token),
    locale: mailLocale,
    sentAt: now,
    expiresAt,
  });
  await sendMail(
    invitationEmail({
      to: address,
      url: invitationUrl(token),
      locale: mailLocale,
      firm: company.name,
      inviter: viewer!.name ?? viewer!.email,
      days: INVITE_DAYS,
    }),
  );
}

export const invitationUrl = (token: string) => new URL(`/invite/${encodeURIComponent(token)}`, appUrl()).toString();

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

/** Hands ownership to a colleague too (owners can then leave). */
export async function makeOwner(viewer: Viewer | null, ref: string, userId: string): Promise<void> {
  const db = getDb();
  const company = await companyToManage(db, viewer, ref);
  await db.transaction(async (tx) => {
    const members = await lockMembers(tx, { companyId: company.id });
    if (!members.some((m) => m.userId === userId)) throw notFound('member');
    await updateMemberRole(tx, { companyId: company.id, userId, role: 'owner' });
  });
}

export async function revokeInvite(viewer: Viewer | null, ref: string, inviteId: string): Promise<void> {
  const db = getDb();
  const company = await companyToManage(db, viewer, ref);
  if (!(await deleteCompanyInvite(db, { companyId: company.id, inviteId }))) throw notFound('invite');
}

// ------------------------------------------------------------------ the invitee

/** Unexpired invitations addressed to the viewer's e-mail (shown on /onboarding). */
export async function listInvitesForViewer(viewer: Viewer | null, now = new Date()): Promise<InviteForViewerDto[]> {
  if (!viewer) return [];
  const rows = await selectInvitesForEmail(getDb(), { email: viewer.email, now });
  return rows.map(({ id, companyRef, companyName, city }) => ({ id, companyRef, companyName, city }));
}

/** What the invitation page shows to whoever holds the link. */
export type InvitationView =
  | { state: 'invalid' }
  | {
      state: 'expired' | 'signedOutNewAddress' | 'signedOutHasAccount' | 'wrongAccount' | 'unverified' | 'inOtherFirm' | 'alreadyMember' | 'ready';
      companyName: string;
      city: string | null;
      inviterName: string | null;
      email: string;
      locale: UiLocale;
      /** The viewer's own address, when signed in. */
      viewerEmail: string | null;
    };

async function viewerAddressConfirmed(db: Db | Tx, viewer: Viewer) {
  const account = await selectUserByEmail(db, { email: viewer.email });
  return !!account && account.id === viewer.userId && !!account.emailVerified;
}

export async function getInvitation(viewer: Viewer | null, token: string, now = new Date()): Promise<InvitationView> {
  const db = getDb();
  const invite = await selectInviteByTokenHash(db, { tokenHash: hashToken(token) });
  if (!invite) return { state: 'invalid' };
  const base = {
    companyName: invite.companyName,
    city: invite.city,
    inviterName: invite.inviterName,
    email: invite.email,
    locale: invite.locale,
    viewerEmail: viewer?.email ?? null,
  };
  if (invite.expiresAt <= now) return { ...base, state: 'expired' };
  if (!viewer) {
    // The link was mailed to the address, so telling its holder whether it has an account is safe.
    return { ...base, state: (await selectUserByEmail(db, { email: invite.email })) ? 'signedOutHasAccount' : 'signedOutNewAddress' };
  }
  if (viewer.email.toLowerCase() !== invite.email.toLowerCase()) return { ...base, state: 'wrongAccount' };
  if (viewer.companyIds.includes(invite.companyId)) return { ...base, state: 'alreadyMember' };
  if (!(await viewerAddressConfirmed(db, viewer))) return { ...base, state: 'unverified' };
  if (viewer.companyIds.length) return { ...base, state: 'inOtherFirm' };
  return { ...base, state: 'ready' };
}

/** Joins the invitation's firm with the viewer's consent; uses the invitation up. */
async function join(db: Db, viewer: Viewer, invite: { id: string; companyId: string; email: string }, now: Date) {
  if (viewer.email.toLowerCase() !== invite.email.toLowerCase()) throw notFound('invite');
  if (!(await viewerAddressConfirmed(db, viewer))) {
    throw new AppError('forbidden', 'email not verified', { issues: [{ path: '_form', message: 'team.errors.verifyEmailFirst' }] });
  }
  // One firm per person in the UI: someone who works elsewhere leaves that firm first (/account).
  if (viewer.companyIds.length && !viewer.companyIds.includes(invite.companyId)) throw teamError('conflict', 'inOtherFirm', '_form');
  await db.transaction(async (tx) => {
    if (!(await consumeInvite(tx, { inviteId: invite.id, email: viewer.email, now }))) throw notFound('invite');
    await insertMember(tx, { companyId: invite.companyId, userId: viewer.userId, role: 'member' });
  });
  const firm = (await selectFirmsOfUser(db, { userId: viewer.userId })).find((f) => f.companyId === invite.companyId);
  return { ref: firm!.ref };
}

/** Accepts the invitation behind an e-mailed link. */
export async function acceptInvitation(viewer: Viewer | null, token: string, now = new Date()): Promise<{ ref: string }> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const invite = await selectInviteByTokenHash(db, { tokenHash: hashToken(token) });
  if (!invite || invite.expiresAt <= now) throw new AppError('not_found', 'invite', { issues: [{ path: '_form', message: 'team.errors.invalid' }] });
  return join(db, viewer, invite, now);
}

/** Accepts an invitation listed on /onboarding (addressed to the viewer's e-mail). */
export async function acceptInvite(viewer: Viewer | null, inviteId: string, now = new Date()): Promise<{ ref: string }> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  // Someone else's invitation looks exactly like one that does not exist.
  const invite = await selectInviteForEmail(db, { inviteId, email: viewer.email, now });
  if (!invite) throw notFound('invite');
  return join(db, viewer, invite, now);
}

/** Declines the invitation behind a link: holding the link is enough (it was mailed to the invitee). */
export async function declineInvitation(token: string): Promise<void> {
  const db = getDb();
  const invite = await selectInviteByTokenHash(db, { tokenHash: hashToken(token) });
  if (!invite) throw notFound('invite');
  await deleteInvite(db, { inviteId: invite.id });
}

export async function declineInvite(viewer: Viewer | null, inviteId: string, now = new Date()): Promise<void> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const invite = await selectInviteForEmail(db, { inviteId, email: viewer.email, now });
  if (!invite) throw notFound('invite');
  await deleteInvite(db, { inviteId: invite.id });
}

/**
 * Creates the account from the invitation: the link proves the invitee reads the invited mailbox,
 * so the address counts as confirmed. Refused when the address already has an account (then the
 * invitee signs in and accepts).
 */
export async function signUpFromInvitation(
  input: { token: string; name: string; password: string; locale: UiLocale },
  now = new Date(),
): Promise<{ email: string; ref: string }> {
  const db = getDb();
  const invite = await selectInviteByTokenHash(db, { tokenHash: hashToken(input.token) });
  if (!invite || invite.expiresAt <= now) throw new AppError('not_found', 'invite', { issues: [{ path: '_form', message: 'team.errors.invalid' }] });
  if (await selectUserByEmail(db, { email: invite.email })) throw teamError('conflict', 'hasAccount', '_form');
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    if (!(await consumeInvite(tx, { inviteId: invite.id, email: invite.email, now }))) throw notFound('invite');
    const user = await insertUser(tx, { name: input.name, email: invite.email.toLowerCase(), locale: input.locale, passwordHash, emailVerified: now });
    await insertMember(tx, { companyId: invite.companyId, userId: user.id, role: 'member' });
  });
  return { email: invite.email.toLowerCase(), ref: invite.companyRef };
}

// ------------------------------------------------------------------ leaving

export interface MyFirmDto {
  ref: string;
  name: string;
  role: 'owner' | 'member';
  /** Why the viewer cannot leave, or null when they can. */
  cannotLeave: 'lastOwner' | 'onlyPerson' | null;
}

function leaveBlocker(members: { userId: string; role: 'owner' | 'member' }[], userId: string): MyFirmDto['cannotLeave'] {
  const me = members.find((m) => m.userId === userId);
  if (!me) return null;
  if (members.length === 1) return 'onlyPerson';
  if (me.role === 'owner' && members.filter((m) => m.role === 'owner').length === 1) return 'lastOwner';
  return null;
}

/** The viewer's firms, for /account. */
export async function listMyFirms(viewer: Viewer): Promise<MyFirmDto[]> {
  const db = getDb();
  const firms = await selectFirmsOfUser(db, { userId: viewer.userId });
  return Promise.all(
    firms.map(async (f) => ({
      ref: f.ref,
      name: f.name,
      role: f.role,
      cannotLeave: leaveBlocker(await selectTeamMembers(db, { companyId: f.companyId }), viewer.userId),
    })),
  );
}

/**
 * Leaves a firm. The last owner of a firm with other people must first make one of them owner;
 * the only person in a firm cannot leave it (nobody would answer for its listings and contacts:
 * ask a colleague to join first, or have the platform close the firm).
 */
export async function leaveFirm(viewer: Viewer | null, ref: string): Promise<void> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const company = await selectCompanyIdByRef(db, { ref });
  if (!company || !viewer.companyIds.includes(company.id)) throw notFound('company');
  await db.transaction(async (tx) => {
    const members = await lockMembers(tx, { companyId: company.id });
    const blocker = leaveBlocker(members, viewer.userId);
    if (blocker) throw teamError('conflict', blocker, '_form');
    await deleteMember(tx, { companyId: company.id, userId: viewer.userId });
  });
}

/** Used by the dashboard: every firm the viewer belongs to, oldest first. */
export async function companyIdsInOrder(db: Db, viewer: Viewer) {
  if (!viewer.companyIds.length) return [];
  return selectMembershipsInOrder(db, { userId: viewer.userId, companyIds: viewer.companyIds });
}
