// SQL building blocks for listings. Who may see what is NOT decided here: callers (lib/dal/listings)
// pass the visibility condition from lib/dal/access into every query.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { companies, listings, networkMemberships, networks } from '../schema';
import { SEARCH_CANDIDATES, textMatchSql, textScoreSql, type PreparedSearch } from './search';
import type { Db, Tx } from '../client';

export interface GeoPoint {
  lat: number;
  lng: number;
}

const earthOf = (p: GeoPoint) => sql`ll_to_earth(${p.lat}::float8, ${p.lng}::float8)`;
const listingEarth = sql`ll_to_earth(${listings.lat}, ${listings.lng})`;

/** Metres from `origin` to the listing's location (null when the listing has none). */
export function distanceMetresSql(origin: GeoPoint): SQL<number | null> {
  return sql<number | null>`case when ${listings.lat} is not null and ${listings.lng} is not null
    then earth_distance(${listingEarth}, ${earthOf(origin)}) end`;
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

/** Every word of the search matches the listing's title or description: stemmed per the listing's
 * language, typo- and compound-tolerant (db/queries/search.ts). */
export function listingTextMatchSql(search: PreparedSearch): SQL {
  return textMatchSql(listings, search);
}

/** The listing's firm has a NACE code starting with one of the prefixes (see lib/listings/sectors). */
export function companySectorSql(prefixes: string[]): SQL {
  if (prefixes.length === 0) return sql`false`;
  const patterns = prefixes.map((p) => `${escapeLike(p)}%`);
  return sql`exists (select 1 from unnest(${companies.nace}) as code
    where code like any(array[${sql.join(patterns.map((p) => sql`${p}`), sql`, `)}]::text[]))`;
}

/** The listing's firm is an approved member of the network with this ref. */
export function companyInNetworkSql(networkRef: string): SQL {
  return sql`exists (select 1 from ${networkMemberships}
    join ${networks} on ${networks.id} = ${networkMemberships.networkId}
    where ${networkMemberships.companyId} = ${listings.companyId}
      and ${networkMemberships.role} = 'member' and ${networkMemberships.status} = 'approved'
      and ${networks.ref} = ${networkRef})`;
}

/** What a card or the detail page needs: the listing plus its firm's public name, ref and town. */
export function listingRowColumns(origin: GeoPoint | null) {
  return {
    id: listings.id,
    ref: listings.ref,
    companyId: listings.companyId,
    kind: listings.kind,
    category: listings.category,
    title: listings.title,
    description: listings.description,
    quantity: listings.quantity,
    unit: listings.unit,
    availableFrom: listings.availableFrom,
    availableUntil: listings.availableUntil,
    lat: listings.lat,
    lng: listings.lng,
    visibility: listings.visibility,
    status: listings.status,
    expiresAt: listings.expiresAt,
    language: listings.language,
    createdAt: listings.createdAt,
    updatedAt: listings.updatedAt,
    companyRef: companies.ref,
    companyName: companies.name,
    companyCity: companies.city,
    companyLat: companies.lat,
    companyLng: companies.lng,
    distanceMetres: origin ? distanceMetresSql(origin) : sql<number | null>`null::float8`,
  };
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
  const score = textScoreSql(listings, params.search, sql`${listings.title}`);
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
