import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { createSessionRow, findSessionUserId } from '@/lib/auth/sessions';
import { changePassword, confirmSignUp, getAccount, signOutEverywhere, signUpUser, updateProfile } from '@/lib/dal/auth';
import { testOutbox } from '@/lib/mail';
import { setupTestDb } from './helpers/db';
import { viewerFor } from './helpers/factories';

const db = setupTestDb();

async function userCount() {
  const [row] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(users);
  return row!.n;
}

/** Signs up and follows the e-mailed confirmation link, as a person would. */
async function signUpConfirmed(input: { name: string; email: string; password: string; locale: 'da' | 'en' | 'fi' }) {
  await signUpUser(input);
  const mail = testOutbox.filter((m) => m.to === input.email).at(-1)!;
  const token = /\/signup\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
  await confirmSignUp(token);
  const [row] = await db().select({ id: users.id }).from(users).where(eq(users.email, input.email));
  return { userId: row!.id };
}

describe('sign-up', () => {
  it('creates the user with an argon2id hash and the chosen language once the address is confirmed', async () => {
    const { userId } = await signUpConfirmed({ name: 'Mette Hansen', email: 'mette@smedjen.dk', password: 'en lang kode', locale: 'fi' });
    const [user] = await db().select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({ name: 'Mette Hansen', email: 'mette@smedjen.dk', locale: 'fi', isPlatformAdmin: false, pendingPasswordHash: null });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user!.emailVerified).not.toBeNull();
    expect(await verifyPassword(user!.passwordHash!, 'en lang kode')).toBe(true);
  });

  it('leaves a taken e-mail (any letter case) untouched and writes nothing', async () => {
    await signUpConfirmed({ name: 'Ole', email: 'ole@vvs.dk', password: 'en lang kode', locale: 'da' });
    const before = await userCount();
    await expect(signUpUser({ name: 'Ole 2', email: 'OLE@VVS.dk', password: 'en anden kode', locale: 'da' })).resolves.toBeUndefined();
    expect(await userCount()).toBe(before);
    const [ole] = await db().select().from(users).where(eq(users.email, 'ole@vvs.dk'));
    expect(ole!.name).toBe('Ole');
  });
});

describe('account page', () => {
  it('updates name and language, shows session count, and signs out everywhere', async () => {
    const { userId } = await signUpConfirmed({ name: 'Kim', email: 'kim@lager.dk', password: 'en lang kode', locale: 'da' });
    const viewer = await viewerFor(db(), userId);
    const token = await createSessionRow(db(), { userId });
    await createSessionRow(db(), { userId });
    await updateProfile(viewer, { name: 'Kim Lund', locale: 'en' });
    // Confirmed a moment ago (the e-mailed link): a new password needs no current one yet.
    expect(await getAccount(viewer)).toEqual({
      name: 'Kim Lund',
      email: 'kim@lager.dk',
      locale: 'en',
      hasPassword: true,
      canResetWithoutCurrent: true,
      activeSessions: 2,
    });
    await signOutEverywhere(viewer);
    expect(await findSessionUserId(db(), token)).toBeNull();
    expect((await getAccount(viewer)).activeSessions).toBe(0);
  });

  it('changes the password only with the right current one (unless just signed in by link), and ends all sessions', async () => {
    const { userId } = await signUpConfirmed({ name: 'Bo', email: 'bo@el.dk', password: 'gammel kode 1', locale: 'da' });
    // The link was used long ago.
    await db()
      .update(users)
      .set({ emailVerified: new Date(Date.now() - 3600_000) })
      .where(eq(users.id, userId));
    const viewer = await viewerFor(db(), userId);
    expect((await getAccount(viewer)).canResetWithoutCurrent).toBe(false);
    const token = await createSessionRow(db(), { userId });
    await expect(changePassword(viewer, { currentPassword: 'forkert kode', newPassword: 'ny kode 12345' })).rejects.toMatchObject({
      issues: [{ path: 'currentPassword', message: 'auth.validation.wrongPassword' }],
    });
    expect(await findSessionUserId(db(), token)).toBe(userId);
    await changePassword(viewer, { currentPassword: 'gammel kode 1', newPassword: 'ny kode 12345' });
    const [user] = await db().select().from(users).where(eq(users.id, userId));
    expect(await verifyPassword(user!.passwordHash!, 'ny kode 12345')).toBe(true);
    expect(await findSessionUserId(db(), token)).toBeNull();

    // A sign-in link (Auth.js stamps emailVerified) lets them set one without the old password.
    await db().update(users).set({ emailVerified: new Date() }).where(eq(users.id, userId));
    await changePassword(viewer, { currentPassword: '', newPassword: 'glemt og fundet 9' });
    const [after] = await db().select().from(users).where(eq(users.id, userId));
    expect(await verifyPassword(after!.passwordHash!, 'glemt og fundet 9')).toBe(true);
  });
});
