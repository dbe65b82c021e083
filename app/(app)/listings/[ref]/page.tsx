import type { Metadata } from 'next';
import { ListingInterest } from '@/components/introductions/listing-interest';
import { ListingDetails } from '@/components/listings/listing-details';
import { ListingOwnerActions } from '@/components/listings/listing-owner-actions';
import { closeListingAction, pauseListingAction, resumeListingAction } from '@/lib/actions/listings';
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
  const listing = await orNotFound(getListing(await getViewer(), ref));
  return (
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
  );
}
