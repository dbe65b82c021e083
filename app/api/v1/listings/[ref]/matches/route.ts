// GET /api/v1/listings/:ref/matches?top=N — the listing's stored suggestions, best first, with
// their reasons in the caller's language. For the listing's own firm, its network's facilitators
// and admins (403 for other signed-in callers, 404 when the listing is not visible, 401 anonymous).
import { apiHandler } from '@/lib/api/handler';
import { getListingMatches } from '@/lib/dal/matches';
import { apiMatchesQuery, apiRefParams } from '@/lib/validations/api';

export const dynamic = 'force-dynamic';

export const GET = apiHandler({ params: apiRefParams, query: apiMatchesQuery, requireViewer: true }, async ({ viewer, params, query }) => {
  const result = await getListingMatches(viewer, params.ref, { top: query.top });
  return {
    listing: result.listing.ref,
    matches: result.matches.map((m) => ({
      listing: m.listings[0]?.ref,
      type: m.type,
      score: m.score,
      reasons: m.reasons,
      isNew: m.isNew,
      createdAt: m.createdAt,
      listings: m.listings.map((l) => ({
        ref: l.ref,
        kind: l.kind,
        category: l.category,
        title: l.title,
        company: l.company,
        distanceKm: l.distanceKm,
        url: `/listings/${l.ref}`,
      })),
    })),
  };
});
