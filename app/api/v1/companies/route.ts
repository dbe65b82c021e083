// GET /api/v1/companies — the company directory (approved member firms), filtered and
// text-searched like the /companies page; without `network`, firms of every network.
import { apiCompany, pageInfo } from '@/lib/api/dto';
import { apiHandler } from '@/lib/api/handler';
import { ALL_NETWORKS, listDirectory } from '@/lib/dal/company-directory';
import { apiCompaniesQuery } from '@/lib/validations/api';

export const dynamic = 'force-dynamic';

export const GET = apiHandler({ query: apiCompaniesQuery }, async ({ viewer, query }) => {
  const { limit, ...filters } = query;
  const result = await listDirectory(viewer, { ...filters, network: filters.network ?? ALL_NETWORKS }, limit);
  return { items: result.items.map(apiCompany), ...pageInfo({ page: result.page, limit, total: result.total }), network: result.networkRef };
});
