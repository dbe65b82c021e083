// SQL for showing a listing's stored suggestions (lib/dal/matches): the listing with its suggestions
// and the suggested listings in one round trip, the firm's open listings, and "not relevant". Who may
// see what is not decided here: the caller passes the rules of lib/policy/listings in.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../client';
import { companies, listings, matchDismissals, matches } from '../schema';
import { uuidArray } from '../sql';
import { listingRowsJsonSql, parseListingRowsJson, selectListingRows, type ListingRow } from './listings';
import { parseStoredMatchesJson, pendingJobSql, storedMatchesJsonSql, type StoredMatchRow } from './matching';

// The suggested listings read inside the source's query (aliases: the outer query reads listings).
// Typed as the tables themselves: the shared column builders take the tables' column types.
const partner = alias(listings, 'partner') as unknown as typeof listings;
const partnerFirm = alias(companies, 'partner_firm') as unknown as typeof companies;

export interface MatchSourceRow {
  id: string;
  ref: string;
  title: string;
  kind: (typeof listings.$inferSelect)['kind'];
  companyId: string;
  /** A recomputation is queued or running (hasPendingJob). */
  pending: boolean;
  /** With `stored`: the stored suggestions, best first. */
  stored: StoredMatchRow[];
  /** With `stored`: the suggested listings that pass `partnerConditions`. */
  partners: ListingRow[];
}

/** The listing with this ref if it passes `visible`; with `stored`, its stored suggestions (best
 * first, at most that many) and the suggested listings that pass `partnerConditions` (given the
 * partner table), with their distances from the first of `originCompanyIds` that has a location. */
export async function matchSourceByRef(
  db: Db | Tx,
  params: {
    ref: string;
    visible: SQL;
    stored?: number;
    partnerConditions?: (partner: typeof listings) => SQL[];
    originCompanyIds: string[];
  },
): Promise<MatchSourceRow | undefined> {
  const ids = params.originCompanyIds;
  const originSql = (column: 'lat' | 'lng') =>
    ids.length
      ? sql<number | null>`(select c.${sql.raw(column)} from companies c where c.id = any(${uuidArray(ids)}) and c.lat is not null and c.lng is not null
          order by array_position(${uuidArray(ids)}, c.id) limit 1)`
      : sql<number | null>`null::float8`;
  const [source] = await db
    .select({
      id: listings.id,
      ref: listings.ref,
      title: listings.title,
      kind: listings.kind,
      companyId: listings.companyId,
      // Written out: drizzle leaves columns unqualified in a one-table select, and inside these
      // subqueries "id" would name the subquery's own table.
      pending: pendingJobSql(sql`"listings"."id"`),
      stored: params.stored ? storedMatchesJsonSql(sql`"listings"."id"`, sql`"listings"."company_id"`, params.stored) : sql<unknown>`null`,
      partners: params.stored
        ? listingRowsJsonSql(
            { l: partner, c: partnerFirm },
            and(
              sql`${partner.id} in (select m.other_listing_id from ${matches} m where m.listing_id = "listings"."id"
                union all select unnest(m.group_listing_ids) from ${matches} m where m.listing_id = "listings"."id")`,
              ...(params.partnerConditions?.(partner) ?? []),
            )!,
            // Distances from the viewer's firm, as the origin columns above find it.
            ids.length ? { lat: originSql('lat'), lng: originSql('lng') } : null,
          )
        : sql<unknown>`null`,
    })
    .from(listings)
    .where(and(eq(listings.ref, params.ref), params.visible))
    .limit(1);
  if (!source) return undefined;
  return {
    ...source,
    stored: params.stored ? parseStoredMatchesJson(source.stored) : [],
    partners: params.stored ? parseListingRowsJson(source.partners) : [],
  };
}

/** The listings with these ids that pass `conditions` (visibility, activity). */
export async function listingRowsByIds(
  db: Db | Tx,
  params: { ids: string[]; conditions: SQL[]; origin: Parameters<typeof selectListingRows>[1]['origin'] },
): Promise<ListingRow[]> {
  return selectListingRows(db, { where: and(inArray(listings.id, params.ids), ...params.conditions), origin: params.origin, limit: params.ids.length });
}

/** These firms' listings that pass `active` (lib/policy/listings). */
export async function companiesActiveListings(db: Db | Tx, params: { companyIds: string[]; active: SQL }) {
  return db
    .select({ id: listings.id, ref: listings.ref, title: listings.title, kind: listings.kind })
    .from(listings)
    .where(and(inArray(listings.companyId, params.companyIds), params.active));
}

/** The id of the listing with this ref, if it passes `visible`. */
export async function visibleListingId(db: Db | Tx, params: { ref: string; visible: SQL }): Promise<string | null> {
  const [row] = await db
    .select({ id: listings.id })
    .from(listings)
    .where(and(eq(listings.ref, params.ref), params.visible))
    .limit(1);
  return row?.id ?? null;
}

/** "Not relevant" for a firm's listing and a partner (kept when already there). */
export async function insertMatchDismissal(db: Db | Tx, params: { companyId: string; listingId: string; otherListingId: string; dismissedById: string }) {
  await db.insert(matchDismissals).values(params).onConflictDoNothing();
}

/** Undoes "not relevant". */
export async function deleteMatchDismissal(db: Db | Tx, params: { companyId: string; listingId: string; otherListingId: string }) {
  await db
    .delete(matchDismissals)
    .where(
      and(
        eq(matchDismissals.companyId, params.companyId),
        eq(matchDismissals.listingId, params.listingId),
        eq(matchDismissals.otherListingId, params.otherListingId),
      ),
    );
}
