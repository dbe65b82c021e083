// GET /api/v1/listings — the active offers and needs the caller may see, filtered, text-searched
// (ranked, with highlights) and distance-limited exactly like the /listings page (same DAL call).
import { apiListing, pageInfo } from '@/lib/api/dto';
import { apiHandler } from '@/lib/api/handler';
import { browseListings } from '@/lib/dal/listings';
import { apiListingsQuery } from '@/lib/validations/api';

export const dynamic = 'force-dynamic';

export const GET = apiHandler({ query: apiListingsQuery }, async ({ viewer, query }) => {
  const { limit, ...filters } = query;
  const result = await browseListings(viewer, filters, limit);
  return {
    items: result.items.map(apiListing),
    ...pageInfo({ page: result.page, limit, total: result.total, totalCapped: result.totalCapped }),
    distanceFrom: result.originSource,
  };
});
