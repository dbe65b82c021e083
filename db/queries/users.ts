// Accounts (lib/dal/auth.ts). Sessions are lib/auth/sessions.ts's.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { apiTokens, sessions, users, type UiLocale } from '../schema';

/** Inserts an account; the unique index on lower(email) refuses a taken address (23505). */
export async function insertUser(
  db: Db | Tx,
  values: {
    name: string;
    email: string;
    locale: UiLocale;
    passwordHash?: string | null;
    pendingPasswordHash?: string | null;
    signupTokenHash?: string | null;
    signupTokenExpires?: Date | null;
    emailVerified?: Date | null;
  },
): Promise<{ id: string }> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!;
}

export async function selectUser(db: Db | Tx, { userId }: { userId: string }) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  return user;
}

export async function selectUserByEmail(db: Db | Tx, { email }: { email: string }) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  return user;
}

export async function updateUser(db: Db | Tx, { userId, set }: { userId: string; set: { name?: string; locale?: UiLocale; passwordHash?: string } }) {
  await db.update(users).set(set).where(eq(users.id, userId));
}

/**
 * Confirms a sign-up: the account behind an unexpired sign-up token gets its address confirmed and
 * its chosen password. Single use: the token is cleared in the same statement. Null when the token
 * is unknown, used or expired.
 */
export async function confirmSignup(db: Db | Tx, { tokenHash, now }: { tokenHash: string; now: Date }) {
  const [row] = await db
    .update(users)
    .set({
      emailVerified: now,
      passwordHash: sql`${users.pendingPasswordHash}`,
      pendingPasswordHash: null,
      signupTokenHash: null,
      signupTokenExpires: null,
    })
    .where(and(eq(users.signupTokenHash, tokenHash), gt(users.signupTokenExpires, now)))
    .returning({ id: users.id, email: users.email });
  return row;
}

/** Ends every session and API token of the user (sign out everywhere, a new password). */
export async function endAllAccess(db: Db | Tx, { userId, now }: { userId: string; now: Date }) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
  await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}

/**
 * The first proof that someone reads the account's mailbox (a sign-in link to an address that was
 * never confirmed): a password, pending sign-up, session or API token created before that proof
 * may belong to someone who registered the address without owning it, so all of them end. The
 * person who clicked the link sets a new password on /account. Nothing happens to a confirmed
 * account.
 */
export async function forgetUnprovenCredentials(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }) {
  await db.transaction(async (tx) => {
    const cleared = await tx
      .update(users)
      .set({ passwordHash: null, pendingPasswordHash: null, signupTokenHash: null, signupTokenExpires: null })
      .where(and(eq(users.id, userId), isNull(users.emailVerified)))
      .returning({ id: users.id });
    if (cleared.length) await endAllAccess(tx, { userId, now });
  });
}
