// "Vis interesse" on a suggestion for one of the firm's own listings: contact by consent starts
// from the match (the own listing is named as what the interest is about), or where the firm
// already stands with that partner's listing.
import type { ReactNode } from 'react';
import { ExpressInterest } from '@/components/introductions/express-interest';
import { InterestState } from '@/components/introductions/interest-state';
import { expressInterestAction } from '@/lib/actions/introductions';
import { interestStates, viewerFirms } from '@/lib/dal/introduction-list';
import type { ListingMatchesDto, MatchDto } from '@/lib/dal/matches';
import type { Viewer } from '@/lib/dal/viewer';

/** The per-suggestion actions for the listing page, or undefined when the viewer is not the firm. */
export async function matchInterestActions(viewer: Viewer, data: ListingMatchesDto): Promise<((m: MatchDto) => ReactNode) | undefined> {
  if (data.asFacilitator) return undefined;
  const refs = data.matches.flatMap((m) => m.listings.map((l) => l.ref));
  const [states, firms] = await Promise.all([interestStates(viewer, refs), viewerFirms(viewer)]);
  return function MatchInterest(m: MatchDto) {
    // A group is contacted partner by partner from their listings; a pair right here.
    const partner = m.type === 'pair' ? m.listings[0] : undefined;
    if (!partner) return null;
    const state = states.get(partner.ref);
    if (state && (state.status === 'pending' || state.status === 'accepted')) return <InterestState status={state.status} />;
    return (
      <ExpressInterest
        toListingRef={partner.ref}
        fromListingRef={data.listing.ref}
        action={expressInterestAction}
        companyName={partner.company.name}
        firms={firms.length > 1 ? firms : undefined}
      />
    );
  };
}
