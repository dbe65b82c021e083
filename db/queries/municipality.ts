// SQL for the municipality's figures: counts only. Who may ask is decided in lib/dal/municipality;
// nothing here selects a name, a listing's text or an outcome's summary. Months are 'YYYY-MM' in
// the given time zone; `from` (a month, inclusive) limits a series to the period asked for.
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../client';
import { companies, listings, networkMemberships, networks } from '../schema';

type Conn = Db | Tx;

export interface MonthRow {
  month: string;
  n: number;
}

/** The company (by its id column) is an approved member firm of the network. */
function memberFirmSql(networkId: string, companyId: SQL): SQL {
  return sql`exists (select 1 from network_memberships nm
    where nm.company_id = ${companyId} and nm.network_id = ${networkId}
      and nm.role = 'member' and nm.status = 'approved')`;
}

const monthOf = (column: SQL, timeZone: string) => sql`to_char(${column} at time zone ${timeZone}, 'YYYY-MM')`;

const sinceSql = (month: SQL, from: string | null) => (from ? sql`and ${month} >= ${from}` : sql``);

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
    .where(and(params.active, memberFirmSql(params.networkId, sql`${listings.companyId}`)))
    .groupBy(listings.companyId, listings.kind, listings.category);
}

/** Listings created by the member firms, per month (whatever has become of them since). */
export async function listingsCreatedPerMonth(db: Conn, p: { networkId: string; timeZone: string; from: string | null }) {
  const month = monthOf(sql`l.created_at`, p.timeZone);
  return queryRows<MonthRow>(
    db,
    sql`select ${month} as month, count(*)::int as n from listings l
        where ${memberFirmSql(p.networkId, sql`l.company_id`)} ${sinceSql(month, p.from)}
        group by 1`,
  );
}

/**
 * Match suggestions between two member firms' listings, per month. A pair can be stored twice
 * (A→B and B→A, and as part of a pooling or bundling group): each unordered pair counts once, in
 * the month it was first suggested.
 */
export async function matchesPerMonth(db: Conn, p: { networkId: string; timeZone: string; from: string | null }) {
  const month = monthOf(sql`pairs.first_at`, p.timeZone);
  return queryRows<MonthRow>(
    db,
    sql`select ${month} as month, count(*)::int as n
        from (select least(m.listing_id, m.other_listing_id) as a, greatest(m.listing_id, m.other_listing_id) as b,
                     min(m.created_at) as first_at
              from matches m
              join listings l1 on l1.id = m.listing_id
              join listings l2 on l2.id = m.other_listing_id
              where ${memberFirmSql(p.networkId, sql`l1.company_id`)} and ${memberFirmSql(p.networkId, sql`l2.company_id`)}
              group by 1, 2) pairs
        where true ${sinceSql(month, p.from)}
        group by 1`,
  );
}

/** Introductions accepted in the network, per month of the answer. */
export async function acceptedIntroductionsPerMonth(db: Conn, p: { networkId: string; timeZone: string; from: string | null }) {
  const month = monthOf(sql`coalesce(i.responded_at, i.updated_at)`, p.timeZone);
  return queryRows<MonthRow>(
    db,
    sql`select ${month} as month, count(*)::int as n from introductions i
        where i.status = 'accepted'
          and (i.network_id = ${p.networkId}
               or (i.network_id is null and ${memberFirmSql(p.networkId, sql`i.from_company_id`)}
                   and ${memberFirmSql(p.networkId, sql`i.to_company_id`)}))
          ${sinceSql(month, p.from)}
        group by 1`,
  );
}

/** Recorded results per month (of when it happened, else when it was recorded) and kind. */
export async function outcomesPerMonth(db: Conn, p: { networkId: string; timeZone: string; from: string | null }) {
  const month = sql`coalesce(to_char(o.occurred_on, 'YYYY-MM'), ${monthOf(sql`o.created_at`, p.timeZone)})`;
  return queryRows<MonthRow & { kind: string }>(
    db,
    sql`select ${month} as month, o.kind as kind, count(*)::int as n from outcomes o
        where o.network_id = ${p.networkId} ${sinceSql(month, p.from)}
        group by 1, 2`,
  );
}

/** Network meetings that have taken place, per month. */
export async function meetingsHeldPerMonth(db: Conn, p: { networkId: string; timeZone: string; from: string | null; now: Date }) {
  const month = monthOf(sql`mt.starts_at`, p.timeZone);
  return queryRows<MonthRow>(
    db,
    sql`select ${month} as month, count(*)::int as n from meetings mt
        where mt.network_id = ${p.networkId} and mt.starts_at <= ${p.now.toISOString()} ${sinceSql(month, p.from)}
        group by 1`,
  );
}
