import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { companyHiddenNotice, myHiddenListings } from '@/lib/dal/admin';
import type { Viewer } from '@/lib/dal/viewer';
import { HiddenNotice } from './hidden-notice';

/** On the firm's dashboard: its profile or listings an administrator hid, with the reasons. */
export async function DashboardHiddenNotice({ viewer, companyRef }: { viewer: Viewer; companyRef: string }) {
  const [firm, hiddenListings, t] = await Promise.all([companyHiddenNotice(viewer, companyRef), myHiddenListings(viewer), getTranslations('admin.notice')]);
  if (!firm && !hiddenListings.length) return null;
  return (
    <div className="flex flex-col gap-3">
      <HiddenNotice notice={firm ? { ...firm, adminHref: null } : null} />
      {hiddenListings.length ? (
        <div role="note" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
          <p className="font-semibold">{t('listingsTitle', { count: hiddenListings.length })}</p>
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {hiddenListings.map((l) => (
              <li key={l.ref}>
                <Link href={`/listings/${l.ref}`} className="font-medium underline">
                  {l.title}
                </Link>
                {' – '}
                {t('reason', { reason: l.reason })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
