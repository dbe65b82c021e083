import type { Metadata } from 'next';
import { ListingInterest } from '@/components/introductions/listing-interest';
import { ListingDetails } from '@/components/listings/listing-details';
import { ListingOwnerActions } from '@/components/listings/listing-owner-actions';
import { ListingMatches } from '@/components/matching/listing-matches';
import { matchInterestActions } from '@/components/matching/match-interest';
import { ListingThemesSection } from '@/components/themes/listing-themes';
import { closeListingAction, pauseListingAction, resumeListingAction } from '@/lib/actions/listings';
import { getListing } from '@/lib/dal/listings';
import { getListingMatches } from '@/lib/dal/matches';
import { getViewer, type Viewer } from '@/lib/dal/viewer';
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

/** The listing's suggestions when the viewer may see them (its firm, its facilitator, an admin). */
async function matchesFor(viewer: Viewer | null, ref: string) {
  if (!viewer) return null;
  try {
    return await getListingMatches(viewer, ref);
  } catch (error) {
    if (isAppError(error) && error.code === 'forbidden') return null;
    throw error;
  }
}

export default async function ListingPage({ params }: { params: Params }) {
  const { ref } = await params;
  const viewer = await getViewer();
  const listing = await orNotFound(getListing(viewer, ref));
  const matches = await matchesFor(viewer, ref);
  const matchActions = viewer && matches ? await matchInterestActions(viewer, matches) : undefined;
  return (
    <div className="flex flex-col gap-10">
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
      {matches ? <ListingMatches data={matches} active={listing.state === 'active'} actions={matchActions} /> : null}
      <ListingThemesSection listingRef={listing.ref} />
    </div>
  );
}
