// Finding (Low): sign-up revealed existing accounts ("e-mail taken"). Now every sign-up gets the
// same answer; the mailbox gets either a confirmation link or a note that it already has an account.
import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { POST as signUpPost } from '@/app/api/v1/auth/signup/route';
import { users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { confirmSignUp, signUpUser } from '@/lib/dal/auth';
import { testOutbox } from '@/lib/mail';
import { setupTestDb } from '../integration/helpers/db';
import { makeUser } from '../integration/helpers/factories';
import { errorOf, lastMailTo, tokenFromMail } from './helpers';

const db = setupTestDb();
beforeEach(() => {
  testOutbox.length = 0;
});

const userRow = async (email: string) =>
  (
    await db()
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
  )[0];

describe('sign-up does not reveal whether an address has an account', () => {
  it('answers the same; only the mailbox learns which, and an existing account is untouched', async () => {
    const existing = await makeUser(db(), { email: 'ole@vvs.dk', passwordHash: await hashPassword('oles egen kode 1'), emailVerified: new Date(0) });
    await expect(signUpUser({ name: 'Ole 2', email: 'OLE@VVS.dk', password: 'en anden lang kode', locale: 'da' })).resolves.toBeUndefined();
    await expect(signUpUser({ name: 'Mette', email: 'mette@smedjen.dk', password: 'en lang kode 77', locale: 'fi' })).resolves.toBeUndefined();

    expect(lastMailTo('ole@vvs.dk').subject).toBe('Nogen forsøgte at oprette en konto med din e-mail');
    expect(lastMailTo('mette@smedjen.dk').subject).toBe('Vahvista sähköpostisi Industrivejiin');
    const ole = (await userRow('ole@vvs.dk'))!;
    expect(ole.name).toBe(existing.name);
    expect(await verifyPassword(ole.passwordHash!, 'oles egen kode 1')).toBe(true);
  });

  it('the JSON endpoint answers 202 for a new and a taken address alike', async () => {
    await makeUser(db(), { email: 'taken@firma.dk' });
    const post = (email: string, ip: string) =>
      signUpPost(
        new Request('http://localhost/api/v1/auth/signup', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-real-ip': ip },
          body: JSON.stringify({ name: 'Lone', email, password: 'lang adgangskode' }),
        }),
      );
    const taken = await post('taken@firma.dk', '192.0.2.60');
    const fresh = await post('fresh@firma.dk', '192.0.2.61');
    expect([taken.status, fresh.status]).toEqual([202, 202]);
    expect(Object.keys((await taken.json()) as object)).toEqual(Object.keys((await fresh.json()) as object));
  });

  it('the password works only after the e-mailed link confirmed the address, and the link works once', async () => {
    await signUpUser({ name: 'Kim', email: 'kim@lager.dk', password: 'kims lange kode', locale: 'da' });
    const pending = (await userRow('kim@lager.dk'))!;
    expect(pending.passwordHash).toBeNull();
    const token = tokenFromMail('kim@lager.dk', '/signup/confirm?token=');
    expect(await confirmSignUp(token)).toEqual({ email: 'kim@lager.dk' });
    const confirmed = (await userRow('kim@lager.dk'))!;
    expect(confirmed.emailVerified).not.toBeNull();
    expect(await verifyPassword(confirmed.passwordHash!, 'kims lange kode')).toBe(true);
    expect((await errorOf(confirmSignUp(token))).issues[0]?.message).toBe('credentials.confirm.invalid');
  });
});
