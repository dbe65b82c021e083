// Invitations to join a firm (lib/dal/company-team.ts decides who may send, see and accept them).
// E-mail addresses compare without regard to letter case; tokens are stored as SHA-256 hashes.
import { and, asc, count, eq, gt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { companies, companyInvites, users, type UiLocale } from '../schema';

const inviteEmailIs = (email: string) => sql`lower(${companyInvites.email}) = ${email.toLowerCase()}`;

/** The firm's invitations, oldest first (expired ones too: the owner sees and renews them). */
export async function selectPendingInvites(db: Db | Tx, { companyId }: { companyId: string }) {
  return db
    .select({ id: companyInvites.id, email: companyInvites.email, sentAt: companyInvites.sentAt, expiresAt: companyInvites.expiresAt })
    .from(companyInvites)
    .where(eq(companyInvites.companyId, companyId))
    .orderBy(asc(companyInvites.createdAt));
}

export async function countInvites(db: Db | Tx, { companyId }: { companyId: string }): Promise<number> {
  const [row] = await db.select({ n: count() }).from(companyInvites).where(eq(companyInvites.companyId, companyId));
  return row?.n ?? 0;
}

/** The firm's invitation to this address, if any. */
export async function selectCompanyInviteByEmail(db: Db | Tx, { companyId, email }: { companyId: string; email: string }) {
  const [row] = await db
    .select()
    .from(companyInvites)
    .where(and(eq(companyInvites.companyId, companyId), inviteEmailIs(email)))
    .limit(1);
  return row;
}

/**
 * Records an invitation, or renews the firm's existing one to the same address (a new token, a new
 * expiry: the old link stops working).
 */
export async function upsertInvite(
  db: Db | Tx,
  values: { companyId: string; email: string; invitedById: string; tokenHash: string; locale: UiLocale; sentAt: Date; expiresAt: Date },
) {
  const existing = await selectCompanyInviteByEmail(db, values);
  if (existing) {
    const { tokenHash, locale, sentAt, expiresAt, invitedById } = values;
    await db.update(companyInvites).set({ tokenHash, locale, sentAt, expiresAt, invitedById }).where(eq(companyInvites.id, existing.id));
    return { id: existing.id };
  }
  const [row] = await db.insert(companyInvites).values(values).returning({ id: companyInvites.id });
  return row!;
}

/** Deletes the firm's invitation; false when there is none with that id. */
export async function deleteCompanyInvite(db: Db | Tx, { companyId, inviteId }: { companyId: string; inviteId: string }): Promise<boolean> {
  const deleted = await db
    .delete(companyInvites)
    .where(and(eq(companyInvites.id, inviteId), eq(companyInvites.companyId, companyId)))
    .returning({ id: companyInvites.id });
  return deleted.length > 0;
}

const inviteWithFirm = {
  id: companyInvites.id,
  companyId: companyInvites.companyId,
  email: companyInvites.email,
  locale: companyInvites.locale,
  expiresAt: companyInvites.expiresAt,
  companyRef: companies.ref,
  companyName: companies.name,
  city: companies.city,
  inviterName: users.name,
};

/** The invitation behind an e-mailed token, with its firm and who sent it (expired ones too). */
export async function selectInviteByTokenHash(db: Db | Tx, { tokenHash }: { tokenHash: string }) {
  const [row] = await db
    .select(inviteWithFirm)
    .from(companyInvites)
    .innerJoin(companies, eq(companies.id, companyInvites.companyId))
    .leftJoin(users, eq(users.id, companyInvites.invitedById))
    .where(eq(companyInvites.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/** Unexpired invitations addressed to this e-mail, oldest first, with the inviting firm. */
export async function selectInvitesForEmail(db: Db | Tx, { email, now }: { email: string; now: Date }) {
  return db
    .select(inviteWithFirm)
    .from(companyInvites)
    .innerJoin(companies, eq(companies.id, companyInvites.companyId))
    .leftJoin(users, eq(users.id, companyInvites.invitedById))
    .where(and(inviteEmailIs(email), gt(companyInvites.expiresAt, now)))
    .orderBy(asc(companyInvites.createdAt));
}

/** The unexpired invitation with this id, if it is addressed to this e-mail. */
export async function selectInviteForEmail(db: Db | Tx, { inviteId, email, now }: { inviteId: string; email: string; now: Date }) {
  const [row] = await db
    .select()
    .from(companyInvites)
    .where(and(eq(companyInvites.id, inviteId), inviteEmailIs(email), gt(companyInvites.expiresAt, now)))
    .limit(1);
  return row;
}

/**
 * Uses up the invitation (deletes it) if it is still there, addressed to this e-mail and unexpired;
 * false otherwise. Deleting in the same statement that checks makes it single-use even when two
 * requests race.
 */
export async function consumeInvite(db: Db | Tx, { inviteId, email, now }: { inviteId: string; email: string; now: Date }): Promise<boolean> {
  const deleted = await db
    .delete(companyInvites)
    .where(and(eq(companyInvites.id, inviteId), inviteEmailIs(email), gt(companyInvites.expiresAt, now)))
    .returning({ id: companyInvites.id });
  return deleted.length > 0;
}

export async function deleteInvite(db: Db | Tx, { inviteId }: { inviteId: string }) {
  await db.delete(companyInvites).where(eq(companyInvites.id, inviteId));
}
