import 'server-only';
// Server-side session rows. Auth.js keeps the browser's session in a signed JWT (Credentials needs
// the JWT strategy); that JWT carries the token of one row here, and the session counts only while
// that row exists and has not expired. Deleting rows is how sign-out and "sign out everywhere" work.
import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '@/db/client';
import {
  countLiveSessionsOf,
  deleteExpiredSessionsOf,
  deleteSession,
  deleteSessionsOf,
  insertSession,
  selectLiveSession,
  updateSessionExpiry,
} from '@/db/queries/sessions';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A row is pushed forward at most once a day, so active users stay signed in without a write per request. */
export const SESSION_REFRESH_SECONDS = 24 * 60 * 60;

export async function createSessionRow(
  db: Db,
  { userId, userAgent, now = new Date() }: { userId: string; userAgent?: string | null; now?: Date },
): Promise<string> {
  const sessionToken = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await insertSession(db, { sessionToken, userId, expires, userAgent: userAgent?.slice(0, 300) ?? null });
  // Old rows of this user are useless; removing them here keeps the table small without a job.
  await deleteExpiredSessionsOf(db, { userId, now });
  return sessionToken;
}

/** The user of a live session, or null when the row is gone or expired. */
export async function findSessionUserId(db: Db, sessionToken: string, now = new Date()): Promise<string | null> {
  const row = await selectLiveSession(db, { sessionToken, now });
  if (!row) return null;
  const remaining = row.expires.getTime() - now.getTime();
  if (remaining < (SESSION_MAX_AGE_SECONDS - SESSION_REFRESH_SECONDS) * 1000) {
    await updateSessionExpiry(db, { sessionToken, expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) });
  }
  return row.userId;
}

export async function deleteSessionRow(db: Db, sessionToken: string) {
  await deleteSession(db, { sessionToken });
}

/** "Sign out everywhere": ends every browser's session of this user. */
export async function deleteAllSessionRows(db: Db | Tx, userId: string) {
  await deleteSessionsOf(db, { userId });
}

export async function countActiveSessions(db: Db, userId: string, now = new Date()) {
  return countLiveSessionsOf(db, { userId, now });
}
