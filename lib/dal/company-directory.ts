import 'server-only';
import { and, asc, count, eq, gte, lte, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { companies, networks, type Country } from '@/db/schema';
import { naceDivisions } from '@/lib/nace';
import { BAND_RANGES, employeeBand, type DirectoryFilters, type EmployeeBand } from '@/lib/validations/companies';
import type { Viewer } from './viewer';

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

export async function listDirectory(viewer: Viewer | null, filters: DirectoryFilters): Promise<DirectoryResult> {
  const db = getDb();
  const networkOptions = await db.select({ id: networks.id, ref: networks.ref, name: networks.name }).from(networks).orderBy(asc(networks.name));

  // Default: the network the viewer belongs to (as a firm, or as staff); otherwise all networks.
  let network = filters.network && filters.network !== ALL_NETWORKS ? networkOptions.find((n) => n.ref === filters.network) : undefined;
  if (!filters.network && viewer) {
    const mine = [...viewer.memberNetworkIds, ...viewer.facilitatorNetworkIds, ...viewer.municipalityNetworkIds];
    network = networkOptions.find((n) => mine.includes(n.id));
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
  if (filters.q) {
    conditions.push(or(containsSql(companies.name, filters.q), containsSql(sql`${companies.description}`, filters.q)));
  }
  const where = and(...conditions);

  const [totalRow] = await db.select({ n: count() }).from(companies).where(where);
  const total = totalRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
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
    })
    .from(companies)
    .where(where)
    .orderBy(asc(sql`lower(${companies.name})`), asc(companies.ref))
    .limit(DIRECTORY_PAGE_SIZE)
    .offset((page - 1) * DIRECTORY_PAGE_SIZE);

  return {
    items: rows.map(({ employees, ...r }) => ({ ...r, employeesBand: employeeBand(employees) })),
    total,
    page,
    pageCount,
    networkRef: network?.ref ?? null,
    networkOptions: networkOptions.map(({ ref, name }) => ({ ref, name })),
  };
}
