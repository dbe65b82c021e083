// A listing page's suggestions, fetched on their own so the listing itself need not wait for them
// (the page wraps this in <Suspense>). Nothing for a viewer who may not see them.
import { getListingMatches } from '@/lib/dal/matches';
import type { Viewer } from '@/lib/dal/viewer';
import { isAppError } from '@/lib/errors';
import { ListingMatches } from './listing-matches';
import { matchInterestActions } from './match-interest';
import { inUiLocale } from './ui-viewer';

/** The listing's suggestions when the viewer may see them (its firm, its facilitator, an admin). */
async function matchesFor(viewer: Viewer, ref: string) {
  try {
    return await getListingMatches(await inUiLocale(viewer), ref);
  } catch (error) {
    if (isAppError(error) && error.code === 'forbidden') return null;
    throw error;
  }
}

export async function ListingMatchesSection({ viewer, listingRef, active }: { viewer: Viewer; listingRef: string; active: boolean }) {
  const matches = await matchesFor(viewer, listingRef);
  if (!matches) return null;
  const actions = await matchInterestActions(viewer, matches);
  return <ListingMatches data={matches} active={active} actions={actions} />;
}
