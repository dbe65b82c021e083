// A firm's people (lib/dal/company-team.ts decides who may change them; invitations are in
// ./invitations.ts). E-mail addresses compare without regard to letter case.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { companies, companyMembers, users } from '../schema';

export async function selectCompanyIdByRef(db: Db | Tx, { ref }: { ref: string }) {
  const [row] = await db.select({ id: companies.id, ref: companies.ref, name: companies.name }).from(companies).where(eq(companies.ref, ref)).limit(1);
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

/** The account with this address (any letter case): what accepting an invitation checks. */
export async function selectUserByEmail(db: Db | Tx, { email }: { email: string }) {
  const [user] = await db
    .select({ id: users.id, email: users.email, emailVerified: users.emailVerified, locale: users.locale })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return user;
}

/** The firms a user belongs to, with the user's role in each, oldest membership first. */
export async function selectFirmsOfUser(db: Db | Tx, { userId }: { userId: string }) {
  return db
    .select({ companyId: companyMembers.companyId, role: companyMembers.role, ref: companies.ref, name: companies.name })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(eq(companyMembers.userId, userId))
    .orderBy(asc(companyMembers.createdAt));
}

/** Adds the user to the firm (nothing when already in it). */
export async function insertMember(db: Db | Tx, { companyId, userId, role }: { companyId: string; userId: string; role: 'owner' | 'member' }) {
  await db.insert(companyMembers).values({ companyId, userId, role }).onConflictDoNothing();
}

/** The firm's memberships, locked until the transaction ends (so two removals cannot both pass the
 * last-owner check). */
export async function lockMembers(tx: Tx, { companyId }: { companyId: string }) {
  return tx.select().from(companyMembers).where(eq(companyMembers.companyId, companyId)).for('update');
}

export async function deleteMember(db: Db | Tx, { companyId, userId }: { companyId: string; userId: string }) {
  await db.delete(companyMembers).where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, userId)));
}

export async function updateMemberRole(db: Db | Tx, { companyId, userId, role }: { companyId: string; userId: string; role: 'owner' | 'member' }) {
  await db
    .update(companyMembers)
    .set({ role })
    .where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, userId)));
}

export async function isEmailVerified(db: Db | Tx, { userId }: { userId: string }): Promise<boolean> {
  const [user] = await db.select({ emailVerified: users.emailVerified }).from(users).where(eq(users.id, userId)).limit(1);
  return !!user?.emailVerified;
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
