import 'server-only';
import { inTransaction } from '@/db/transaction';
// Accounts: sign-up, its confirmation and the account page. Sessions themselves live in
// lib/auth/sessions.ts. Sign-up answers the same whether or not the address has an account; the
// mailbox learns which (a confirmation link, or a note that the address already has an account).
import { createHash, randomBytes } from 'node:crypto';
import { getDb } from '@/db/client';
import { confirmSignup, endAllAccess, insertUser, selectUser, selectUserByEmail, updateUser } from '@/db/queries/users';
import type { UiLocale } from '@/db/schema';
import { existingAccountEmail, signUpConfirmEmail } from '@/lib/auth/account-emails';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { countActiveSessions } from '@/lib/auth/sessions';
import { appUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { sendMail } from '@/lib/mail';
import type { Viewer } from '@/lib/policy/viewer';
import type { SignUpInput } from '@/lib/validations/auth';

export const SIGNUP_CONFIRM_HOURS = 24;
/** After a sign-in link, the account page lets the person set a password without the old one. */
export const LINK_RESET_MINUTES = 30;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/**
 * Sign-up. A new address gets an account that cannot be used yet: the chosen password waits until
 * the e-mailed link confirms that the person reads the mailbox. An address that already has an
 * account is left untouched and its owner gets a note with how to sign in. The caller cannot tell
 * the two apart (same result, same e-mail count).
 */
export async function signUpUser(input: SignUpInput & { locale: UiLocale }): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const db = getDb();
  const pendingPasswordHash = await hashPassword(input.password);
  const token = randomBytes(32).toString('base64url');
  const existing = await selectUserByEmail(db, { email });
  if (!existing) {
    try {
      await insertUser(db, {
        name: input.name,
        email,
        locale: input.locale,
        pendingPasswordHash,
        signupTokenHash: hashToken(token),
        signupTokenExpires: new Date(Date.now() + SIGNUP_CONFIRM_HOURS * 3600_000),
      });
      const url = new URL('/signup/confirm', appUrl());
      url.searchParams.set('token', token);
      await sendMail(signUpConfirmEmail({ to: email, url: url.toString(), locale: input.locale, hours: SIGNUP_CONFIRM_HOURS }));
      return;
    } catch (error) {
      // Two sign-ups raced for the address: the other one won; answer as for an existing account.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  const owner = existing ?? (await selectUserByEmail(db, { email }));
  await sendMail(existingAccountEmail({ to: email, signInUrl: new URL('/signin', appUrl()).toString(), locale: owner?.locale ?? input.locale }));
}

/** The e-mailed sign-up link: confirms the address and makes the chosen password usable. */
export async function confirmSignUp(token: string): Promise<{ email: string }> {
  const row = await confirmSignup(getDb(), { tokenHash: hashToken(token), now: new Date() });
  if (!row) throw new AppError('not_found', 'sign-up link unknown, used or expired', { issues: [{ path: '_form', message: 'credentials.confirm.invalid' }] });
  return { email: row.email };
}

export interface AccountDto {
  name: string;
  email: string;
  locale: UiLocale;
  hasPassword: boolean;
  /** Signed in by link a moment ago: a new password needs no current one. */
  canResetWithoutCurrent: boolean;
  activeSessions: number;
}

const linkedRecently = (emailVerified: Date | null, now = Date.now()) => !!emailVerified && now - emailVerified.getTime() < LINK_RESET_MINUTES * 60_000;

export async function getAccount(viewer: Viewer): Promise<AccountDto> {
  const user = await selectUser(getDb(), { userId: viewer.userId });
  if (!user) throw new AppError('unauthorized');
  return {
    name: user.name ?? '',
    email: user.email,
    locale: user.locale,
    hasPassword: !!user.passwordHash,
    canResetWithoutCurrent: !user.passwordHash || linkedRecently(user.emailVerified),
    activeSessions: await countActiveSessions(getDb(), user.id),
  };
}

export async function updateProfile(viewer: Viewer, input: { name: string; locale: UiLocale }) {
  await updateUser(getDb(), { userId: viewer.userId, set: { name: input.name, locale: input.locale } });
}

/** The language switch, signed in: the account's language (interface and e-mails). */
export async function setAccountLocale(viewer: Viewer, locale: UiLocale) {
  if (viewer.locale !== locale) await updateUser(getDb(), { userId: viewer.userId, set: { locale } });
}

/**
 * Sets a new password. The current one is asked for, except right after a sign-in link (which
 * proves the mailbox: the way back in for someone who forgot it) and for accounts with none.
 * Every session and API token of the user ends: whoever might know the old password is out.
 */
export async function changePassword(viewer: Viewer, input: { currentPassword: string; newPassword: string }) {
  const db = getDb();
  const user = await selectUser(db, { userId: viewer.userId });
  if (!user) throw new AppError('unauthorized');
  const needsCurrent = !!user.passwordHash && !linkedRecently(user.emailVerified);
  if (needsCurrent && !(await verifyPassword(user.passwordHash!, input.currentPassword))) {
    throw new AppError('validation', 'wrong password', {
      issues: [{ path: 'currentPassword', message: 'auth.validation.wrongPassword' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updateUser(tx, { userId: user.id, set: { passwordHash } });
    await endAllAccess(tx, { userId: user.id, now: new Date() });
  });
  return { email: user.email };
}

/** Ends every browser's session and every API token of the viewer. */
export async function signOutEverywhere(viewer: Viewer) {
  await inTransaction((tx) => endAllAccess(tx, { userId: viewer.userId, now: new Date() }));
}
