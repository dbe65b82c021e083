import 'server-only';
// E-mails of sign-up, in the recipient's language: a confirmation link for a new address, and for
// an address that already has an account a note saying so (the sign-up page itself never tells).
import type { UiLocale } from '@/db/schema';
import { mailTranslator, simpleHtml, type MailMessage } from '@/lib/mail';

const translator = (locale: UiLocale) => mailTranslator(locale, 'credentials.email');

export function signUpConfirmEmail({ to, url, locale, hours }: { to: string; url: string; locale: UiLocale; hours: number }): MailMessage {
  const t = translator(locale);
  const paragraphs = [t('confirmIntro'), t('confirmExpiry', { hours }), t('confirmIgnore')];
  return {
    to,
    subject: t('confirmSubject'),
    text: `${paragraphs[0]}\n\n${url}\n\n${paragraphs.slice(1).join('\n\n')}`,
    html: simpleHtml({ paragraphs, action: { label: t('confirmButton'), url } }),
  };
}

export function existingAccountEmail({ to, signInUrl, locale }: { to: string; signInUrl: string; locale: UiLocale }): MailMessage {
  const t = translator(locale);
  const paragraphs = [t('existingIntro'), t('existingAction'), t('existingIgnore')];
  return {
    to,
    subject: t('existingSubject'),
    text: `${paragraphs[0]}\n\n${paragraphs[1]}\n${signInUrl}\n\n${paragraphs[2]}`,
    html: simpleHtml({ paragraphs, action: { label: t('existingButton'), url: signInUrl } }),
  };
}
