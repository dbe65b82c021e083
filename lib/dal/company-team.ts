import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { companies, companyInvites, companyMembers, users } from '@/db/schema';
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

const emailMatches = (column: typeof users.email | typeof companyInvites.email, email: string) =>
  sql`lower(${column}) = ${email.toLowerCase()}`;

async function companyByRef(db: Db | Tx, ref: string) {
  const [row] = await db.select({ id: companies.id, ref: companies.ref }).from(companies).where(eq(companies.ref, ref)).limit(1);
  return row;
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
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: companyMembers.role })
    .from(companyMembers)
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(eq(companyMembers.companyId, company.id))
    .orderBy(asc(companyMembers.createdAt));
  const invites = await db
    .select({ id: companyInvites.id, email: companyInvites.email, createdAt: companyInvites.createdAt })
    .from(companyInvites)
    .where(eq(companyInvites.companyId, company.id))
    .orderBy(asc(companyInvites.createdAt));
  const canManage = viewer.isAdmin || members.some((m) => m.userId === viewer.userId && m.role === 'owner');
  return { members, invites, canManage };
}

const fieldError = (code: 'conflict' | 'validation', message: string) =>
  new AppError(code, message, { issues: [{ path: 'email', message: `companies.team.${message}` }] });

/** Adds an existing user straight away, or records an invitation for an address with no account. */
export async function addColleague(viewer: Viewer | null, ref: string, email: string): Promise<{ result: 'added' | 'invited' }> {
  const db = getDb();
  const company = await companyToManage(db, viewer, ref);
  const [user] = await db.select({ id: users.id }).from(users).where(emailMatches(users.email, email)).limit(1);
  if (user) {
    const firms = await db.select({ companyId: companyMembers.companyId }).from(companyMembers).where(eq(companyMembers.userId, user.id));
    if (firms.some((f) => f.companyId === company.id)) throw fieldError('conflict', 'alreadyMember');
    // One firm per person in the UI: someone who already works elsewhere must leave that firm first.
    if (firms.length) throw fieldError('validation', 'belongsToOtherFirm');
    await db.insert(companyMembers).values({ companyId: company.id, userId: user.id, role: 'member' }).onConflictDoNothing();
    return { result: 'added' };
  }
  const inserted = await db
    .insert(companyInvites)
    .values({ companyId: company.id, email, invitedById: viewer!.userId })
    .onConflictDoNothing()
    .returning({ id: companyInvites.id });
  if (!inserted.length) throw fieldError('conflict', 'alreadyInvited');
  return { result: 'invited' };
}

export async function removeColleague(viewer: Viewer | null, ref: string, userId: string): Promise<void> {
  const db = getDb();
  const company = await companyToManage(db, viewer, ref);
  await db.transaction(async (tx) => {
    const members = await tx.select().from(companyMembers).where(eq(companyMembers.companyId, company.id)).for('update');
    const target = members.find((m) => m.userId === userId);
    if (!target) throw notFound('member');
    // A firm must keep an owner, or nobody could manage it any more.
    if (target.role === 'owner' && members.filter((m) => m.role === 'owner').length === 1) {
      throw new AppError('conflict', 'last owner', { issues: [{ path: '_form', message: 'companies.team.lastOwner' }] });
    }
    await tx.delete(companyMembers).where(and(eq(companyMembers.companyId, company.id), eq(companyMembers.userId, userId)));
  });
}

export async function revokeInvite(viewer: Viewer | null, ref: string, inviteId: string): Promise<void> {
  const db = getDb();
  const company = await companyToManage(db, viewer, ref);
  const deleted = await db
    .delete(companyInvites)
    .where(and(eq(companyInvites.id, inviteId), eq(companyInvites.companyId, company.id)))
    .returning({ id: companyInvites.id });
  if (!deleted.length) throw notFound('invite');
}

/** Invitations addressed to the viewer's e-mail (shown on /onboarding). */
export async function listInvitesForViewer(viewer: Viewer | null): Promise<InviteForViewerDto[]> {
  if (!viewer) return [];
  return getDb()
    .select({ id: companyInvites.id, companyRef: companies.ref, companyName: companies.name, city: companies.city })
    .from(companyInvites)
    .innerJoin(companies, eq(companies.id, companyInvites.companyId))
    .where(emailMatches(companyInvites.email, viewer.email))
    .orderBy(asc(companyInvites.createdAt));
}

async function inviteForViewer(db: Db | Tx, viewer: Viewer, inviteId: string) {
  const [invite] = await db
    .select()
    .from(companyInvites)
    .where(and(eq(companyInvites.id, inviteId), emailMatches(companyInvites.email, viewer.email)))
    .limit(1);
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
  const [user] = await db.select({ emailVerified: users.emailVerified }).from(users).where(eq(users.id, viewer.userId)).limit(1);
  if (!user?.emailVerified) throw new AppError('forbidden', 'email not verified', { issues: [{ path: '_form', message: 'companies.onboarding.verifyEmailFirst' }] });
  if (viewer.companyIds.length && !viewer.companyIds.includes(invite.companyId)) {
    throw new AppError('conflict', 'already in a company', { issues: [{ path: '_form', message: 'companies.onboarding.alreadyInFirm' }] });
  }
  const [company] = await db.select({ ref: companies.ref }).from(companies).where(eq(companies.id, invite.companyId)).limit(1);
  await db.transaction(async (tx) => {
    await tx.insert(companyMembers).values({ companyId: invite.companyId, userId: viewer.userId, role: 'member' }).onConflictDoNothing();
    // Other firms' invitations are moot once the person has joined one.
    await tx.delete(companyInvites).where(emailMatches(companyInvites.email, viewer.email));
  });
  return { ref: company!.ref };
}

export async function declineInvite(viewer: Viewer | null, inviteId: string): Promise<void> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const invite = await inviteForViewer(db, viewer, inviteId);
  await db.delete(companyInvites).where(eq(companyInvites.id, invite.id));
}

/** Used by the dashboard: every firm the viewer belongs to, oldest first. */
export async function companyIdsInOrder(db: Db, viewer: Viewer) {
  if (!viewer.companyIds.length) return [];
  const rows = await db
    .select({ id: companyMembers.companyId })
    .from(companyMembers)
    .where(and(eq(companyMembers.userId, viewer.userId), inArray(companyMembers.companyId, viewer.companyIds)))
    .orderBy(asc(companyMembers.createdAt));
  return rows.map((r) => r.id);
}
