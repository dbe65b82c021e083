import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { HiddenNotice } from '@/components/admin/hidden-notice';
import { ListingInterest } from '@/components/introductions/listing-interest';
import { ListingDetails } from '@/components/listings/listing-details';
import { ListingOwnerActions } from '@/components/listings/listing-owner-actions';
import { MatchesSkeleton } from '@/components/matching/matches-skeleton';
import { ListingMatchesSection } from '@/components/matching/listing-matches-section';
import { ListingThemesSection } from '@/components/themes/listing-themes';
import { closeListingAction, pauseListingAction, resumeListingAction } from '@/lib/actions/listings';
import { listingHiddenNotice } from '@/lib/dal/admin';
import { getListing } from '@/lib/dal/listings';
import { getViewer } from '@/lib/dal/viewer';
import { isAppError } from '@/lib/errors';
import { orNotFound } from '@/lib/listings/or-not-found';

export const dynamic = 'force-dynamic';

type Params = Promise<{ ref: string }>;
type SearchParams = Promise<{ new?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { ref } = await params;
  try {
    const listing = await getListing(await getViewer(), ref);
    return { title: listing.title };
  } catch (error) {
    if (isAppError(error)) return {};
    throw error;
  }
}

export default async function ListingPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ ref }, query, viewer, t] = await Promise.all([params, searchParams, getViewer(), getTranslations('listings')]);
  // The listing decides the status (404 when not visible) before anything streams; its matches,
  // the slow part, follow behind a skeleton (shown to its firm, who nearly always may see them).
  const [listing, hidden] = await Promise.all([orNotFound(getListing(viewer, ref)), listingHiddenNotice(viewer, ref)]);
  // Just posted (the create action sends its firm to ?new=1): say so, and put the matches — the
  // point of posting — right below the title instead of below the details.
  const justPosted = query.new === '1' && listing.canManage;
  const matches = viewer ? (
    <Suspense fallback={listing.canManage ? <MatchesSkeleton /> : null}>
      <ListingMatchesSection viewer={viewer} listingRef={listing.ref} active={listing.state === 'active'} />
    </Suspense>
  ) : null;
  return (
    <div className="flex flex-col gap-10">
      <HiddenNotice notice={hidden} />
      <ListingDetails
        lead={
          justPosted ? (
            <>
              <p role="status" className="rounded-md border border-teal-300 bg-teal-50 px-4 py-3 font-medium text-teal-950">
                {t('detail.created')}
              </p>
              {matches}
            </>
          ) : undefined
        }
        listing={listing}
        contact={<ListingInterest listing={listing} />}
        actions={
          listing.canManage && listing.status !== 'closed' ? (
            <ListingOwnerActions
              listingRef={listing.ref}
              status={listing.status}
              pauseAction={pauseListingAction}
              resumeAction={resumeListingAction}
              closeAction={closeListingAction}
            />
          ) : undefined
        }
      />
      {justPosted ? null : matches}
      <ListingThemesSection listingRef={listing.ref} />
    </div>
  );
}
