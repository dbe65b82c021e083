import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { HiddenNotice as Notice } from '@/lib/dal/admin';

/**
 * Tells a firm's own people (and admins) that an administrator hid its listing or profile, and
 * why; nobody else ever gets a notice (they do not see the record at all).
 */
export async function HiddenNotice({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  const [t, format] = await Promise.all([getTranslations('admin.notice'), getFormatter()]);
  return (
    <div role="note" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
      <p className="font-semibold">{t(notice.scope === 'company' ? 'companyTitle' : 'listingTitle')}</p>
      <p className="mt-1 text-sm">{t('reason', { reason: notice.reason })}</p>
      <p className="mt-1 text-sm">{t('since', { date: format.dateTime(new Date(notice.at), { dateStyle: 'medium' }) })}</p>
      <p className="mt-1 text-sm">{t('what')}</p>
      {notice.adminHref ? (
        <Link href={notice.adminHref} className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-red-900 underline">
          {t('adminLink')}
        </Link>
      ) : null}
    </div>
  );
}
