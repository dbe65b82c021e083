'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { submitAction } from '@/lib/actions/form-action';
import { setAccountLocale } from '@/lib/dal/auth';
import { LOCALE_COOKIE, LOCALES } from '@/lib/i18n/config';

// Public by design: choosing a language needs no account. Signed in, the choice is the account's
// language too (the interface follows the account once signed in, and so do its e-mails).
export const setLocale = submitAction('public', z.object({ locale: z.enum(LOCALES) }), async ({ viewer, data }) => {
  if (viewer) await setAccountLocale(viewer, data.locale);
  (await cookies()).set(LOCALE_COOKIE, data.locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  revalidatePath('/', 'layout');
});
