// The words of a notification, in one language, from its `type` and `data` — for the list on
// /notifications and for the e-mail. Types are added over time by several features, and rows stay
// in the database for months, so an unknown type or a row whose data lacks a value the message
// needs gets a generic line instead of a raw catalog key or a crash.
import { createTranslator, type AbstractIntlMessages } from 'next-intl';
import type { UiLocale } from '@/db/schema';

export type NotificationData = Record<string, string | number | null>;

/** Types are message keys: letters, digits and underscores only (a dot would walk the catalog). */
export const TYPE_PATTERN = /^[a-z][a-z0-9_]*$/;

export interface NotificationMail {
  subject: string;
  paragraphs: string[];
  actionLabel: string;
}

export interface NotificationTexts {
  /** The one-line text shown in the list (and as the e-mail's first paragraph). */
  text(type: string, data: NotificationData): string;
  /** True when the catalog knows the type (the list may style unknown ones plainly). */
  known(type: string): boolean;
  mail(type: string, data: NotificationData, quote?: string): NotificationMail;
}

function values(data: NotificationData): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data)) out[k] = v ?? '';
  return out;
}

export function notificationTexts(locale: UiLocale, messages: Record<string, unknown>): NotificationTexts {
  let failed = false;
  const t = createTranslator({
    locale,
    messages: messages as AbstractIntlMessages,
    namespace: 'notifications' as never,
    // A missing value or key marks the attempt as failed; the caller then falls back.
    onError: () => {
      failed = true;
    },
    getMessageFallback: () => '',
  }) as unknown as { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

  const attempt = (key: string, data: NotificationData): string | null => {
    if (!t.has(key)) return null;
    failed = false;
    const out = t(key, values(data));
    return failed || !out ? null : out;
  };
  const known = (type: string) => TYPE_PATTERN.test(type) && t.has(`types.${type}`);
  const text = (type: string, data: NotificationData) => (TYPE_PATTERN.test(type) ? attempt(`types.${type}`, data) : null) ?? t('types.fallback');

  return {
    text,
    known,
    mail(type, data, quote) {
      const line = text(type, data);
      const ok = TYPE_PATTERN.test(type);
      const subject = (ok ? attempt(`mail.${type}.subject`, data) : null) ?? t('mail.fallbackSubject', { text: line });
      const body = ok ? attempt(`mail.${type}.body`, data) : null;
      const paragraphs = [line];
      if (quote) paragraphs.push(t('mail.quote', { message: quote }));
      if (body) paragraphs.push(body);
      paragraphs.push(t('mail.why'));
      return { subject, paragraphs, actionLabel: t('mail.open') };
    },
  };
}
