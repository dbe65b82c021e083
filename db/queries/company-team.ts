// A firm's people and invitations (lib/dal/company-team.ts decides who may change them). E-mail
// addresses compare without regard to letter case.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { companies, companyInvites, companyMembers, users } from '../schema';

const emailMatches = (column: typeof users.email | typeof companyInvites.email, email: string) => sql`lower(${column}) = ${email.toLowerCase()}`;

export async function selectCompanyIdByRef(db: Db | Tx, { ref }: { ref: string }) {
  const [row] = await db.select({ id: companies.id, ref: companies.ref }).from(companies).where(eq(companies.ref, ref)).limit(1);
  return row;
}

/** The firm's people with their roles, in the order they joined. */
export async function selectTeamMembers(db: Db | Tx, { companyId }: { companyId: string }) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: companyMembers.role })
    .from(companyMembers)
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(eq(companyMembers.companyId, companyId))
    .orderBy(asc(companyMembers.createdAt));
}

export async function selectPendingInvites(db: Db | Tx, { companyId }: { companyId: string }) {
  return db
    .select({ id: companyInvites.id, email: companyInvites.email, createdAt: companyInvites.createdAt })
    .from(companyInvites)
    .where(eq(companyInvites.companyId, companyId))
    .orderBy(asc(companyInvites.createdAt));
}

export async function selectUserIdByEmail(db: Db | Tx, { email }: { email: string }): Promise<string | undefined> {
  const [user] = await db.select({ id: users.id }).from(users).where(emailMatches(users.email, email)).limit(1);
  return user?.id;
}

/** The firms a user belongs to. */
export async function selectCompanyIdsOfUser(db: Db | Tx, { userId }: { userId: string }): Promise<string[]> {
  const firms = await db.select({ companyId: companyMembers.companyId }).from(companyMembers).where(eq(companyMembers.userId, userId));
  return firms.map((f) => f.companyId);
}

/** Adds the user to the firm (nothing when already in it). */
export async function insertMember(db: Db | Tx, { companyId, userId, role }: { companyId: string; userId: string; role: 'owner' | 'member' }) {
  await db.insert(companyMembers).values({ companyId, userId, role }).onConflictDoNothing();
}

/** Records an invitation; false when the address is already invited. */
export async function insertInvite(
  db: Db | Tx,
  { companyId, email, invitedById }: { companyId: string; email: string; invitedById: string },
): Promise<boolean> {
  const inserted = await db.insert(companyInvites).values({ companyId, email, invitedById }).onConflictDoNothing().returning({ id: companyInvites.id });
  return inserted.length > 0;
}

/** The firm's memberships, locked until the transaction ends (so two removals cannot both pass the
 * last-owner check). */
export async function lockMembers(tx: Tx, { companyId }: { companyId: string }) {
  return tx.select().from(companyMembers).where(eq(companyMembers.companyId, companyId)).for('update');
}

export async function deleteMember(db: Db | Tx, { companyId, userId }: { companyId: string; userId: string }) {
  await db.delete(companyMembers).where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, userId)));
}

/** Deletes the firm's invitation; false when there is none with that id. */
export async function deleteCompanyInvite(db: Db | Tx, { companyId, inviteId }: { companyId: string; inviteId: string }): Promise<boolean> {
  const deleted = await db
    .delete(companyInvites)
    .where(and(eq(companyInvites.id, inviteId), eq(companyInvites.companyId, companyId)))
    .returning({ id: companyInvites.id });
  return deleted.length > 0;
}

/** Invitations addressed to this e-mail, oldest first, with the inviting firm. */
export async function selectInvitesForEmail(db: Db | Tx, { email }: { email: string }) {
  return db
    .select({ id: companyInvites.id, companyRef: companies.ref, companyName: companies.name, city: companies.city })
    .from(companyInvites)
    .innerJoin(companies, eq(companies.id, companyInvites.companyId))
    .where(emailMatches(companyInvites.email, email))
    .orderBy(asc(companyInvites.createdAt));
}

/** The invitation, if it is addressed to this e-mail. */
export async function selectInviteForEmail(db: Db | Tx, { inviteId, email }: { inviteId: string; email: string }) {
  const [invite] = await db
    .select()
    .from(companyInvites)
    .where(and(eq(companyInvites.id, inviteId), emailMatches(companyInvites.email, email)))
    .limit(1);
  return invite;
}

export async function isEmailVerified(db: Db | Tx, { userId }: { userId: string }): Promise<boolean> {
  const [user] = await db.select({ emailVerified: users.emailVerified }).from(users).where(eq(users.id, userId)).limit(1);
  return !!user?.emailVerified;
}

export async function deleteInvitesForEmail(db: Db | Tx, { email }: { email: string }) {
  await db.delete(companyInvites).where(emailMatches(companyInvites.email, email));
}

export async function deleteInvite(db: Db | Tx, { inviteId }: { inviteId: string }) {
  await db.delete(companyInvites).where(eq(companyInvites.id, inviteId));
}

/** Of these firms, those the user belongs to, oldest membership first. */
export async function selectMembershipsInOrder(db: Db | Tx, { userId, companyIds }: { userId: string; companyIds: string[] }): Promise<string[]> {
  const rows = await db
    .select({ id: companyMembers.companyId })
    .from(companyMembers)
    .where(and(eq(companyMembers.userId, userId), inArray(companyMembers.companyId, companyIds)))
    .orderBy(asc(companyMembers.createdAt));
  return rows.map((r) => r.id);
}
