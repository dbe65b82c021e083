import { getRequestConfig } from 'next-intl/server';
import { cookies } from 'next/headers';
import { getViewer } from '@/lib/dal/viewer';
import { LOCALE_COOKIE, TIME_ZONES, resolveLocale } from './config';
import { loadMessages } from './messages';

// Signed in, the account's language wins (it is what their e-mails are written in, and it follows
// them to another browser); the cookie is the visitor's choice. Changing the language while signed
// in changes the account's (lib/actions/locale.ts), so the two never disagree for long.
export default getRequestConfig(async () => {
  const [viewer, jar] = await Promise.all([getViewer(), cookies()]);
  const locale = viewer?.locale ?? resolveLocale(jar.get(LOCALE_COOKIE)?.value);
  return { locale, messages: loadMessages(locale), timeZone: TIME_ZONES[locale] };
});
