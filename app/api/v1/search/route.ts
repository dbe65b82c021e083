// GET /api/v1/search?q= — one search box over both listings and companies: the best matches of
// each (ranked, highlighted), with the number of matches, for a combined result list.
import { apiCompany, apiListing } from '@/lib/api/dto';
import { apiHandler } from '@/lib/api/handler';
import { ALL_NETWORKS, listDirectory } from '@/lib/dal/company-directory';
import { browseListings } from '@/lib/dal/listings';
import { apiSearchQuery } from '@/lib/validations/api';

export const dynamic = 'force-dynamic';

export const GET = apiHandler({ query: apiSearchQuery }, async ({ viewer, query }) => {
  const [listings, companies] = await Promise.all([
    browseListings(viewer, { q: query.q, page: 1 }, query.limit),
    listDirectory(viewer, { q: query.q, network: ALL_NETWORKS, page: 1 }, query.limit),
  ]);
  return {
    q: query.q,
    listings: { items: listings.items.map(apiListing), total: listings.total, totalCapped: listings.totalCapped },
    companies: { items: companies.items.map(apiCompany), total: companies.total },
  };
});
