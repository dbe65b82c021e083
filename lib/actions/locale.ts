'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { submitAction } from '@/lib/actions/form-action';
import { LOCALE_COOKIE, LOCALES } from '@/lib/i18n/config';

// Public by design: choosing a language needs no account and touches no data.
export const setLocale = submitAction('public', z.object({ locale: z.enum(LOCALES) }), async ({ data }) => {
  (await cookies()).set(LOCALE_COOKIE, data.locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  revalidatePath('/', 'layout');
});
