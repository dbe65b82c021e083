// The firm directory (/companies): conditions over `companies` and one page of them. Which
// conditions apply (filters, defaults) is decided in lib/dal/company-directory.ts.
import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { companies, networks } from '../schema';
import { SEARCH_CANDIDATES, textMatchSql, textScoreSql, type PreparedSearch } from './search';

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Case- and accent-insensitive "contains": unaccent before lower() so that "HOLBÆK" finds
 * "Holbæk" whatever the database's locale (lower('Æ') is 'Æ' under the C locale). */
function containsSql(column: SQL | typeof companies.name, text: string): SQL {
  const pattern = `%${likeEscape(text)}%`;
  return sql`lower(unaccent(coalesce(${column}, ''))) like lower(unaccent(${pattern}::text)) escape '\\'`;
}

/** An approved member of this network (of any network without one). */
export function approvedMemberSql(networkId?: string): SQL {
  return sql`exists (select 1 from network_memberships nm
      where nm.company_id = ${companies.id} and nm.role = 'member' and nm.status = 'approved'
      ${networkId ? sql`and nm.network_id = ${networkId}` : sql``})`;
}

/** A NACE code in one of these divisions (codes are stored as "25.62"; the division is "25"). */
export function naceDivisionSql(divisions: string[]): SQL {
  if (!divisions.length) return sql`false`;
  const list = sql.join(
    divisions.map((d) => sql`${d}`),
    sql`, `,
  );
  return sql`exists (select 1 from unnest(${companies.nace}) as code where left(code, 2) in (${list}))`;
}

/** A postcode (4–5 digits) exactly, else a town name containing the text. */
export function townSql(town: string): SQL {
  return /^\d{4,5}$/.test(town) ? eq(companies.postcode, town) : containsSql(sql`${companies.city}`, town);
}

export function employeesBetweenSql(min: number, max: number | null): SQL | undefined {
  return and(gte(companies.employees, min), max === null ? undefined : lte(companies.employees, max));
}

/** Alphabetical (case-insensitively), then by ref. */
export const byNameOrder = (): SQL[] => [asc(sql`lower(${companies.name})`), asc(companies.ref)];

/** A bounded set of firms passing `where` that match the search, as a condition; and its order
 * (by relevance, then name). */
export function directorySearch(db: Db | Tx, { where, search }: { where: SQL | undefined; search: PreparedSearch }) {
  const candidates = db
    .select({ id: companies.id })
    .from(companies)
    .where(and(where, textMatchSql(companies, search)))
    .limit(SEARCH_CANDIDATES);
  return { where: inArray(companies.id, candidates), order: [desc(textScoreSql(companies, search, sql`${companies.name}`)), ...byNameOrder()] };
}

export async function selectAllNetworks(db: Db | Tx) {
  return db.select({ id: networks.id, ref: networks.ref, name: networks.name }).from(networks).orderBy(asc(networks.name));
}

export async function countCompanies(db: Db | Tx, { where }: { where: SQL | undefined }): Promise<number> {
  const [totalRow] = await db.select({ n: count() }).from(companies).where(where);
  return totalRow?.n ?? 0;
}

export async function selectDirectoryPage(
  db: Db | Tx,
  { where, order, limit, offset }: { where: SQL | undefined; order: SQL[]; limit: number; offset: number },
) {
  return db
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
    .limit(limit)
    .offset(offset);
}

/** The directory's filters as one condition: approved members of the network (of any without
 * one); nothing for an unknown network; a NACE division, a town or postcode, an employee range. */
export function directoryWhereSql(params: {
  /** Who may see the firm (lib/policy companyVisibleSql): a firm an admin hid is listed only to its
   * own people (and admins). */
  visible: SQL;
  networkId?: string;
  unknownNetwork: boolean;
  naceDivisions?: string[];
  town?: string;
  employees?: { min: number; max: number | null };
}): SQL | undefined {
  const conditions: (SQL | undefined)[] = [approvedMemberSql(params.networkId), params.visible];
  if (params.unknownNetwork) conditions.push(sql`false`);
  if (params.naceDivisions) conditions.push(naceDivisionSql(params.naceDivisions));
  if (params.town) conditions.push(townSql(params.town));
  if (params.employees) conditions.push(employeesBetweenSql(params.employees.min, params.employees.max));
  return and(...conditions);
}
