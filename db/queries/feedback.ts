// What a network's members did with earlier suggestions, as counts per network and pair of listing
// kinds/categories (lib/matching/feedback.ts turns them into a bounded ranking factor). Only counts
// leave this query: never a listing, a firm or a text. A dismissal counts in the networks the
// dismissing firm is an approved member of; an introduction and a result in their own network.
import { sql, type SQL } from 'drizzle-orm';
import type { ListingCategory, ListingKind } from '../schema';
import { queryRows, type Db, type Tx } from '../client';

export interface FeedbackRow {
  networkId: string;
  aKind: ListingKind;
  aCategory: ListingCategory;
  bKind: ListingKind;
  bCategory: ListingCategory;
  dismissed: number;
  declined: number;
  accepted: number;
  results: number;
}

const uuidSqlArray = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

interface RawRow {
  network_id: string;
  a_kind: ListingKind;
  a_category: ListingCategory;
  b_kind: ListingKind;
  b_category: ListingCategory;
  dismissed: number | string;
  declined: number | string;
  accepted: number | string;
  results: number | string;
}

/** Feedback counts for the given networks (all networks when `networkIds` is omitted: a full
 * refresh loads them once). */
export async function selectNetworkFeedback(db: Db | Tx, params: { networkIds?: readonly string[] } = {}): Promise<FeedbackRow[]> {
  if (params.networkIds && !params.networkIds.length) return [];
  const scope = (column: SQL): SQL => (params.networkIds ? sql`${column} = any(${uuidSqlArray(params.networkIds)})` : sql`true`);
  const rows = await queryRows<RawRow>(
    db,
    sql`with signals as (
      select nm.network_id, d.listing_id as a, d.other_listing_id as b, 1 as dismissed, 0 as declined, 0 as accepted, 0 as results
        from match_dismissals d
        join network_memberships nm on nm.company_id = d.company_id and nm.role = 'member' and nm.status = 'approved'
        where ${scope(sql`nm.network_id`)}
      union all
      select i.network_id, i.from_listing_id, i.to_listing_id, 0, (i.status = 'declined')::int, (i.status = 'accepted')::int, 0
        from introductions i
        where i.network_id is not null and i.from_listing_id is not null and i.to_listing_id is not null
          and i.status in ('declined', 'accepted') and ${scope(sql`i.network_id`)}
      union all
      select o.network_id, i.from_listing_id, i.to_listing_id, 0, 0, 0, 1
        from outcomes o join introductions i on i.id = o.introduction_id
        where o.kind <> 'none' and i.from_listing_id is not null and i.to_listing_id is not null and ${scope(sql`o.network_id`)}
    )
    select s.network_id, la.kind as a_kind, la.category as a_category, lb.kind as b_kind, lb.category as b_category,
      sum(s.dismissed) as dismissed, sum(s.declined) as declined, sum(s.accepted) as accepted, sum(s.results) as results
    from signals s join listings la on la.id = s.a join listings lb on lb.id = s.b
    group by 1, 2, 3, 4, 5`,
  );
  return rows.map((r) => ({
    networkId: r.network_id,
    aKind: r.a_kind,
    aCategory: r.a_category,
    bKind: r.b_kind,
    bCategory: r.b_category,
    dismissed: Number(r.dismissed),
    declined: Number(r.declined),
    accepted: Number(r.accepted),
    results: Number(r.results),
  }));
}
