// Server-side session rows (lib/auth/sessions.ts decides tokens and lifetimes; the rows are here).
import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { sessions } from '../schema';

export async function insertSession(
  db: Db | Tx,
  { sessionToken, userId, expires, userAgent }: { sessionToken: string; userId: string; expires: Date; userAgent: string | null },
): Promise<void> {
  await db.insert(sessions).values({ sessionToken, userId, expires, userAgent });
}

/** Removes the user's sessions that expired before `now`. */
export async function deleteExpiredSessionsOf(db: Db | Tx, { userId, now }: { userId: string; now: Date }): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expires, now)));
}

/** The session row with this token, if it has not expired at `now`. */
export async function selectLiveSession(
  db: Db | Tx,
  { sessionToken, now }: { sessionToken: string; now: Date },
): Promise<{ userId: string; expires: Date } | undefined> {
  const [row] = await db
    .select({ userId: sessions.userId, expires: sessions.expires })
    .from(sessions)
    .where(and(eq(sessions.sessionToken, sessionToken), gt(sessions.expires, now)))
    .limit(1);
  return row;
}

export async function updateSessionExpiry(db: Db | Tx, { sessionToken, expires }: { sessionToken: string; expires: Date }): Promise<void> {
  await db.update(sessions).set({ expires }).where(eq(sessions.sessionToken, sessionToken));
}

export async function deleteSession(db: Db | Tx, { sessionToken }: { sessionToken: string }): Promise<void> {
  await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
}

/** Every session of the user, expired or not. */
export async function deleteSessionsOf(db: Db | Tx, { userId }: { userId: string }): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** How many of the user's sessions have not expired at `now`. */
export async function countLiveSessionsOf(db: Db | Tx, { userId, now }: { userId: string; now: Date }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expires, now)));
  return row?.n ?? 0;
}
