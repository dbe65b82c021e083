// The SQL of the sign-in flow (lib/auth/config.ts): looking an account up by its address, and the
// housekeeping of e-mailed sign-in links. Accounts themselves are db/queries/users.ts's.
import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { users, verificationTokens } from '../schema';

/** The account with this address, compared case-insensitively (the unique index is on lower(email)). */
export async function selectUserByEmail(db: Db, { email }: { email: string }) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return user;
}

/** Unused sign-in links past their expiry. */
export async function deleteExpiredVerificationTokens(db: Db, { now }: { now: Date }) {
  await db.delete(verificationTokens).where(lt(verificationTokens.expires, now));
}
