import 'server-only';
// Outgoing e-mail for the whole app (sign-in links, membership decisions, later notifications).
// With no SMTP_URL the message is printed to the server log, so a fresh clone works without a mail
// server; tests collect messages in memory instead.
import { createTranslator, type AbstractIntlMessages } from 'next-intl';
import { createTransport, type Transporter } from 'nodemailer';
import type { UiLocale } from '@/db/schema';
import { env } from '@/lib/env';
import { loadMessages } from '@/lib/i18n/messages';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

const DEFAULT_FROM = 'Industrivej <no-reply@industrivej.local>';

/** Messages "sent" while NODE_ENV=test, newest last; tests read and clear it. */
export const testOutbox: MailMessage[] = [];

let transport: Transporter | undefined;

function smtp(): Transporter | undefined {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  transport ??= createTransport(url);
  return transport;
}

export async function sendMail(message: MailMessage): Promise<void> {
  if (env().NODE_ENV === 'test') {
    testOutbox.push(message);
    return;
  }
  const transporter = smtp();
  if (!transporter || env().LOG_MAIL === 'true') {
    console.log(`[mail] to=${message.to} subject=${JSON.stringify(message.subject)}\n${message.text}`);
  }
  if (!transporter) return;
  await transporter.sendMail({ from: env().MAIL_FROM ?? DEFAULT_FROM, ...message });
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A plain, accessible HTML body: paragraphs and at most one call-to-action button. */
export function simpleHtml({ paragraphs, action }: { paragraphs: string[]; action?: { label: string; url: string } }) {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('');
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#115e59;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(action.label)}</a></p>`
    : '';
  return `<!doctype html><html><body style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#0f172a;font-size:16px;line-height:1.5;overflow-wrap:anywhere;word-break:break-word;max-width:560px;margin:0 auto;padding:24px">${body}${button}<p style="color:#475569;font-size:13px">Industrivej</p></body></html>`;
}

export type MailTranslate = (key: string, values?: Record<string, string | number>) => string;

/** Messages for an e-mail in the recipient's language (e-mails are written outside any request). */
export function mailTranslator(locale: UiLocale, namespace: string): MailTranslate {
  const t = createTranslator({ locale, messages: loadMessages(locale) as AbstractIntlMessages });
  return (key, values) => t(`${namespace}.${key}` as never, values as never);
}
