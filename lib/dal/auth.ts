import 'server-only';
// Accounts: sign-up and the account page. Sessions themselves live in lib/auth/sessions.ts.
import { getDb } from '@/db/client';
import { insertUser, selectUser, updateUser } from '@/db/queries/users';
import type { UiLocale } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { countActiveSessions, deleteAllSessionRows } from '@/lib/auth/sessions';
import type { Viewer } from '@/lib/policy/viewer';
import { AppError } from '@/lib/errors';
import type { SignUpInput } from '@/lib/validations/auth';

const emailTaken = () => new AppError('validation', 'email taken', { issues: [{ path: 'email', message: 'auth.validation.emailTaken' }] });

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/** Creates an account with a password. A taken e-mail (any letter case) is a field error. */
export async function signUpUser(input: SignUpInput & { locale: UiLocale }): Promise<{ userId: string }> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  try {
    const row = await insertUser(getDb(), { name: input.name, email, passwordHash, locale: input.locale });
    return { userId: row.id };
  } catch (error) {
    // The unique index on lower(email) decides, so two simultaneous sign-ups cannot both succeed.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

export interface AccountDto {
  name: string;
  email: string;
  locale: UiLocale;
  hasPassword: boolean;
  activeSessions: number;
}

export async function getAccount(viewer: Viewer): Promise<AccountDto> {
  const user = await selectUser(getDb(), { userId: viewer.userId });
  if (!user) throw new AppError('unauthorized');
  return {
    name: user.name ?? '',
    email: user.email,
    locale: user.locale,
    hasPassword: !!user.passwordHash,
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
 * Sets a new password after checking the current one (accounts created by a sign-in link have none
 * yet). Every session of the user ends: whoever might know the old password is signed out.
 */
export async function changePassword(viewer: Viewer, input: { currentPassword: string; newPassword: string }) {
  const user = await selectUser(getDb(), { userId: viewer.userId });
  if (!user) throw new AppError('unauthorized');
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('validation', 'wrong password', {
      issues: [{ path: 'currentPassword', message: 'auth.validation.wrongPassword' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await getDb().transaction(async (tx) => {
    await updateUser(tx, { userId: user.id, set: { passwordHash } });
    await deleteAllSessionRows(tx, user.id);
  });
  return { email: user.email };
}

export async function signOutEverywhere(viewer: Viewer) {
  await deleteAllSessionRows(getDb(), viewer.userId);
}
