// SQL building blocks for listings. Who may see what is NOT decided here: callers (lib/dal/listings)
// pass the visibility condition from lib/policy/listings into every query.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { companies, listings, networkMemberships, networks } from '../schema';
import { SEARCH_CANDIDATES, listingSearchMatchSql, listingSearchScoreSql, type PreparedSearch } from './search';
import type { Db, Tx } from '../client';

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** A point known before the query, or computed by it (e.g. a subquery for the viewer's firm). */
export type OriginSql = GeoPoint | { lat: SQL; lng: SQL };

const earthOf = (p: OriginSql) => sql`ll_to_earth(${p.lat}::float8, ${p.lng}::float8)`;
const listingEarth = sql`ll_to_earth(${listings.lat}, ${listings.lng})`;

/** Metres from `origin` to the listing's location (null when the listing has none). */
export function distanceMetresSql(origin: OriginSql, l: Pick<typeof listings, 'lat' | 'lng'> = listings): SQL<number | null> {
  const earth = l === listings ? listingEarth : sql`ll_to_earth(${l.lat}, ${l.lng})`;
  return sql<number | null>`case when ${l.lat} is not null and ${l.lng} is not null
    then earth_distance(${earth}, ${earthOf(origin)}) end`;
}

/** Within `km` of `origin`: the earth_box test uses the GiST index on ll_to_earth(lat, lng), the
 * exact distance test then trims the box's corners. */
export function withinKmSql(origin: GeoPoint, km: number): SQL {
  const metres = km * 1000;
  return sql`(${listings.lat} is not null and ${listings.lng} is not null
    and earth_box(${earthOf(origin)}, ${metres}::float8) @> ${listingEarth}
    and earth_distance(${listingEarth}, ${earthOf(origin)}) <= ${metres}::float8)`;
}

/** `%`, `_` and `\` typed by a user are literal characters, not wildcards. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every word of the search matches the listing's search document (its text, its firm's name,
 * description and trade, its category and place), with synonyms, typos and compounds
 * (db/queries/search.ts). */
export function listingTextMatchSql(search: PreparedSearch): SQL {
  return listingSearchMatchSql(search);
}

/** The listing's firm has a NACE code starting with one of the prefixes (see lib/listings/sectors). */
export function companySectorSql(prefixes: string[]): SQL {
  if (prefixes.length === 0) return sql`false`;
  const patterns = prefixes.map((p) => `${escapeLike(p)}%`);
  return sql`exists (select 1 from unnest(${companies.nace}) as code
    where code like any(array[${sql.join(
      patterns.map((p) => sql`${p}`),
      sql`, `,
    )}]::text[]))`;
}

/** The listing's firm is an approved member of the network with this ref. */
export function companyInNetworkSql(networkRef: string): SQL {
  return sql`exists (select 1 from ${networkMemberships}
    join ${networks} on ${networks.id} = ${networkMemberships.networkId}
    where ${networkMemberships.companyId} = ${listings.companyId}
      and ${networkMemberships.role} = 'member' and ${networkMemberships.status} = 'approved'
      and ${networks.ref} = ${networkRef})`;
}

/** What a card or the detail page needs: the listing plus its firm's public name, ref and town.
 * `t` names the tables (aliases, when the rows are read inside another query). */
export function listingRowColumns(origin: OriginSql | null, t: { l: typeof listings; c: typeof companies } = { l: listings, c: companies }) {
  const { l, c } = t;
  return {
    id: l.id,
    ref: l.ref,
    companyId: l.companyId,
    kind: l.kind,
    category: l.category,
    title: l.title,
    description: l.description,
    quantity: l.quantity,
    unit: l.unit,
    availableFrom: l.availableFrom,
    availableUntil: l.availableUntil,
    lat: l.lat,
    lng: l.lng,
    visibility: l.visibility,
    status: l.status,
    expiresAt: l.expiresAt,
    language: l.language,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
    companyRef: c.ref,
    companyName: c.name,
    companyCity: c.city,
    companyLat: c.lat,
    companyLng: c.lng,
    distanceMetres: origin ? distanceMetresSql(origin, l) : sql<number | null>`null::float8`,
  };
}

/**
 * Listing rows (as selectListingRows reads them) as one JSON column of another query: the listings
 * `where` picks, with `l`/`c` aliases of listings and companies that `where` refers to. Read back
 * with parseListingRowsJson.
 */
export function listingRowsJsonSql(t: { l: typeof listings; c: typeof companies }, where: SQL, origin: OriginSql | null): SQL<unknown> {
  const columns = listingRowColumns(origin, t);
  const fields = sql.join(
    Object.entries(columns).map(([key, value]) => sql`${key}::text, ${value}`),
    sql`, `,
  );
  return sql`(select coalesce(json_agg(json_build_object(${fields})), '[]'::json)
    from ${listings} as ${t.l} join ${companies} as ${t.c} on ${t.c}.${sql.identifier('id')} = ${t.l}.${sql.identifier('company_id')} where ${where})`;
}

/** The rows of listingRowsJsonSql, typed as selectListingRows's. */
export function parseListingRowsJson(json: unknown): ListingRow[] {
  const rows = (typeof json === 'string' ? JSON.parse(json) : json) as
    | (Omit<ListingRow, 'createdAt' | 'updatedAt' | 'expiresAt'> & {
        createdAt: string;
        updatedAt: string;
        expiresAt: string | null;
      })[]
    | null;
  return (rows ?? []).map((r) => ({
    ...r,
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
    expiresAt: r.expiresAt === null ? null : new Date(r.expiresAt),
  }));
}

export type ListingRow = Awaited<ReturnType<typeof selectListingRows>>[number];

export async function selectListingRows(
  db: Db | Tx,
  params: { where: SQL | undefined; origin: GeoPoint | null; sort?: 'newest' | 'nearest'; limit: number; offset?: number },
) {
  const order =
    params.sort === 'nearest' && params.origin
      ? [sql`${distanceMetresSql(params.origin)} asc nulls last`, desc(listings.createdAt), asc(listings.id)]
      : [desc(listings.createdAt), asc(listings.id)];
  return db
    .select(listingRowColumns(params.origin))
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(params.where)
    .orderBy(...order)
    .limit(params.limit)
    .offset(params.offset ?? 0);
}

export async function countListingRows(db: Db | Tx, params: { where: SQL | undefined }) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(params.where);
  return row?.n ?? 0;
}

/** The location a firm's listings default to, and the origin of "distance from my company". */
export async function companyLocation(db: Db | Tx, companyId: string): Promise<GeoPoint | null> {
  const [row] = await db
    .select({ lat: companies.lat, lng: companies.lng })
    .from(companies)
    .where(and(eq(companies.id, companyId)))
    .limit(1);
  return row && row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null;
}

/**
 * A text search: at most SEARCH_CANDIDATES matches are taken through the indexes, then only those
 * are ranked (relevance, nearest or newest) and one page returned with the candidate count.
 */
export async function searchListingRows(
  db: Db | Tx,
  params: {
    where: SQL | undefined;
    search: PreparedSearch;
    origin: GeoPoint | null;
    sort: 'relevance' | 'newest' | 'nearest';
    limit: number;
    offset?: number;
  },
) {
  const candidates = db
    .select({ id: listings.id })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(and(params.where, listingTextMatchSql(params.search)))
    .limit(SEARCH_CANDIDATES);
  const score = listingSearchScoreSql(params.search);
  const order =
    params.sort === 'nearest' && params.origin
      ? [sql`${distanceMetresSql(params.origin)} asc nulls last`, desc(score)]
      : params.sort === 'newest'
        ? [desc(listings.createdAt)]
        : [desc(score), desc(listings.createdAt)];
  const rows = await db
    .select({ ...listingRowColumns(params.origin), score, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(inArray(listings.id, candidates))
    .orderBy(...order, asc(listings.id))
    .limit(params.limit)
    .offset(params.offset ?? 0);
  const total = rows[0]?.total ?? (params.offset ? await countCandidates(db, candidates) : 0);
  return { rows, total, capped: total >= SEARCH_CANDIDATES };
}

/** A page past the last result has no row to carry the total. */
async function countCandidates(db: Db | Tx, candidates: SQL | { getSQL(): SQL }) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(sql`(${candidates}) as c`);
  return row?.n ?? 0;
}
