// The front page's figures (lib/dal/home.ts). Listing counts and the newest listings take the
// reader's visibility and activity conditions (`rules`, from lib/policy) so that nothing hidden is counted.
import { and, asc, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../client';
import { companies, listings, meetings, networks, type ListingCategory, type ListingKind } from '../schema';

export async function selectNetworksByName(db: Db | Tx) {
  return db
    .select({
      id: networks.id,
      ref: networks.ref,
      name: networks.name,
      description: networks.description,
      locale: networks.locale,
      radiusKm: networks.radiusKm,
    })
    .from(networks)
    .orderBy(networks.name);
}

/** Approved member firms per network. */
export async function countMemberFirms(db: Db | Tx) {
  return queryRows<{ network_id: string; n: number }>(
    db,
    sql`select network_id, count(*)::int as n from network_memberships
        where role = 'member' and status = 'approved' group by network_id`,
  );
}

/** Approved member firms per network and town, most first. */
export async function countMemberTowns(db: Db | Tx) {
  return queryRows<{ network_id: string; city: string; n: number }>(
    db,
    sql`select nm.network_id, c.city, count(*)::int as n
        from network_memberships nm join companies c on c.id = nm.company_id
        where nm.role = 'member' and nm.status = 'approved' and c.city is not null
        group by nm.network_id, c.city order by n desc, c.city`,
  );
}

/** Listings passing all of `rules` (lib/policy: visibility, activity) per network, category and kind: a listing counts in every network its
 * firm is an approved member of. */
export async function countListingsByNetwork(db: Db | Tx, { rules }: { rules: SQL[] }) {
  const visible = and(...rules);
  return queryRows<{ network_id: string; category: ListingCategory; kind: ListingKind; n: number }>(
    db,
    sql`select nm.network_id, ${listings.category} as category, ${listings.kind} as kind, count(*)::int as n
        from ${listings}
        join network_memberships nm on nm.company_id = ${listings.companyId} and nm.role = 'member' and nm.status = 'approved'
        where ${visible}
        group by nm.network_id, ${listings.category}, ${listings.kind}`,
  );
}

/** The newest listings passing all of `rules`. */
export async function selectNewestListings(db: Db | Tx, { rules, limit }: { rules: SQL[]; limit: number }) {
  return db
    .select({
      ref: listings.ref,
      kind: listings.kind,
      category: listings.category,
      title: listings.title,
      language: listings.language,
      companyName: companies.name,
      city: companies.city,
      createdAt: listings.createdAt,
    })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(and(...rules))
    .orderBy(desc(listings.createdAt))
    .limit(limit);
}

/** The next meeting after `now` of each of these networks (of every network for 'all'). */
export async function selectNextMeetings(db: Db | Tx, { networkIds, now }: { networkIds: string[] | 'all'; now: Date }) {
  return db
    .selectDistinctOn([meetings.networkId], {
      networkId: meetings.networkId,
      title: meetings.title,
      startsAt: meetings.startsAt,
      place: meetings.place,
      hostName: companies.name,
      challenge: meetings.challenge,
    })
    .from(meetings)
    .leftJoin(companies, eq(companies.id, meetings.hostCompanyId))
    .where(and(gt(meetings.startsAt, now), networkIds === 'all' ? undefined : inArray(meetings.networkId, networkIds)))
    .orderBy(meetings.networkId, asc(meetings.startsAt));
}
