import type { Metadata } from 'next';
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

export default async function ListingPage({ params }: { params: Params }) {
  const { ref } = await params;
  const viewer = await getViewer();
  // The listing decides the status (404 when not visible) before anything streams; its matches,
  // the slow part, follow behind a skeleton (shown to its firm, who nearly always may see them).
  const [listing, hidden] = await Promise.all([orNotFound(getListing(viewer, ref)), listingHiddenNotice(viewer, ref)]);
  return (
    <div className="flex flex-col gap-10">
      <HiddenNotice notice={hidden} />
      <ListingDetails
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
      {viewer ? (
        <Suspense fallback={listing.canManage ? <MatchesSkeleton /> : null}>
          <ListingMatchesSection viewer={viewer} listingRef={listing.ref} active={listing.state === 'active'} />
        </Suspense>
      ) : null}
      <ListingThemesSection listingRef={listing.ref} />
    </div>
  );
}
