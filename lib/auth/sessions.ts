import 'server-only';
// Server-side session rows. Auth.js keeps the browser's session in a signed JWT (Credentials needs
// the JWT strategy); that JWT carries the token of one row here, and the session counts only while
// that row exists and has not expired. Deleting rows is how sign-out and "sign out everywhere" work.
import { randomBytes } from 'node:crypto';
import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { sessions } from '@/db/schema';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A row is pushed forward at most once a day, so active users stay signed in without a write per request. */
export const SESSION_REFRESH_SECONDS = 24 * 60 * 60;

export async function createSessionRow(
  db: Db,
  { userId, userAgent, now = new Date() }: { userId: string; userAgent?: string | null; now?: Date },
): Promise<string> {
  const sessionToken = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.insert(sessions).values({ sessionToken, userId, expires, userAgent: userAgent?.slice(0, 300) ?? null });
  // Old rows of this user are useless; removing them here keeps the table small without a job.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expires, now)));
  return sessionToken;
}

/** The user of a live session, or null when the row is gone or expired. */
export async function findSessionUserId(db: Db, sessionToken: string, now = new Date()): Promise<string | null> {
  const [row] = await db
    .select({ userId: sessions.userId, expires: sessions.expires })
    .from(sessions)
    .where(and(eq(sessions.sessionToken, sessionToken), gt(sessions.expires, now)))
    .limit(1);
  if (!row) return null;
  const remaining = row.expires.getTime() - now.getTime();
  if (remaining < (SESSION_MAX_AGE_SECONDS - SESSION_REFRESH_SECONDS) * 1000) {
    await db
      .update(sessions)
      .set({ expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) })
      .where(eq(sessions.sessionToken, sessionToken));
  }
  return row.userId;
}

export async function deleteSessionRow(db: Db, sessionToken: string) {
  await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
}

/** "Sign out everywhere": ends every browser's session of this user. */
export async function deleteAllSessionRows(db: Db | Tx, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function countActiveSessions(db: Db, userId: string, now = new Date()) {
  const [row] = await db
    .select({ n: count() })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expires, now)));
  return row?.n ?? 0;
}
