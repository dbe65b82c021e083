// SQL for the matching engine: the candidate stage (a bounded, indexed preselection by kind,
// category and distance; re-ranking on text, sector and time happens in lib/matching/rank.ts) and
// the stored suggestions. Who may see what is NOT decided here: callers pass the visibility and
// activity conditions from lib/policy/listings.ts.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { listings, matchDismissals, matches } from '../schema';
import { explainGenericPlan, nearestFirstDb, queryRows, queryRowsPrepared, type Db, type Tx } from '../client';
import { uuidArrayParam } from '../sql';
import type { CandidateFilter } from '@/lib/matching/pair-rules';
import type { MatchListing } from '@/lib/matching/types';

/** At most this many candidates are ranked per listing: enough for any local area, and a bound
 * that keeps a request at a few milliseconds whatever the size of the table. */
export const MAX_CANDIDATES = 300;
/** At most this many more come from the text candidate source: the nearest listings of the other
 * kind, in any category, whose full-text vector holds one of the source's telling words. */
export const MAX_TEXT_CANDIDATES = 16;

export interface MatchSource extends MatchListing {
  /** The networks the listing's firm is an approved member of, and the largest radius among them
   * (distance decays relative to it). */
  networkIds: string[];
  radiusKm: number | null;
}

// The engine's two hot queries (the source, its candidates) are written out and their rows mapped
// by hand: drizzle's builder and row mapping cost ~2 ms of CPU per ranking at 300 candidates.
const MATCH_COLUMNS = sql.raw(`l.id, l.ref, l.company_id, l.kind, l.category, l.title, l.description, l.language, l.quantity, l.unit,
  l.available_from::text as available_from, l.available_until::text as available_until, l.status, l.expires_at, l.updated_at, l.lat, l.lng,
  c.nace`);

interface MatchRow {
  id: string;
  ref: string;
  company_id: string;
  kind: MatchListing['kind'];
  category: MatchListing['category'];
  title: string;
  description: string;
  language: string;
  quantity: number | null;
  unit: string | null;
  available_from: string | null;
  available_until: string | null;
  status: MatchListing['status'];
  expires_at: Date | string | null;
  updated_at: Date | string;
  lat: number | null;
  lng: number | null;
  nace: string[] | null;
  distance_km?: number | null;
}

const fromRow = (r: MatchRow): MatchListing => ({
  id: r.id,
  ref: r.ref,
  companyId: r.company_id,
  kind: r.kind,
  category: r.category,
  title: r.title,
  description: r.description,
  language: r.language,
  quantity: r.quantity,
  unit: r.unit,
  availableFrom: r.available_from,
  availableUntil: r.available_until,
  status: r.status,
  expiresAt: r.expires_at,
  updatedAt: r.updated_at,
  lat: r.lat,
  lng: r.lng,
  companyNace: r.nace ?? [],
  ...(r.distance_km != null ? { distanceKm: Number(r.distance_km) } : {}),
});

const memberOf = sql`from network_memberships nm join networks n on n.id = nm.network_id
  where nm.company_id = l.company_id and nm.role = 'member' and nm.status = 'approved'`;
type SourceRow = MatchRow & { network_ids: string[] | null; radius_km: number | null };
const fromSourceRow = (row: SourceRow): MatchSource => ({
  ...fromRow(row),
  networkIds: row.network_ids ?? [],
  radiusKm: row.radius_km == null ? null : Number(row.radius_km),
});
const sourceSql = (where: SQL) =>
  sql`select ${MATCH_COLUMNS}, array(select nm.network_id::text ${memberOf}) as network_ids, (select max(n.radius_km) ${memberOf}) as radius_km
    from listings l join companies c on c.id = l.company_id where ${where}`;

/** The source listing with its firm's networks, in one round trip. */
export async function selectMatchSource(db: Db | Tx, listingId: string): Promise<MatchSource | null> {
  const [row] = await queryRowsPrepared<SourceRow>(db, sourceSql(sql`l.id = ${listingId}`));
  return row ? fromSourceRow(row) : null;
}

/** An area for a full refresh: a cell of the lat/lng grid and its listings' counts. */
export interface RefreshCell {
  latIndex: number;
  lngIndex: number;
  sources: number;
}

/** Degrees of a refresh cell: ~55 km north–south, 35–65 km east–west in the Nordic countries. */
export const CELL_LAT = 0.5;
export const CELL_LNG = 1;

/** The grid cells that hold open listings with a location, in a stable order. */
export async function selectRefreshCells(db: Db | Tx, active: SQL): Promise<RefreshCell[]> {
  const rows = await queryRows<{ y: number; x: number; n: number }>(
    db,
    sql`select floor(${listings.lat} / ${CELL_LAT})::int as y, floor(${listings.lng} / ${CELL_LNG})::int as x, count(*)::int as n
      from ${listings} where ${active} and ${listings.lat} is not null and ${listings.lng} is not null group by 1, 2 order by 1, 2`,
  );
  return rows.map((r) => ({ latIndex: Number(r.y), lngIndex: Number(r.x), sources: Number(r.n) }));
}

/** The open listings of one grid cell as sources (with their firms' networks and radius). */
export async function selectCellSources(db: Db | Tx, cell: Pick<RefreshCell, 'latIndex' | 'lngIndex'>, active: SQL): Promise<MatchSource[]> {
  const where = sql`l.id in (select ${listings.id} from ${listings} where ${active}
      and ${listings.lat} >= ${cell.latIndex * CELL_LAT} and ${listings.lat} < ${(cell.latIndex + 1) * CELL_LAT}
      and ${listings.lng} >= ${cell.lngIndex * CELL_LNG} and ${listings.lng} < ${(cell.lngIndex + 1) * CELL_LNG})
    order by l.id`;
  return (await queryRows<SourceRow>(db, sourceSql(where))).map(fromSourceRow);
}

/** Ids of open listings without a location (ranked one by one: their candidates are the newest). */
export async function selectUnlocatedListingIds(db: Db | Tx, active: SQL): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select ${listings.id} as id from ${listings} where ${active} and (${listings.lat} is null or ${listings.lng} is null) order by 1`,
  );
  return rows.map((r) => r.id);
}

export interface AreaListing extends MatchListing {
  visibility: string;
  /** Networks the listing's firm is an approved member of (for listingVisibleTo). */
  firmNetworkIds: string[];
  /** Hidden by an admin, the listing or its firm (for listingVisibleTo). */
  hidden: boolean;
}

/** Every open listing with a location inside a lat/lng box (read through listings_map_idx), with
 * what deciding its visibility needs: a full refresh's candidates for one grid cell. */
export async function selectAreaListings(
  db: Db | Tx,
  box: { south: number; north: number; west: number; east: number },
  p: { active: SQL; today: string },
): Promise<AreaListing[]> {
  const rows = await queryRows<MatchRow & { visibility: string; firm_network_ids: string[] | null; hidden: boolean }>(
    db,
    sql`select ${MATCH_COLUMNS}, l.visibility, array(select nm.network_id::text ${memberOf}) as firm_network_ids,
        (l.hidden_at is not null or c.hidden_at is not null) as hidden
      from listings l join companies c on c.id = l.company_id
      where l.id in (select ${listings.id} from ${listings} where ${p.active}
        and ${listings.lat} between ${box.south} and ${box.north} and ${listings.lng} between ${box.west} and ${box.east}
        and (${listings.availableUntil} is null or ${listings.availableUntil} >= ${p.today}))`,
  );
  return rows.map((r) => ({ ...fromRow(r), visibility: r.visibility, firmNetworkIds: r.firm_network_ids ?? [], hidden: r.hidden }));
}

const kindCategorySql = (filters: readonly CandidateFilter[]): SQL =>
  filters.length === 0
    ? sql`false`
    : sql`(${sql.join(
        filters.map(
          (f) =>
            sql`(${listings.kind} = ${f.kind} and ${listings.category} in (${sql.join(
              f.categories.map((c) => sql`${c}`),
              sql`, `,
            )}))`,
        ),
        sql` or `,
      )})`;

interface CandidateParams {
  source: Pick<MatchListing, 'id' | 'companyId' | 'lat' | 'lng'>;
  filters: readonly CandidateFilter[];
  /** listingVisibleSql for the source's firm and listingActiveSql: the caller's rules. */
  visible: SQL;
  active: SQL;
  maxKm: number;
  today: string;
  limit?: number;
  /** The text candidate source: the kind of listing it takes (the source's other kind) and the
   * source's telling words (lib/matching/text-candidates.ts). None: the walk alone. */
  text?: { kind: 'offer' | 'need'; words: readonly string[]; limit?: number };
}

/** A listing's version: updated_at in microseconds since the epoch (every write of a listing sets
 * it), as text. A candidate read before at the same version need not be read again. */
const VERSION = (col: SQL) => sql`(extract(epoch from ${col}) * 1000000)::int8::text`;

/** Candidate rows kept between rankings by whoever calls selectMatchCandidates (the engine keeps one
 * per process): rows are served only at the version the candidate walk found. */
export interface CandidateRowCache {
  get(id: string, version: string): MatchListing | undefined;
  set(id: string, version: string, row: MatchListing): void;
}

export interface NearRow {
  id: string;
  distance_km: number;
  version: string;
}

/**
 * The nearest compatible listings within `maxKm`, nearest first: the earth_box test and the `<->`
 * ordering both use the GiST index on ll_to_earth(lat, lng), so PostgreSQL walks the index outward
 * from the source and stops after `limit` rows that pass the filters — never an unbounded set.
 * Two steps: the walk reads only one index, the candidate kind's listings_match_offer_idx or _need_idx
 * (migration 0010), or listings_match_idx for a need that may be pooled (0009): each carries every
 * column the filters read and the version. It returns each chosen listing's id, distance and
 * version; then the chosen listings that `cache` does not hold at that version are read by primary
 * key with their firm's NACE codes. A listing changed between the two steps is left out (the change queues a
 * recomputation of its neighbours anyway). A source without a location takes the most recently
 * updated compatible listings instead.
 */
export async function selectMatchCandidates(db: Db | Tx, p: CandidateParams, cache?: CandidateRowCache): Promise<MatchListing[]> {
  if (p.source.lat == null || p.source.lng == null) return (await runCandidates<MatchRow>(db, p)).map(fromRow);
  // On PostgreSQL the two sources run side by side on two of the pool's connections; PGlite has
  // one connection (and each runs in its own transaction), so one after the other.
  const [walked, texted] = nearestFirstDb(db)
    ? await Promise.all([runCandidates<NearRow>(db, p), selectTextCandidateIds(db, p)])
    : [await runCandidates<NearRow>(db, p), await selectTextCandidateIds(db, p)];
  const walkedIds = new Set(walked.map((n) => n.id));
  const byText = texted.filter((n) => !walkedIds.has(n.id));
  const near = [...walked, ...byText];
  const viaText = walked.length;
  const found: (MatchListing | undefined)[] = near.map((n) => cache?.get(n.id, n.version));
  const missing = near.filter((_, i) => !found[i]).map((n) => n.id);
  if (missing.length) {
    const rows = await queryRowsPrepared<MatchRow & { version: string }>(
      db,
      sql`select ${MATCH_COLUMNS}, ${VERSION(sql`l.updated_at`)} as version from listings l join companies c on c.id = l.company_id where l.id = any(${uuidArrayParam(missing)})`,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    near.forEach((n, i) => {
      const row = found[i] ? undefined : byId.get(n.id);
      if (!row || row.version !== n.version) return;
      const listing = fromRow(row);
      cache?.set(n.id, n.version, listing);
      found[i] = listing;
    });
  }
  const out: MatchListing[] = [];
  near.forEach((n, i) => {
    const l = found[i];
    if (l) out.push({ ...l, distanceKm: Number(n.distance_km), ...(i >= viaText ? { via: 'text' as const } : {}) });
  });
  return out;
}

/**
 * The text candidate source: the nearest listings of the other kind, in any category, within
 * `maxKm`, open and visible by the same rules as the walk, whose full-text vector (migration 0003)
 * holds one of the source's telling words, stemmed by each language's rules (a listing is indexed
 * in its own language). Nearest first through listings_text_offer_idx or _need_idx (migration 0013:
 * GiST over the point and the vector, of one kind's open listings, so the walk neither steps over
 * nor reads from the table the other kind's or closed listings; the kind is written into the
 * statement so that the prepared statement's generic plan can use the partial index), and at most `text.limit`: bounded like the walk, never a ranking of every listing that
 * shares a word. Ids, distances and versions, as the walk returns them.
 */
export async function selectTextCandidateIds(db: Db | Tx, p: CandidateParams): Promise<NearRow[]> {
  const statement = textCandidatesSql(p);
  if (!statement) return [];
  return runNearestFirst(db, (tx) => queryRowsPrepared<NearRow>(tx, statement));
}

/** The query plan of the text candidate source (tests, tuning); with `generic`, the plan of the
 * prepared statement as the nearest-first connections run it on every call (values bound at
 * execution only). */
export async function explainTextCandidates(db: Db, p: CandidateParams, opts: { analyze?: boolean; generic?: boolean } = {}): Promise<string> {
  const statement = textCandidatesSql(p);
  if (!statement) return '';
  if (opts.generic) return (await explainGenericPlan(db, statement, { analyze: opts.analyze, settings: { enable_bitmapscan: 'off' } })).join('\n');
  const prefix = opts.analyze ? sql`explain (analyze, buffers, timing off) ` : sql`explain `;
  const rows = await runNearestFirst(db, (tx) => queryRows<{ 'QUERY PLAN': string }>(tx, sql`${prefix}${statement}`));
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

function textCandidatesSql(p: CandidateParams): SQL | null {
  const words = (p.text?.words ?? []).filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
  if (!p.text || !words.length || p.source.lat == null || p.source.lng == null) return null;
  // Words are letters and digits only, so the ORed text cannot carry tsquery syntax.
  const or = words.join(' | ');
  const query = sql`(select to_tsquery('pg_catalog.danish'::regconfig, ${or}::text) || to_tsquery('pg_catalog.english'::regconfig, ${or}::text)
    || to_tsquery('pg_catalog.finnish'::regconfig, ${or}::text) || to_tsquery('pg_catalog.simple'::regconfig, ${or}::text))`;
  const origin = sql`(select ll_to_earth(${p.source.lat}::float8, ${p.source.lng}::float8))`;
  const earth = sql`ll_to_earth(${listings.lat}, ${listings.lng})`;
  const metres = sql`${p.maxKm * 1000}::float8`;
  return sql`select ${listings.id} as id, earth_distance(${earth}, ${origin}) / 1000 as distance_km, ${VERSION(sql`${listings.updatedAt}`)} as version
      from ${listings}
      where ${listings.companyId} <> ${p.source.companyId} and ${p.active} and ${p.visible}
        and (${listings.availableUntil} is null or ${listings.availableUntil} >= ${p.today})
        and ${listings.kind} = ${sql.raw(`'${kindLiteral(p.text.kind)}'`)}
        and ${listings.lat} is not null and ${listings.lng} is not null
        and earth_box(${origin}, ${metres}) @> ${earth} and earth_distance(${earth}, ${origin}) <= ${metres}
        and ${listings.searchVector} @@ ${query}
      order by ${earth} <-> ${origin}
      limit ${p.text.limit ?? MAX_TEXT_CANDIDATES}`;
}

/** Runs a nearest-first statement without bitmap scans (see runCandidates). */
async function runNearestFirst<T>(db: Db | Tx, query: (tx: Db | Tx) => Promise<T[]>): Promise<T[]> {
  const pool = nearestFirstDb(db);
  if (pool) return query(pool);
  if ('transaction' in db) {
    return (db as Db).transaction(async (tx) => {
      await tx.execute(sql`set local enable_bitmapscan = off`);
      return query(tx);
    });
  }
  return query(db);
}

/** The query plan of selectMatchCandidates's walk for these parameters (tests, and whoever tunes
 * it); with `analyze`, run it and report times and buffers; with `generic`, the plan of the
 * prepared statement as PostgreSQL runs it on every call (values bound at execution only). */
export async function explainMatchCandidates(db: Db, p: CandidateParams, opts: { analyze?: boolean; generic?: boolean } = {}): Promise<string> {
  if (opts.generic) {
    return (
      await runCandidates<string>(db, p, 'generic', (statement) =>
        explainGenericPlan(db, statement, { analyze: opts.analyze, settings: { enable_bitmapscan: 'off' } }),
      )
    ).join('\n');
  }
  return (await runCandidates<{ 'QUERY PLAN': string }>(db, p, opts.analyze ? 'analyze' : 'plan')).map((r) => r['QUERY PLAN']).join('\n');
}

async function runCandidates<T>(
  db: Db | Tx,
  p: CandidateParams,
  explain?: 'plan' | 'analyze' | 'generic',
  explainGeneric?: (statement: SQL) => Promise<string[]>,
): Promise<T[]> {
  const prefix = explain === 'analyze' ? sql`explain (analyze, buffers, timing off) ` : explain === 'plan' ? sql`explain ` : sql``;
  const limit = p.limit ?? MAX_CANDIDATES;
  const common = and(
    sql`${listings.companyId} <> ${p.source.companyId}`,
    p.active,
    p.visible,
    sql`(${listings.availableUntil} is null or ${listings.availableUntil} >= ${p.today})`,
  );
  if (p.source.lat == null || p.source.lng == null) {
    const latest = sql`select ${MATCH_COLUMNS} from listings l join companies c on c.id = l.company_id
        where l.id in (select ${listings.id} from ${listings} where ${common} and ${kindCategorySql(p.filters)} order by ${listings.updatedAt} desc limit ${limit})
        order by l.updated_at desc`;
    return explainGeneric ? ((await explainGeneric(latest)) as T[]) : queryRows<T>(db, sql`${prefix}${latest}`);
  }
  if (p.filters.length === 0) return [];
  // The source's point as a one-row subquery, computed once per statement: as a prepared
  // statement's generic plan would otherwise evaluate ll_to_earth of the parameters (trigonometry
  // and the earth domain's checks) for every index entry it filters and every row it returns: ~3.5 ms
  // of a ~3 ms walk at 100,000 listings.
  const origin = sql`(select ll_to_earth(${p.source.lat}::float8, ${p.source.lng}::float8))`;
  const earth = sql`ll_to_earth(${listings.lat}, ${listings.lng})`;
  const metres = sql`${p.maxKm * 1000}::float8`;
  // Reads only one index (an index-only scan), outward from the source, and stops after `limit`
  // listings that pass every filter or at the edge of the box. Listings of one kind (an offer's
  // candidates are needs; a need's are offers) have their own index, listings_match_offer_idx or
  // _need_idx, which does not hold the other kind's listings to step over. The kind is written into
  // the statement, not bound: a prepared statement's generic plan uses a partial index only when its
  // predicate follows from the statement's text. A need that may be pooled takes offers and needs
  // of its category: one walk of listings_match_idx, which holds both (two walks merged by distance
  // were measured slower: each has to go as far as the sparser kind's `limit`-th listing).
  const [only] = p.filters;
  const kindCategory =
    p.filters.length === 1 && only
      ? sql`${listings.kind} = ${sql.raw(`'${kindLiteral(only.kind)}'`)} and ${listings.category} in (${sql.join(
          only.categories.map((c) => sql`${c}`),
          sql`, `,
        )})`
      : kindCategorySql(p.filters);
  const statement = sql`select ${listings.id} as id, earth_distance(${earth}, ${origin}) / 1000 as distance_km, ${VERSION(sql`${listings.updatedAt}`)} as version
      from ${listings}
      where ${common} and ${kindCategory}
        and ${listings.lat} is not null and ${listings.lng} is not null
        and earth_box(${origin}, ${metres}) @> ${earth} and earth_distance(${earth}, ${origin}) <= ${metres}
      order by ${earth} <-> ${origin}
      limit ${limit}`;
  if (explainGeneric) return (await explainGeneric(statement)) as T[];
  const query = (tx: Db | Tx) => (explain ? queryRows<T> : queryRowsPrepared<T>)(tx, sql`${prefix}${statement}`);
  // The planner underestimates how many listings an earth_box holds (a whole network's area) and
  // would collect them all with a bitmap scan, then sort: ~150 ms at 100,000 listings. Walking the
  // index in distance order inside the box and stopping after `limit` rows that pass the filters is
  // bounded by the box and by the limit, whatever the table's size; bitmap scans are switched off
  // for this one statement to get that plan: on PostgreSQL by running it on connections set up
  // that way (one round trip), elsewhere (PGlite) for the statement in a transaction.
  const pool = nearestFirstDb(db);
  if (pool) return query(pool);
  if ('transaction' in db) {
    return (db as Db).transaction(async (tx) => {
      await tx.execute(sql`set local enable_bitmapscan = off`);
      return query(tx);
    });
  }
  return query(db);
}

/** A listing kind as an SQL literal (from the closed set only). */
function kindLiteral(kind: string): 'offer' | 'need' {
  if (kind !== 'offer' && kind !== 'need') throw new Error(`unknown listing kind ${kind}`);
  return kind;
}

export interface StoredMatchInput {
  otherListingId: string;
  type: 'pair' | 'pooling' | 'bundling';
  groupListingIds: string[];
  score: number;
  components: Record<string, number>;
  reasons: { key: string; values?: Record<string, string | number> }[];
}

/**
 * Replaces a listing's stored suggestions in one transaction. A suggestion that was there before
 * keeps its createdAt (so "new" means new to the firm, not recomputed); the ones that are no longer
 * suggested go. Returns the pairs that are new.
 */
export async function replaceStoredMatches(db: Db, listingId: string, rows: StoredMatchInput[], now: Date): Promise<string[]> {
  return db.transaction(async (tx) => {
    const before = await tx.select({ otherListingId: matches.otherListingId, type: matches.type }).from(matches).where(eq(matches.listingId, listingId));
    const key = (r: { otherListingId: string; type: string }) => `${r.type}|${r.otherListingId}`;
    const keep = new Set(rows.map(key));
    const gone = before.filter((r) => !keep.has(key(r)));
    for (const r of gone) {
      await tx.delete(matches).where(and(eq(matches.listingId, listingId), eq(matches.otherListingId, r.otherListingId), eq(matches.type, r.type)));
    }
    if (rows.length) {
      await tx
        .insert(matches)
        .values(rows.map((r) => ({ listingId, ...r, computedAt: now, createdAt: now })))
        .onConflictDoUpdate({
          target: [matches.listingId, matches.otherListingId, matches.type],
          set: {
            groupListingIds: sql`excluded.group_listing_ids`,
            score: sql`excluded.score`,
            components: sql`excluded.components`,
            reasons: sql`excluded.reasons`,
            computedAt: sql`excluded.computed_at`,
          },
        });
    }
    const had = new Set(before.map(key));
    return rows.filter((r) => r.type === 'pair' && !had.has(key(r))).map((r) => r.otherListingId);
  });
}

export async function deleteStoredMatches(db: Db | Tx, listingId: string) {
  await db.delete(matches).where(eq(matches.listingId, listingId));
}

/** Listings whose stored suggestions mention `listingId` (to recompute them when it changes). */
export async function listingsSuggesting(db: Db | Tx, listingId: string): Promise<string[]> {
  const rows = await queryRows<{ listing_id: string }>(
    db,
    sql`select listing_id from matches where other_listing_id = ${listingId}
      union select listing_id from matches where cardinality(group_listing_ids) > 0 and group_listing_ids @> array[${listingId}]::uuid[]`,
  );
  return rows.map((r) => r.listing_id);
}

/** Ids of open listings, in id order from `after`, for a full refresh in batches. */
export async function openListingIds(db: Db | Tx, params: { after?: string; limit: number; active: SQL }): Promise<string[]> {
  const rows = await db
    .select({ id: listings.id })
    .from(listings)
    .where(and(params.active, params.after ? sql`${listings.id} > ${params.after}` : undefined))
    .orderBy(listings.id)
    .limit(params.limit);
  return rows.map((r) => r.id);
}

export async function listingRefs(db: Db | Tx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: listings.id, ref: listings.ref }).from(listings).where(inArray(listings.id, ids));
  return new Map(rows.map((r) => [r.id, r.ref]));
}

/**
 * Stores the suggestions of many listings at once (a full refresh): upserts keep each surviving
 * suggestion's createdAt, then whatever the batch's listings no longer suggest (not touched by this
 * run's `now`) goes. One transaction per batch; rows travel as one JSON parameter per chunk
 * (json_to_recordset), which is ~5× faster than a multi-row VALUES insert of the same rows and
 * the same on PGlite and PostgreSQL.
 */
export async function storeMatchBatch(db: Db, batch: { listingId: string; rows: StoredMatchInput[] }[], now: Date) {
  if (!batch.length) return;
  const values = batch.flatMap((b) =>
    b.rows.map((r) => ({
      listing_id: b.listingId,
      other_listing_id: r.otherListingId,
      type: r.type,
      group_listing_ids: r.groupListingIds,
      score: r.score,
      components: r.components,
      reasons: r.reasons,
    })),
  );
  const at = now.toISOString();
  await db.transaction(async (tx) => {
    for (let i = 0; i < values.length; i += 5000) {
      await tx.execute(sql`insert into matches (listing_id, other_listing_id, type, group_listing_ids, score, components, reasons, computed_at, created_at)
        select x.listing_id, x.other_listing_id, x.type, x.group_listing_ids, x.score, x.components, x.reasons, ${at}::timestamptz, ${at}::timestamptz
        from json_to_recordset(${JSON.stringify(values.slice(i, i + 5000))}::json)
          as x(listing_id uuid, other_listing_id uuid, type text, group_listing_ids uuid[], score real, components jsonb, reasons jsonb)
        on conflict (listing_id, other_listing_id, type) do update set group_listing_ids = excluded.group_listing_ids, score = excluded.score,
          components = excluded.components, reasons = excluded.reasons, computed_at = excluded.computed_at`);
    }
    await tx.execute(sql`delete from matches where listing_id = any(${uuidArrayParam(batch.map((b) => b.listingId))}) and computed_at < ${at}::timestamptz`);
  });
}

/** Suggestions of listings that are no longer open (paused, closed, expired) or stored by an older
 * run than `before`. */
export async function deleteInactiveMatches(db: Db | Tx, params: { active: SQL; before?: Date }) {
  await db.delete(matches).where(
    sql`${matches.listingId} in (select ${listings.id} from ${listings} where not ${params.active})
      ${params.before ? sql`or ${matches.computedAt} < ${params.before.toISOString()}` : sql``}`,
  );
}

export interface StoredMatchRow {
  listingId: string;
  otherListingId: string;
  type: 'pair' | 'pooling' | 'bundling';
  groupListingIds: string[];
  score: number;
  reasons: { key: string; values?: Record<string, string | number> }[];
  createdAt: Date;
}

/**
 * Stored suggestions of some listings, best first (or newest first), leaving out those the
 * listing's firm marked "not relevant". Partners are NOT checked here: the DAL filters them by
 * what the viewer may see now.
 */
export async function selectStoredMatches(
  db: Db | Tx,
  params: { listingIds: string[]; limit: number; newestFirst?: boolean; since?: Date },
): Promise<StoredMatchRow[]> {
  if (!params.listingIds.length) return [];
  return db
    .select({
      listingId: matches.listingId,
      otherListingId: matches.otherListingId,
      type: matches.type,
      groupListingIds: matches.groupListingIds,
      score: matches.score,
      reasons: matches.reasons,
      createdAt: matches.createdAt,
    })
    .from(matches)
    .innerJoin(listings, eq(listings.id, matches.listingId))
    .where(
      and(
        inArray(matches.listingId, params.listingIds),
        params.since ? sql`${matches.createdAt} >= ${params.since.toISOString()}` : undefined,
        sql`not exists (select 1 from ${matchDismissals} d
          where d.company_id = ${listings.companyId} and d.listing_id = ${matches.listingId} and d.other_listing_id = ${matches.otherListingId})`,
      ),
    )
    .orderBy(...(params.newestFirst ? [sql`${matches.createdAt} desc`, sql`${matches.score} desc`] : [sql`${matches.score} desc`]), matches.otherListingId)
    .limit(params.limit);
}

/** selectStoredMatches for one listing (best first, dismissals left out) as a JSON column of
 * another query: the API reads a listing and its suggestions in one round trip. */
export const storedMatchesJsonSql = (listingId: AnyPgColumn | SQL, companyId: AnyPgColumn | SQL, limit: number) =>
  sql<unknown>`(select coalesce(json_agg(m order by m.score desc, m.other_listing_id), '[]'::json) from (
    select mt.listing_id, mt.other_listing_id, mt.type, mt.group_listing_ids, mt.score, mt.reasons, mt.created_at from matches mt
    where mt.listing_id = ${listingId}
      and not exists (select 1 from ${matchDismissals} d where d.company_id = ${companyId} and d.listing_id = mt.listing_id and d.other_listing_id = mt.other_listing_id)
    order by mt.score desc, mt.other_listing_id limit ${limit}) m)`;

/** The rows of storedMatchesJsonSql. */
export function parseStoredMatchesJson(json: unknown): StoredMatchRow[] {
  const rows = (typeof json === 'string' ? JSON.parse(json) : json) as
    | {
        listing_id: string;
        other_listing_id: string;
        type: StoredMatchRow['type'];
        group_listing_ids: string[] | null;
        score: number;
        reasons: StoredMatchRow['reasons'];
        created_at: string;
      }[]
    | null;
  return (rows ?? []).map((r) => ({
    listingId: r.listing_id,
    otherListingId: r.other_listing_id,
    type: r.type,
    groupListingIds: r.group_listing_ids ?? [],
    score: Number(r.score),
    reasons: r.reasons,
    createdAt: new Date(r.created_at),
  }));
}

/** Whether a recomputation of the listing is queued or running (not one that gave up), as a
 * column of another query. */
export const pendingJobSql = (listingId: SQL | AnyPgColumn | string) =>
  sql<boolean>`exists (select 1 from jobs where type = 'matches.listing' and payload->>'listingId' = ${listingId}::text and attempts < 5 and last_error is null)`;

/** Whether a recomputation of the listing is queued or running (not one that gave up). */
export async function hasPendingJob(db: Db | Tx, listingId: string): Promise<boolean> {
  const [row] = await queryRows<{ pending: boolean }>(db, sql`select ${pendingJobSql(listingId)} as pending`);
  return !!row?.pending;
}

/** Which of `candidates` already suggest `listingId` as a pair (the same pair seen from the other side). */
export async function listingsSuggestingAmong(db: Db | Tx, listingId: string, candidates: string[]): Promise<string[]> {
  if (!candidates.length) return [];
  const rows = await db
    .select({ id: matches.listingId })
    .from(matches)
    .where(and(eq(matches.otherListingId, listingId), eq(matches.type, 'pair'), inArray(matches.listingId, candidates)));
  return rows.map((r) => r.id);
}
