// SQL for the municipality's figures: counts only. Who may ask is decided in lib/dal/municipality;
// nothing here selects a name, a listing's text or an outcome's summary. Months are 'YYYY-MM' in
// the given time zone; `from` (a month, inclusive) limits a series to the period asked for.
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../client';
import { companies, listings, networkMemberships, networks } from '../schema';

type Conn = Db | Tx;

/** A count of one month, with the one or two firms behind it. */
export interface MonthRow {
  month: string;
  firm_a: string;
  firm_b: string | null;
  n: number;
}

/** The network's approved member firms, as a subquery to join (a hash join, not a probe per row). */
const membersSql = (networkId: string) =>
  sql`(select company_id from network_memberships
       where network_id = ${networkId} and role = 'member' and status = 'approved')`;

/** The first instant of the row's month in the time zone (a local timestamp), for grouping. */
const bucketOf = (column: SQL, timeZone: string) => sql`date_trunc('month', ${column} at time zone ${timeZone})`;

/** Rows from `from` ('YYYY-MM') on; everything when null. */
const sinceSql = (bucket: SQL, from: string | null) => (from ? sql`and ${bucket} >= ${`${from}-01`}::timestamp` : sql``);

/**
 * Groups (bucket, firm_a, firm_b, n) rows into 'YYYY-MM' months: to_char runs once per group, not
 * per row. firm_a/firm_b are the firms behind the counted things (for the small-count rule; they
 * never leave lib/dal), firm_b null when one firm stands behind them.
 */
const perMonth = (inner: SQL) =>
  sql`select to_char(b.bucket, 'YYYY-MM') as month, b.firm_a::text as firm_a, b.firm_b::text as firm_b, b.n::int as n from (${inner}) b`;

/**
 * Stands for the firms of things no firm is recorded for (an outcome without an introduction or
 * host, a meeting without a host): all of them together count as one firm, so they never make a
 * figure look backed by more firms than it is.
 */
export const UNATTRIBUTED_FIRM = '~unattributed';

/** Networks by id ('all' for a platform admin), by name. */
export async function networksByIds(db: Conn, ids: string[] | 'all') {
  if (ids !== 'all' && ids.length === 0) return [];
  return db
    .select({ id: networks.id, ref: networks.ref, name: networks.name, country: networks.country })
    .from(networks)
    .where(ids === 'all' ? undefined : inArray(networks.id, ids))
    .orderBy(asc(networks.name));
}

/** The network's approved member firms: where they are and what they do (no names). */
export async function memberFirms(db: Conn, params: { networkId: string }) {
  return db
    .select({ id: companies.id, country: companies.country, postcode: companies.postcode, nace: companies.nace })
    .from(companies)
    .innerJoin(
      networkMemberships,
      and(
        eq(networkMemberships.companyId, companies.id),
        eq(networkMemberships.networkId, params.networkId),
        eq(networkMemberships.role, 'member'),
        eq(networkMemberships.status, 'approved'),
      ),
    );
}

/** Open listings of the member firms, counted per firm, kind and category (every visibility). */
export async function activeListingCounts(db: Conn, params: { networkId: string; active: SQL }) {
  return db
    .select({ companyId: listings.companyId, kind: listings.kind, category: listings.category, n: count() })
    .from(listings)
    .innerJoin(
      networkMemberships,
      and(
        eq(networkMemberships.companyId, listings.companyId),
        eq(networkMemberships.networkId, params.networkId),
        eq(networkMemberships.role, 'member'),
        eq(networkMemberships.status, 'approved'),
      ),
    )
    .where(params.active)
    .groupBy(listings.companyId, listings.kind, listings.category);
}

/** Listings created by the member firms, per month (whatever has become of them since). */
export async function listingsCreatedPerMonth(db: Conn, p: { networkId: string; timeZone: string; from: string | null }) {
  const bucket = bucketOf(sql`l.created_at`, p.timeZone);
  return queryRows<MonthRow>(
    db,
    perMonth(sql`select ${bucket} as bucket, l.company_id as firm_a, null as firm_b, count(*) as n
      from listings l join ${membersSql(p.networkId)} m on m.company_id = l.company_id
      where true ${sinceSql(bucket, p.from)}
      group by 1, 2`),
  );
}

/**
 * Match suggestions between two member firms' listings, per month. A pair can be stored twice
 * (A→B and B→A, and as part of a pooling or bundling group): each unordered pair counts once, in
 * the month it was first suggested.
 */
export async function matchesPerMonth(db: Conn, p: { networkId: string; timeZone: string; from: string | null }) {
  const bucket = bucketOf(sql`pairs.first_at`, p.timeZone);
  return queryRows<MonthRow>(
    db,
    perMonth(sql`select ${bucket} as bucket, least(pairs.ca, pairs.cb) as firm_a, greatest(pairs.ca, pairs.cb) as firm_b, count(*) as n
      from (select least(m.listing_id, m.other_listing_id) as a, greatest(m.listing_id, m.other_listing_id) as b,
                   min(l1.company_id::text) as ca, min(l2.company_id::text) as cb, min(m.created_at) as first_at
            from matches m
            join listings l1 on l1.id = m.listing_id
            join listings l2 on l2.id = m.other_listing_id
            join ${membersSql(p.networkId)} m1 on m1.company_id = l1.company_id
            join ${membersSql(p.networkId)} m2 on m2.company_id = l2.company_id
            group by 1, 2) pairs
      where true ${sinceSql(bucket, p.from)}
      group by 1, 2, 3`),
  );
}

/** Introductions accepted in the network, per month of the answer. */
export async function acceptedIntroductionsPerMonth(db: Conn, p: { networkId: string; timeZone: string; from: string | null }) {
  const bucket = bucketOf(sql`coalesce(i.responded_at, i.updated_at)`, p.timeZone);
  return queryRows<MonthRow>(
    db,
    perMonth(sql`select ${bucket} as bucket, least(i.from_company_id::text, i.to_company_id::text) as firm_a,
             greatest(i.from_company_id::text, i.to_company_id::text) as firm_b, count(*) as n
      from introductions i
      where i.status = 'accepted'
        and (i.network_id = ${p.networkId}
             or (i.network_id is null and i.from_company_id in ${membersSql(p.networkId)}
                 and i.to_company_id in ${membersSql(p.networkId)}))
        ${sinceSql(bucket, p.from)}
      group by 1, 2, 3`),
  );
}

/**
 * Recorded results per month (of when it happened, else when it was recorded) and kind, with the
 * firms behind each: the introduction's two firms, else the meeting's host, else UNATTRIBUTED_FIRM.
 */
export async function outcomesPerMonth(db: Conn, p: { networkId: string; timeZone: string; from: string | null }) {
  const bucket = sql`coalesce(date_trunc('month', o.occurred_on::timestamp), ${bucketOf(sql`o.created_at`, p.timeZone)})`;
  return queryRows<MonthRow & { kind: string }>(
    db,
    sql`select to_char(b.bucket, 'YYYY-MM') as month, b.kind, b.firm_a, b.firm_b, b.n::int as n
        from (select ${bucket} as bucket, o.kind as kind,
                     coalesce(least(i.from_company_id::text, i.to_company_id::text), mt.host_company_id::text, ${UNATTRIBUTED_FIRM}) as firm_a,
                     greatest(i.from_company_id::text, i.to_company_id::text) as firm_b,
                     count(*) as n
              from outcomes o
              left join introductions i on i.id = o.introduction_id
              left join meetings mt on mt.id = o.meeting_id
              where o.network_id = ${p.networkId} ${sinceSql(bucket, p.from)}
              group by 1, 2, 3, 4) b`,
  );
}

/** Network meetings that have taken place, per month, with the host firm behind each. */
export async function meetingsHeldPerMonth(db: Conn, p: { networkId: string; timeZone: string; from: string | null; now: Date }) {
  const bucket = bucketOf(sql`mt.starts_at`, p.timeZone);
  return queryRows<MonthRow>(
    db,
    perMonth(sql`select ${bucket} as bucket, coalesce(mt.host_company_id::text, ${UNATTRIBUTED_FIRM}) as firm_a, null as firm_b, count(*) as n
      from meetings mt
      where mt.network_id = ${p.networkId} and mt.starts_at <= ${p.now.toISOString()} ${sinceSql(bucket, p.from)}
      group by 1, 2`),
  );
}
