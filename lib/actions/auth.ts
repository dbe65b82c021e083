'use server';
// Sign-in, sign-up, sign-in links and the account page. Each action: rate limit (for the anonymous
// ones) → parse → DAL / Auth.js → redirect. Sign-in failures never say whether the e-mail exists.
import { AuthError } from 'next-auth';
import { getLocale, getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn, signOut } from '@/lib/auth';
import { limitAuthAttempt, type AuthAttempt } from '@/lib/auth/limits';
import { changePassword, signOutEverywhere, signUpUser, updateProfile } from '@/lib/dal/auth';
import { memberAction, publicAction, submitAction } from '@/lib/actions/form-action';
import type { FormState } from '@/lib/form-state';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import { clientIp } from '@/lib/rate-limit';
import { changePasswordSchema, profileSchema, signInLinkSchema, signInSchema, signUpSchema } from '@/lib/validations/auth';

/** Null when allowed; otherwise the localized "wait N minutes" form state. */
async function rateLimited(attemptFrom: (ip: string) => AuthAttempt): Promise<FormState | null> {
  const result = await limitAuthAttempt(attemptFrom(clientIp(await headers())));
  if (result.allowed) return null;
  if (result.reason === 'delay') {
    // Passwords for this address are being slowed down (maybe by someone else): say how long, and
    // that the sign-in link below still works.
    const t = await getTranslations('limits');
    return { ok: false, message: t('passwordDelay', { seconds: result.retryAfterSeconds }) };
  }
  const t = await getTranslations('auth');
  return { ok: false, message: t('rateLimited', { minutes: Math.ceil(result.retryAfterSeconds / 60) }) };
}

export const signInAction = publicAction(signInSchema, async ({ data }) => {
  const limited = await rateLimited((ip) => ({ kind: 'signIn', ip, email: data.email }));
  if (limited) return { ...limited, values: { email: data.email } };
  try {
    await signIn('credentials', { email: data.email, password: data.password, redirectTo: data.callbackUrl });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes the success redirect
    const t = await getTranslations('auth');
    return { ok: false, message: t('signIn.failed'), values: { email: data.email } };
  }
});

export const requestSignInLinkAction = publicAction(signInLinkSchema, async ({ data }) => {
  const limited = await rateLimited((ip) => ({ kind: 'link', ip, email: data.email }));
  if (limited) return { ...limited, values: { email: data.email } };
  try {
    // The same answer whether or not the address has an account (the e-mail differs).
    await signIn('email', { email: data.email, redirectTo: data.callbackUrl, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    console.error(error);
    const t = await getTranslations('auth');
    return { ok: false, message: t('link.failed'), values: { email: data.email } };
  }
  redirect('/signin/check-email');
});

export const signUpAction = publicAction(signUpSchema, async ({ data }) => {
  const limited = await rateLimited((ip) => ({ kind: 'signUp', ip }));
  if (limited) return { ...limited, values: { name: data.name, email: data.email } };
  // The same answer whether or not the address has an account: the e-mail tells them apart.
  await signUpUser({ ...data, locale: resolveLocale(await getLocale()) });
  redirect('/signup/check-email');
});

/** Ends this browser's session: Auth.js clears the cookie and events.signOut deletes the row.
 * Public: a session whose user is gone must still be able to clear its cookie. */
export const signOutAction = submitAction('public', z.object({}), async () => {
  await signOut({ redirectTo: '/' });
});

export const updateProfileAction = memberAction(profileSchema, async ({ viewer, data }) => {
  await updateProfile(viewer, data);
  // The chosen language becomes the interface language at once, not only in e-mails.
  (await cookies()).set(LOCALE_COOKIE, data.locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  revalidatePath('/', 'layout');
  const t = await getTranslations({ locale: data.locale, namespace: 'account' });
  return { ok: true, message: t('profile.saved') };
});

export const changePasswordAction = memberAction(changePasswordSchema, async ({ viewer, data }) => {
  const { email } = await changePassword(viewer, data);
  // All sessions ended with the change; sign this browser in again with the new password.
  await signIn('credentials', { email, password: data.newPassword, redirectTo: '/account?password=changed' });
});

export const signOutEverywhereAction = memberAction(
  // No fields: the button alone is the request.
  z.object({}),
  async ({ viewer }) => {
    await signOutEverywhere(viewer);
    await signOut({ redirectTo: '/signin?signedOut=all' });
  },
);
