import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import type { NotificationDto } from '@/lib/dal/notifications';
import { loadMessages } from '@/lib/i18n/messages';
import { notificationTexts } from '@/lib/notifications/text';
import { MarkReadClient } from './mark-read-client';

/** The viewer's notifications, newest first; opening one marks it read (through /notifications/:id). */
export async function NotificationList({ items }: { items: NotificationDto[] }) {
  const [t, format, locale] = await Promise.all([getTranslations('notifications'), getFormatter(), getLocale()]);
  const texts = notificationTexts(locale as Locale, loadMessages(locale as Locale));
  const now = new Date();
  return (
    <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
      {items.map((n) => {
        const text = texts.text(n.type, n.data);
        return (
          <li key={n.id} className={`flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between ${n.read ? '' : 'bg-teal-50/60'}`}>
            <div className="flex min-w-0 gap-3">
              <span aria-hidden="true" className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${n.read ? 'bg-transparent' : 'bg-teal-700'}`} />
              <div className="min-w-0">
                <p className={`text-slate-900 ${n.read ? '' : 'font-semibold'}`}>
                  {n.read ? null : <span className="sr-only">{t('unread')}: </span>}
                  {/* A plain link (no prefetch): following it is what marks the notification read. */}
                  <a href={`/notifications/${n.id}`} className="text-slate-900 underline decoration-slate-400 underline-offset-2 hover:decoration-teal-700">
                    {text}
                  </a>
                </p>
                <p className="text-xs text-slate-600">
                  <time dateTime={n.createdAt.toISOString()} title={format.dateTime(n.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}>
                    {format.relativeTime(n.createdAt, now)}
                  </time>
                </p>
              </div>
            </div>
            {n.read ? null : (
              <div className="shrink-0 pl-5 sm:pl-0">
                <MarkReadClient notificationId={n.id} label={t('markReadLabel', { text })} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
