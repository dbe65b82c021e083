import 'server-only';
// The invitation to join a firm, in the invitee's language (their account's, else the one the
// owner chose). The link carries the single-use token and is built from APP_URL, never from the
// request.
import type { UiLocale } from '@/db/schema';
import { mailTranslator, simpleHtml, type MailMessage } from '@/lib/mail';

export function invitationEmail({
  to,
  url,
  locale,
  firm,
  inviter,
  days,
}: {
  to: string;
  url: string;
  locale: UiLocale;
  firm: string;
  inviter: string | null;
  days: number;
}): MailMessage {
  const t = mailTranslator(locale, 'team.email');
  const paragraphs = [inviter ? t('intro', { inviter, firm }) : t('introNoName', { firm }), t('what'), t('expiry', { days }), t('ignore')];
  return {
    to,
    subject: t('subject', { firm }),
    text: `${paragraphs[0]}\n\n${paragraphs[1]}\n\n${url}\n\n${paragraphs.slice(2).join('\n\n')}`,
    html: simpleHtml({ paragraphs, action: { label: t('button', { firm }), url } }),
  };
}
