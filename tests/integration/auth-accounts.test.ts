import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { createSessionRow, findSessionUserId } from '@/lib/auth/sessions';
import { changePassword, getAccount, signOutEverywhere, signUpUser, updateProfile } from '@/lib/dal/auth';
import { AppError } from '@/lib/errors';
import { setupTestDb } from './helpers/db';
import { viewerFor } from './helpers/factories';

const db = setupTestDb();

async function userCount() {
  const [row] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(users);
  return row!.n;
}

describe('sign-up', () => {
  it('creates the user with an argon2id hash and the chosen language', async () => {
    const { userId } = await signUpUser({ name: 'Mette Hansen', email: 'mette@smedjen.dk', password: 'en lang kode', locale: 'fi' });
    const [user] = await db().select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({ name: 'Mette Hansen', email: 'mette@smedjen.dk', locale: 'fi', isPlatformAdmin: false });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user!.passwordHash!, 'en lang kode')).toBe(true);
  });

  it('refuses a taken e-mail in any letter case as a field error and writes nothing', async () => {
    await signUpUser({ name: 'Ole', email: 'ole@vvs.dk', password: 'en lang kode', locale: 'da' });
    const before = await userCount();
    const attempt = signUpUser({ name: 'Ole 2', email: 'OLE@VVS.dk', password: 'en anden kode', locale: 'da' });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'validation', issues: [{ path: 'email', message: 'auth.validation.emailTaken' }] });
    expect(await userCount()).toBe(before);
  });
});

describe('account page', () => {
  it('updates name and language, shows session count, and signs out everywhere', async () => {
    const { userId } = await signUpUser({ name: 'Kim', email: 'kim@lager.dk', password: 'en lang kode', locale: 'da' });
    const viewer = await viewerFor(db(), userId);
    const token = await createSessionRow(db(), { userId });
    await createSessionRow(db(), { userId });
    await updateProfile(viewer, { name: 'Kim Lund', locale: 'en' });
    expect(await getAccount(viewer)).toEqual({ name: 'Kim Lund', email: 'kim@lager.dk', locale: 'en', hasPassword: true, activeSessions: 2 });
    await signOutEverywhere(viewer);
    expect(await findSessionUserId(db(), token)).toBeNull();
    expect((await getAccount(viewer)).activeSessions).toBe(0);
  });

  it('changes the password only with the right current one, and ends all sessions', async () => {
    const { userId } = await signUpUser({ name: 'Bo', email: 'bo@el.dk', password: 'gammel kode 1', locale: 'da' });
    const viewer = await viewerFor(db(), userId);
    const token = await createSessionRow(db(), { userId });
    await expect(changePassword(viewer, { currentPassword: 'forkert kode', newPassword: 'ny kode 12345' })).rejects.toMatchObject({
      issues: [{ path: 'currentPassword', message: 'auth.validation.wrongPassword' }],
    });
    expect(await findSessionUserId(db(), token)).toBe(userId);
    await changePassword(viewer, { currentPassword: 'gammel kode 1', newPassword: 'ny kode 12345' });
    const [user] = await db().select().from(users).where(eq(users.id, userId));
    expect(await verifyPassword(user!.passwordHash!, 'ny kode 12345')).toBe(true);
    expect(await findSessionUserId(db(), token)).toBeNull();
  });
});
