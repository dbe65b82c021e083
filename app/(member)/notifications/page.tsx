import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MarkAllReadClient } from '@/components/notifications/mark-read-client';
import { NotificationList } from '@/components/notifications/notification-list';
import { PageHeader } from '@/components/ui/page-header';
import { countUnread, listNotifications } from '@/lib/dal/notifications';
import { requireMember } from '@/lib/dal/viewer-page';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications');
  return { title: t('title') };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireMember();
  const params = await searchParams;
  const page = Number(typeof params.page === 'string' ? params.page : '1') || 1;
  const [t, list, unread] = await Promise.all([getTranslations('notifications'), listNotifications(viewer, { page }), countUnread(viewer)]);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <PageHeader title={t('title')} subtitle={t('unreadCount', { count: unread })} actions={unread > 0 ? <MarkAllReadClient /> : undefined} />
      {list.items.length ? (
        <NotificationList items={list.items} />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6 text-slate-800">{t('empty')}</p>
      )}
      {list.page > 1 || list.hasMore ? (
        <nav aria-label={t('pages')} className="flex justify-between gap-4">
          {list.page > 1 ? (
            <Link href={`/notifications?page=${list.page - 1}`} className="inline-flex min-h-11 items-center font-semibold">
              ← {t('newer')}
            </Link>
          ) : (
            <span />
          )}
          {list.hasMore ? (
            <Link href={`/notifications?page=${list.page + 1}`} className="inline-flex min-h-11 items-center font-semibold">
              {t('older')} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
