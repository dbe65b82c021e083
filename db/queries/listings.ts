// SQL building blocks for listings. Who may see what is NOT decided here: callers (lib/dal/listings)
// pass the visibility condition from lib/policy/listings into every query.
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { COARSE_LAT_STEP, COARSE_LNG_STEP, COARSE_MAX_OFFSET_M } from '@/lib/map/coarse';
import { companies, listings, networkMemberships, networks, type ListingCategory, type ListingKind, type ListingStatus, type NewListing } from '../schema';
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

/** The centre of the coarse grid cell of a coordinate (lib/map/coarse.ts coarsePoint in SQL). */
export function coarseDegreesSql(column: SQL | typeof listings.lat, axis: 'lat' | 'lng'): SQL {
  const step = axis === 'lat' ? COARSE_LAT_STEP : COARSE_LNG_STEP;
  return sql`((floor(${column} / ${step}::float8) + 0.5) * ${step}::float8)`;
}

type LatLngCols = { lat: SQL | typeof listings.lat | typeof companies.lat; lng: SQL | typeof listings.lng | typeof companies.lng };

/** Metres from `origin` to the row's position as the reader may know it: exact where `precise`
 * holds (lib/policy positionPreciseSql), else the centre of its coarse cell, so a distance cannot
 * be used to find a firm's street either. */
export function positionDistanceSql(origin: OriginSql, cols: LatLngCols, precise: SQL): SQL<number | null> {
  const exact = sql`ll_to_earth(${cols.lat}, ${cols.lng})`;
  const coarse = sql`ll_to_earth(${coarseDegreesSql(cols.lat as SQL, 'lat')}, ${coarseDegreesSql(cols.lng as SQL, 'lng')})`;
  return sql<number | null>`case when ${cols.lat} is null or ${cols.lng} is null then null
    when ${precise} then earth_distance(${exact}, ${earthOf(origin)})
    else earth_distance(${coarse}, ${earthOf(origin)}) end`;
}

/** Within `km` of `origin`: the earth_box test uses the GiST index on ll_to_earth(lat, lng), the
 * exact distance test then trims the box's corners. With `precise` (lib/policy), rows where it
 * does not hold are measured from their coarse cell's centre, like positionDistanceSql: a visitor
 * cannot shrink the radius around a firm to find its street. */
export function withinKmSql(origin: GeoPoint, km: number, precise?: SQL, cols: LatLngCols = listings): SQL {
  const metres = km * 1000;
  const earth = cols === listings ? listingEarth : sql`ll_to_earth(${cols.lat}, ${cols.lng})`;
  if (!precise) {
    return sql`(${cols.lat} is not null and ${cols.lng} is not null
      and earth_box(${earthOf(origin)}, ${metres}::float8) @> ${earth}
      and earth_distance(${earth}, ${earthOf(origin)}) <= ${metres}::float8)`;
  }
  return sql`(${cols.lat} is not null and ${cols.lng} is not null
    and earth_box(${earthOf(origin)}, ${metres + COARSE_MAX_OFFSET_M}::float8) @> ${earth}
    and ${positionDistanceSql(origin, cols, precise)} <= ${metres}::float8)`;
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
export function listingRowColumns(
  origin: OriginSql | null,
  t: { l: typeof listings; c: typeof companies } = { l: listings, c: companies },
  /** Whether the reader may know the exact position (lib/policy positionPreciseSql); by default
   * not: the DTOs then give the coarse cell's centre, and distances are measured from it. */
  precise: SQL = sql`false`,
) {
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
    precise: sql<boolean>`(${precise})`.mapWith(Boolean),
    distanceMetres: origin ? positionDistanceSql(origin, l, precise) : sql<number | null>`null::float8`,
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
  params: { where: SQL | undefined; origin: GeoPoint | null; sort?: 'newest' | 'nearest'; limit: number; offset?: number; precise?: SQL },
) {
  const precise = params.precise ?? sql`false`;
  const order =
    params.sort === 'nearest' && params.origin
      ? [sql`${positionDistanceSql(params.origin, listings, precise)} asc nulls last`, desc(listings.createdAt), asc(listings.id)]
      : [desc(listings.createdAt), asc(listings.id)];
  return db
    .select(listingRowColumns(params.origin, undefined, precise))
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
    precise?: SQL;
  },
) {
  const precise = params.precise ?? sql`false`;
  const candidates = db
    .select({ id: listings.id })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(and(params.where, listingTextMatchSql(params.search)))
    .limit(SEARCH_CANDIDATES);
  const score = listingSearchScoreSql(params.search);
  const order =
    params.sort === 'nearest' && params.origin
      ? [sql`${positionDistanceSql(params.origin, listings, precise)} asc nulls last`, desc(score)]
      : params.sort === 'newest'
        ? [desc(listings.createdAt)]
        : [desc(score), desc(listings.createdAt)];
  const rows = await db
    .select({ ...listingRowColumns(params.origin, undefined, precise), score, total: sql<number>`count(*) over ()`.mapWith(Number) })
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

/** The id of the firm with this ref, if it is one of `companyIds` (a viewer's own firms). */
export async function ownCompanyIdByRef(db: Db | Tx, params: { ref: string; companyIds: string[] }): Promise<string | null> {
  const [row] = await db
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.ref, params.ref), inArray(companies.id, params.companyIds)))
    .limit(1);
  return row?.id ?? null;
}

/** The writable fields of a listing, as the forms set them. */
export type ListingFields = Pick<
  NewListing,
  'kind' | 'category' | 'title' | 'description' | 'quantity' | 'unit' | 'availableFrom' | 'availableUntil' | 'lat' | 'lng' | 'visibility' | 'expiresAt'
>;

/** A new listing; returns its id. */
export async function insertListing(
  db: Db | Tx,
  params: { ref: string; companyId: string; fields: ListingFields; language: string; createdById: string },
): Promise<string | undefined> {
  const [inserted] = await db
    .insert(listings)
    .values({ ref: params.ref, companyId: params.companyId, ...params.fields, status: 'open', language: params.language, createdById: params.createdById })
    .returning({ id: listings.id });
  return inserted?.id;
}

/** Writes an edit, if the listing is still managed by the viewer (`managed`, lib/policy) and not
 * closed: the check is in the statement itself. Returns whether a row was written. */
export async function updateManagedListing(db: Db | Tx, params: { id: string; managed: SQL; fields: ListingFields; language?: string }): Promise<boolean> {
  const updated = await db
    .update(listings)
    .set({ ...params.fields, ...(params.language ? { language: params.language } : {}) })
    .where(and(eq(listings.id, params.id), params.managed, ne(listings.status, 'closed')))
    .returning({ ref: listings.ref });
  return updated.length > 0;
}

/** Moves a managed listing from one of `from` to `to`; returns whether it moved. */
export async function setManagedListingStatus(db: Db | Tx, params: { id: string; managed: SQL; from: ListingStatus[]; to: ListingStatus }): Promise<boolean> {
  const updated = await db
    .update(listings)
    .set({ status: params.to })
    .where(and(eq(listings.id, params.id), params.managed, inArray(listings.status, params.from)))
    .returning({ ref: listings.ref });
  return updated.length > 0;
}

/** One listing by ref, if `allowed` (a rule from lib/policy/listings) lets the viewer have it. */
export async function listingRowByRef(
  db: Db | Tx,
  params: { ref: string; allowed: SQL; origin: GeoPoint | null; precise?: SQL },
): Promise<ListingRow | undefined> {
  const [row] = await selectListingRows(db, {
    where: and(eq(listings.ref, params.ref), params.allowed),
    origin: params.origin,
    limit: 1,
    precise: params.precise,
  });
  return row;
}

/** A firm's listings of every status. */
export async function companyListingRows(db: Db | Tx, params: { companyId: string; limit: number }): Promise<ListingRow[]> {
  return selectListingRows(db, { where: eq(listings.companyId, params.companyId), origin: null, limit: params.limit });
}

/** The listings of the firm with this ref that pass `conditions` (visibility, activity). */
export async function companyRefListingRows(
  db: Db | Tx,
  params: { companyRef: string; conditions: SQL[]; origin: GeoPoint | null; limit: number; precise?: SQL },
): Promise<ListingRow[]> {
  return selectListingRows(db, {
    where: and(eq(companies.ref, params.companyRef), ...params.conditions),
    origin: params.origin,
    limit: params.limit,
    precise: params.precise,
  });
}

/** The browse page's filters as one condition, on top of `conditions` (visibility, activity). */
export function browseWhereSql(params: {
  conditions: SQL[];
  kind?: ListingKind;
  category?: ListingCategory;
  sectorPrefixes?: string[];
  networkRef?: string;
  /** A place was asked for that is unknown (e.g. a postcode): nothing matches. */
  unknownPlace?: boolean;
  /** Within km of origin; rows where `precise` does not hold are measured from their coarse cell. */
  within?: { origin: GeoPoint; km: number; precise: SQL };
}): SQL | undefined {
  const conditions = [...params.conditions];
  if (params.kind) conditions.push(eq(listings.kind, params.kind));
  if (params.category) conditions.push(eq(listings.category, params.category));
  if (params.sectorPrefixes) conditions.push(companySectorSql(params.sectorPrefixes));
  if (params.networkRef) conditions.push(companyInNetworkSql(params.networkRef));
  if (params.unknownPlace) conditions.push(sql`false`);
  if (params.within) conditions.push(withinKmSql(params.within.origin, params.within.km, params.within.precise));
  return and(...conditions);
}

/** Every network's ref and name, by name (the browse filter). */
export async function networkOptionRows(db: Db | Tx, params: { limit: number }) {
  return db.select({ ref: networks.ref, name: networks.name }).from(networks).orderBy(networks.name).limit(params.limit);
}

/** These firms' refs and names, by name. */
export async function companyOptionRows(db: Db | Tx, params: { companyIds: string[] }) {
  if (params.companyIds.length === 0) return [];
  return db.select({ ref: companies.ref, name: companies.name }).from(companies).where(inArray(companies.id, params.companyIds)).orderBy(companies.name);
}
