import 'server-only';
// Localized e-mails of the auth flow, in the recipient's language (users.locale, else the
// language the request came in with).
import type { UiLocale } from '@/db/schema';
import { mailTranslator, simpleHtml, type MailMessage } from '@/lib/mail';

const translator = (locale: UiLocale) => mailTranslator(locale, 'auth.email');

export function signInLinkEmail({ to, url, locale, minutes }: { to: string; url: string; locale: UiLocale; minutes: number }): MailMessage {
  const t = translator(locale);
  const paragraphs = [t('linkIntro'), t('linkExpiry', { minutes }), t('linkIgnore')];
  return {
    to,
    subject: t('linkSubject'),
    text: `${paragraphs[0]}\n\n${url}\n\n${paragraphs.slice(1).join('\n\n')}`,
    html: simpleHtml({ paragraphs, action: { label: t('linkButton'), url } }),
  };
}

/** Sent instead of a link when nobody has an account with the address: the sign-in page must not
 * reveal that, but the person who asked should learn what to do. */
export function noAccountEmail({ to, signUpUrl, locale }: { to: string; signUpUrl: string; locale: UiLocale }): MailMessage {
  const t = translator(locale);
  const paragraphs = [t('noAccountIntro'), t('noAccountAction'), t('linkIgnore')];
  return {
    to,
    subject: t('noAccountSubject'),
    text: `${paragraphs[0]}\n\n${paragraphs[1]}\n${signUpUrl}\n\n${paragraphs[2]}`,
    html: simpleHtml({ paragraphs, action: { label: t('noAccountButton'), url: signUpUrl } }),
  };
}
