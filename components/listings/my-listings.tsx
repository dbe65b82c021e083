import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-class';
import { listOwnListings } from '@/lib/dal/listings';
import { belongsToCompany, getViewer } from '@/lib/dal/viewer';
import { ListingCard, ListingGrid } from './listing-card';

/**
 * The firm's own listings of every status, for "Min virksomhed". Renders nothing for a viewer
 * outside the firm (the DAL would refuse anyway).
 */
export async function MyListings({ companyId }: { companyId: string }) {
  const viewer = await getViewer();
  if (!viewer || !(belongsToCompany(viewer, companyId) || viewer.isAdmin)) return null;
  const [t, listings] = await Promise.all([getTranslations('listings'), listOwnListings(viewer, companyId)]);
  return (
    <section aria-labelledby="my-listings-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="my-listings-heading" className="text-xl font-semibold text-slate-900">
          {t('my.title')}
        </h2>
        <Link href="/listings/new" className={buttonClass('primary')}>
          + {t('my.create')}
        </Link>
      </div>
      {listings.length ? (
        <ListingGrid>
          {listings.map((l) => (
            <li key={l.ref}>
              <ListingCard listing={l} showState />
            </li>
          ))}
        </ListingGrid>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-4 text-slate-700">{t('my.empty')}</p>
      )}
    </section>
  );
}
