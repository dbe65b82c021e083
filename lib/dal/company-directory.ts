import 'server-only';
import type { SQL } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { byNameOrder, countCompanies, directorySearch, directoryWhereSql, selectAllNetworks, selectDirectoryPage } from '@/db/queries/company-directory';
import { prepareSearch } from '@/db/queries/search';
import type { Country } from '@/db/schema';
import { naceDivisions } from '@/lib/nace';
import { highlight, snippet, type Segment } from '@/lib/search/highlight';
import { parseSearchQuery, type SearchQuery } from '@/lib/search/normalize';
import { BAND_RANGES, employeeBand, type DirectoryFilters, type EmployeeBand } from '@/lib/validations/companies';
import { companyVisibleSql } from '@/lib/policy/companies';
import type { Viewer } from '@/lib/policy/viewer';

// The directory: the approved member firms of a network (or of all networks), filtered. It lists
// only what a public profile shows, so it follows the same rule: approved members are public.

export const DIRECTORY_PAGE_SIZE = 20;

export interface DirectoryItem {
  ref: string;
  name: string;
  country: Country;
  nace: string[];
  employeesBand: EmployeeBand | null;
  postcode: string | null;
  city: string | null;
  languages: string[];
  /** Only for a text search: the name and a passage of the description with the matches marked. */
  highlight?: { name: Segment[]; snippet: Segment[] };
}

export interface DirectoryResult {
  items: DirectoryItem[];
  total: number;
  page: number;
  pageCount: number;
  /** The network actually filtered on (the viewer's own by default), or null for all networks. */
  networkRef: string | null;
  networkOptions: { ref: string; name: string }[];
}

/** `ALL_NETWORKS` in the URL means "every network", as opposed to "no choice made yet". */
export const ALL_NETWORKS = 'all';

/** The NACE divisions of the sector (a division like "25", or a section like "C"). */
function sectorDivisions(sector: string): string[] {
  return /^\d{2}$/.test(sector)
    ? [sector]
    : naceDivisions()
        .filter((d) => d.parent === sector)
        .map((d) => d.code);
}

export async function listDirectory(viewer: Viewer | null, filters: DirectoryFilters, pageSize = DIRECTORY_PAGE_SIZE): Promise<DirectoryResult> {
  const db = getDb();
  const networkRows = await selectAllNetworks(db);
  const networkOptions = networkRows.map(({ ref, name }) => ({ ref, name }));

  // Default: the network the viewer belongs to (as a firm, or as staff); otherwise all networks.
  let network = filters.network && filters.network !== ALL_NETWORKS ? networkRows.find((n) => n.ref === filters.network) : undefined;
  if (!filters.network && viewer) {
    const mine = [...viewer.memberNetworkIds, ...viewer.facilitatorNetworkIds, ...viewer.municipalityNetworkIds];
    network = networkRows.find((n) => mine.includes(n.id));
  }

  const band = filters.size ? BAND_RANGES[filters.size] : undefined;
  const filtered = directoryWhereSql({
    visible: companyVisibleSql(viewer),
    networkId: network?.id,
    // An unknown network ref matches nothing rather than silently showing everything.
    unknownNetwork: !!filters.network && filters.network !== ALL_NETWORKS && !network,
    naceDivisions: filters.sector ? sectorDivisions(filters.sector) : undefined,
    town: filters.town || undefined,
    employees: band ? { min: band[0], max: band[1] } : undefined,
  });
  // A text search ranks a bounded candidate set (by relevance, then name), like listing search.
  const query = parseSearchQuery(filters.q);
  const page = { requestedPage: filters.page, pageSize, network, networkOptions };
  if (!query) return directoryPage(db, { ...page, where: filtered, order: byNameOrder(), query: null });
  const search = await prepareSearch(db, query);
  return directoryPage(db, { ...page, ...directorySearch(db, { where: filtered, search }), query });
}

async function directoryPage(
  db: Db | Tx,
  {
    where,
    order,
    query,
    requestedPage,
    pageSize,
    network,
    networkOptions,
  }: {
    pageSize: number;
    where: SQL | undefined;
    order: SQL[];
    query: SearchQuery | null;
    requestedPage: number;
    network: { ref: string } | undefined;
    networkOptions: { ref: string; name: string }[];
  },
): Promise<DirectoryResult> {
  const total = await countCompanies(db, { where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requestedPage, pageCount);
  const rows = await selectDirectoryPage(db, { where, order, limit: pageSize, offset: (page - 1) * pageSize });

  return {
    items: rows.map(({ employees, description, ...r }) => ({
      ...r,
      employeesBand: employeeBand(employees),
      ...(query ? { highlight: { name: highlight(r.name, query), snippet: snippet(description ?? '', query) } } : {}),
    })),
    total,
    page,
    pageCount,
    networkRef: network?.ref ?? null,
    networkOptions,
  };
}
