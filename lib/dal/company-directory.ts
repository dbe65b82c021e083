import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { prepareSearch, SEARCH_CANDIDATES, textMatchSql, textScoreSql } from '@/db/queries/search';
import { companies, networks, type Country } from '@/db/schema';
import { naceDivisions } from '@/lib/nace';
import { highlight, snippet, type Segment } from '@/lib/search/highlight';
import { parseSearchQuery, type SearchQuery } from '@/lib/search/normalize';
import { BAND_RANGES, employeeBand, type DirectoryFilters, type EmployeeBand } from '@/lib/validations/companies';
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

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Case- and accent-insensitive "contains": unaccent before lower() so that "HOLBÆK" finds
 * "Holbæk" whatever the database's locale (lower('Æ') is 'Æ' under the C locale). */
function containsSql(column: SQL | typeof companies.name, text: string): SQL {
  const pattern = `%${likeEscape(text)}%`;
  return sql`lower(unaccent(coalesce(${column}, ''))) like lower(unaccent(${pattern}::text)) escape '\\'`;
}

function sectorCondition(sector: string): SQL {
  // Codes are stored as "25.62"; the first two digits are the division, which belongs to a section.
  const divisions = /^\d{2}$/.test(sector) ? [sector] : naceDivisions().filter((d) => d.parent === sector).map((d) => d.code);
  if (!divisions.length) return sql`false`;
  const list = sql.join(
    divisions.map((d) => sql`${d}`),
    sql`, `,
  );
  return sql`exists (select 1 from unnest(${companies.nace}) as code where left(code, 2) in (${list}))`;
}

export async function listDirectory(viewer: Viewer | null, filters: DirectoryFilters, pageSize = DIRECTORY_PAGE_SIZE): Promise<DirectoryResult> {
  const db = getDb();
  const networkRows = await db.select({ id: networks.id, ref: networks.ref, name: networks.name }).from(networks).orderBy(asc(networks.name));
  const networkOptions = networkRows.map(({ ref, name }) => ({ ref, name }));

  // Default: the network the viewer belongs to (as a firm, or as staff); otherwise all networks.
  let network = filters.network && filters.network !== ALL_NETWORKS ? networkRows.find((n) => n.ref === filters.network) : undefined;
  if (!filters.network && viewer) {
    const mine = [...viewer.memberNetworkIds, ...viewer.facilitatorNetworkIds, ...viewer.municipalityNetworkIds];
    network = networkRows.find((n) => mine.includes(n.id));
  }

  const conditions: (SQL | undefined)[] = [
    sql`exists (select 1 from network_memberships nm
      where nm.company_id = ${companies.id} and nm.role = 'member' and nm.status = 'approved'
      ${network ? sql`and nm.network_id = ${network.id}` : sql``})`,
  ];
  // An unknown network ref matches nothing rather than silently showing everything.
  if (filters.network && filters.network !== ALL_NETWORKS && !network) conditions.push(sql`false`);
  if (filters.sector) conditions.push(sectorCondition(filters.sector));
  if (filters.town) {
    const town = filters.town;
    conditions.push(/^\d{4,5}$/.test(town) ? eq(companies.postcode, town) : containsSql(sql`${companies.city}`, town));
  }
  if (filters.size) {
    const [min, max] = BAND_RANGES[filters.size];
    conditions.push(gte(companies.employees, min), max === null ? undefined : lte(companies.employees, max));
  }
  // A text search ranks a bounded candidate set (by relevance, then name), like listing search.
  const query = parseSearchQuery(filters.q);
  const filtered = and(...conditions);
  const byName = [asc(sql`lower(${companies.name})`), asc(companies.ref)];
  const page = { requestedPage: filters.page, pageSize, network, networkOptions };
  if (!query) return directoryPage(db, { ...page, where: filtered, order: byName, query: null });
  const search = await prepareSearch(db, query);
  const candidates = db.select({ id: companies.id }).from(companies).where(and(filtered, textMatchSql(companies, search))).limit(SEARCH_CANDIDATES);
  const order = [desc(textScoreSql(companies, search, sql`${companies.name}`)), ...byName];
  return directoryPage(db, { ...page, where: inArray(companies.id, candidates), order, query });
}

async function directoryPage(
  db: Db | Tx,
  { where, order, query, requestedPage, pageSize, network, networkOptions }: {
    pageSize: number;
    where: SQL | undefined;
    order: SQL[];
    query: SearchQuery | null;
    requestedPage: number;
    network: { ref: string } | undefined;
    networkOptions: { ref: string; name: string }[];
  },
): Promise<DirectoryResult> {
  const [totalRow] = await db.select({ n: count() }).from(companies).where(where);
  const total = totalRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requestedPage, pageCount);
  const rows = await db
    .select({
      ref: companies.ref,
      name: companies.name,
      country: companies.country,
      nace: companies.nace,
      employees: companies.employees,
      postcode: companies.postcode,
      city: companies.city,
      languages: companies.languages,
      description: companies.description,
    })
    .from(companies)
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize);

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
