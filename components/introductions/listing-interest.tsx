import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { expressInterestAction } from '@/lib/actions/introductions';
import { firmHasUsers, interestStates, viewerFirms } from '@/lib/dal/introduction-list';
import type { ListingDetail } from '@/lib/dal/listings';
import { getViewer } from '@/lib/dal/viewer';
import { ExpressInterest } from './express-interest';
import { InterestState } from './interest-state';

/**
 * The listing page's contact block: "Vis interesse" for a signed-in person whose firm does not own
 * the listing, or where their firm already stands. Nothing for the owner or an inactive listing.
 */
export async function ListingInterest({ listing }: { listing: Pick<ListingDetail, 'ref' | 'isOwn' | 'state' | 'company'> }) {
  if (listing.isOwn || listing.state !== 'active') return null;
  const [viewer, t] = await Promise.all([getViewer(), getTranslations('introductions.interest')]);
  const section = (children: ReactNode) => (
    <section aria-labelledby="interest-heading" className="flex max-w-2xl flex-col gap-3 rounded-lg border border-teal-200 bg-teal-50/50 p-4">
      <h2 id="interest-heading" className="text-base font-semibold text-slate-900">
        {t('heading')}
      </h2>
      {children}
    </section>
  );
  if (!viewer) {
    return section(
      <p className="text-sm text-slate-800">
        <Link href={`/signin?callbackUrl=${encodeURIComponent(`/listings/${listing.ref}`)}`} className="font-semibold">
          {t('signIn')}
        </Link>
      </p>,
    );
  }
  if (!viewer.companyIds.length) return null;
  const [states, firms, reachable] = await Promise.all([interestStates(viewer, [listing.ref]), viewerFirms(viewer), firmHasUsers(listing.company.ref)]);
  const current = states.get(listing.ref);
  if (current && (current.status === 'pending' || current.status === 'accepted')) return section(<InterestState status={current.status} />);
  return section(
    <>
      {current ? <InterestState status={current.status} /> : null}
      <p className="text-sm text-slate-700">{t('explain')}</p>
      {reachable ? null : <p className="text-sm text-slate-700">{t('unreachable')}</p>}
      <ExpressInterest toListingRef={listing.ref} action={expressInterestAction} companyName={listing.company.name} firms={firms} />
    </>,
  );
}
