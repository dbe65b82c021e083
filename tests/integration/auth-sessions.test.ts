import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions } from '@/db/schema';
import { SESSION_MAX_AGE_SECONDS, countActiveSessions, createSessionRow, deleteAllSessionRows, deleteSessionRow, findSessionUserId } from '@/lib/auth/sessions';
import { setupTestDb } from './helpers/db';
import { makeUser } from './helpers/factories';

const db = setupTestDb();
const DAY = 24 * 60 * 60 * 1000;

describe('server-side session rows', () => {
  it('a session is valid while its row exists and invalid once deleted (sign-out)', async () => {
    const user = await makeUser(db());
    const token = await createSessionRow(db(), { userId: user.id, userAgent: 'Firefox' });
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(await findSessionUserId(db(), token)).toBe(user.id);
    await deleteSessionRow(db(), token);
    expect(await findSessionUserId(db(), token)).toBeNull();
  });

  it('an expired row does not count, and a made-up token never does', async () => {
    const user = await makeUser(db());
    const past = new Date(Date.now() - SESSION_MAX_AGE_SECONDS * 1000 - 1000);
    const token = await createSessionRow(db(), { userId: user.id, now: past });
    expect(await findSessionUserId(db(), token)).toBeNull();
    expect(await findSessionUserId(db(), 'not-a-token')).toBeNull();
  });

  it('"sign out everywhere" ends every session of that user only', async () => {
    const user = await makeUser(db());
    const other = await makeUser(db());
    const a = await createSessionRow(db(), { userId: user.id });
    const b = await createSessionRow(db(), { userId: user.id });
    const c = await createSessionRow(db(), { userId: other.id });
    expect(await countActiveSessions(db(), user.id)).toBe(2);
    await deleteAllSessionRows(db(), user.id);
    expect(await findSessionUserId(db(), a)).toBeNull();
    expect(await findSessionUserId(db(), b)).toBeNull();
    expect(await findSessionUserId(db(), c)).toBe(other.id);
  });

  it('pushes the expiry forward for an active session at most once a day', async () => {
    const user = await makeUser(db());
    const start = new Date('2026-11-01T08:00:00Z');
    const token = await createSessionRow(db(), { userId: user.id, now: start });
    const expiresOf = async () => (await db().select().from(sessions).where(eq(sessions.sessionToken, token)))[0]!.expires.getTime();
    const initial = await expiresOf();
    await findSessionUserId(db(), token, new Date(start.getTime() + 60_000));
    expect(await expiresOf()).toBe(initial);
    const later = new Date(start.getTime() + 3 * DAY);
    expect(await findSessionUserId(db(), token, later)).toBe(user.id);
    expect(await expiresOf()).toBe(later.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  });

  it('removes the user’s expired rows when a new session starts', async () => {
    const user = await makeUser(db());
    await createSessionRow(db(), { userId: user.id, now: new Date(Date.now() - 40 * DAY) });
    await createSessionRow(db(), { userId: user.id });
    const rows = await db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toHaveLength(1);
  });
});
