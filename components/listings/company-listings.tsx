import { getTranslations } from 'next-intl/server';
import { listCompanyListings } from '@/lib/dal/listings';
import { getViewer } from '@/lib/dal/viewer';
import { ListingCard, ListingGrid } from './listing-card';

/** A firm's active listings on its public profile: only those this viewer may see. */
export async function CompanyListings({ companyRef }: { companyRef: string }) {
  const viewer = await getViewer();
  const [t, listings] = await Promise.all([getTranslations('listings'), listCompanyListings(viewer, companyRef)]);
  return (
    <section aria-labelledby="company-listings-heading" className="flex flex-col gap-3">
      <h2 id="company-listings-heading" className="text-xl font-semibold text-slate-900">
        {t('companyListings.title')}
      </h2>
      {listings.length ? (
        <ListingGrid>
          {listings.map((l) => (
            <li key={l.ref}>
              <ListingCard listing={l} />
            </li>
          ))}
        </ListingGrid>
      ) : (
        <p className="text-slate-700">{t('companyListings.empty')}</p>
      )}
    </section>
  );
}
