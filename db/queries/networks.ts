// Networks: names, areas and lookups by ref; member counts, membership requests and decisions, staff.
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { companies, companyMembers, networkMemberships, networks, users, type NewNetwork } from '../schema';

/** These networks' (or every network's) refs and names, by name. */
export async function selectNetworkNames(db: Db | Tx, { networkIds }: { networkIds: string[] | 'all' }) {
  return db
    .select({ ref: networks.ref, name: networks.name })
    .from(networks)
    .where(networkIds === 'all' ? undefined : inArray(networks.id, networkIds))
    .orderBy(asc(networks.name));
}

/** These networks' (or every network's) ids, refs and names, by name. */
export async function selectNetworkIdentities(db: Db | Tx, { networkIds }: { networkIds: string[] | 'all' }) {
  return db
    .select({ id: networks.id, ref: networks.ref, name: networks.name })
    .from(networks)
    .where(networkIds === 'all' ? undefined : inArray(networks.id, networkIds))
    .orderBy(asc(networks.name));
}

export async function selectNetworkByRef(db: Db | Tx, { ref }: { ref: string }) {
  const [network] = await db
    .select({ id: networks.id, ref: networks.ref, name: networks.name, country: networks.country })
    .from(networks)
    .where(eq(networks.ref, ref))
    .limit(1);
  return network;
}

/** These networks' (or every network's) centre and radius, by name, at most 200. */
export async function selectNetworkAreas(db: Db | Tx, { networkIds }: { networkIds: string[] | 'all' }) {
  return db
    .select({ ref: networks.ref, name: networks.name, lat: networks.centerLat, lng: networks.centerLng, radiusKm: networks.radiusKm })
    .from(networks)
    .where(networkIds === 'all' ? undefined : inArray(networks.id, networkIds))
    .orderBy(networks.name)
    .limit(200);
}

// ---------------------------------------------------------------- summaries and members

const approvedMember = and(eq(networkMemberships.role, 'member'), eq(networkMemberships.status, 'approved'));

function summaryQuery(db: Db | Tx) {
  const counts = db
    .select({ networkId: networkMemberships.networkId, n: count().as('n') })
    .from(networkMemberships)
    .where(approvedMember)
    .groupBy(networkMemberships.networkId)
    .as('member_counts');
  return db
    .select({
      id: networks.id,
      ref: networks.ref,
      name: networks.name,
      description: networks.description,
      country: networks.country,
      radiusKm: networks.radiusKm,
      memberCount: sql<number>`coalesce(${counts.n}, 0)::int`,
    })
    .from(networks)
    .leftJoin(counts, eq(counts.networkId, networks.id))
    .$dynamic();
}

/** Every network with its approved member-firm count, by name. */
export async function selectNetworkSummaries(db: Db | Tx) {
  return summaryQuery(db).orderBy(asc(networks.name));
}

/** One network with its approved member-firm count. */
export async function selectNetworkSummaryByRef(db: Db | Tx, { ref }: { ref: string }) {
  const [row] = await summaryQuery(db).where(eq(networks.ref, ref)).limit(1);
  return row;
}

/** These firms and their membership status in the network (null: never asked), by name. */
export async function selectFirmStatuses(db: Db | Tx, { networkId, companyIds }: { networkId: string; companyIds: string[] }) {
  return db
    .select({ companyRef: companies.ref, companyName: companies.name, status: networkMemberships.status })
    .from(companies)
    .leftJoin(
      networkMemberships,
      and(eq(networkMemberships.companyId, companies.id), eq(networkMemberships.networkId, networkId), eq(networkMemberships.role, 'member')),
    )
    .where(inArray(companies.id, companyIds))
    .orderBy(asc(companies.name));
}

/** A network's approved member firms' public names, by name. */
/** The network's approved member firms that `visible` (lib/policy companyVisibleSql) lets the
 * reader see: a firm an admin hid is listed only to its own people (and admins). */
export async function selectNetworkMembers(db: Db | Tx, { networkId, visible }: { networkId: string; visible: SQL }) {
  return db
    .select({ companyRef: companies.ref, companyName: companies.name, city: companies.city, since: networkMemberships.decidedAt })
    .from(networkMemberships)
    .innerJoin(companies, eq(companies.id, networkMemberships.companyId))
    .where(and(eq(networkMemberships.networkId, networkId), approvedMember, visible))
    .orderBy(asc(companies.name));
}

// ---------------------------------------------------------------- asking to join, deciding

/** The whole network row by ref. */
export async function selectNetworkRowByRef(db: Db | Tx, { ref }: { ref: string }) {
  const [network] = await db.select().from(networks).where(eq(networks.ref, ref)).limit(1);
  return network;
}

/** The whole company row by ref. */
export async function selectCompanyRowByRef(db: Db | Tx, { ref }: { ref: string }) {
  const [company] = await db.select().from(companies).where(eq(companies.ref, ref)).limit(1);
  return company;
}

/** The firm's member row in the network, whatever its status. */
export async function selectFirmMembership(db: Db | Tx, { networkId, companyId }: { networkId: string; companyId: string }) {
  const [row] = await db
    .select()
    .from(networkMemberships)
    .where(and(eq(networkMemberships.networkId, networkId), eq(networkMemberships.companyId, companyId), eq(networkMemberships.role, 'member')))
    .limit(1);
  return row;
}

type RequestValues = { status: 'pending'; message: string | null; requestedById: string; decidedById: null; decidedAt: null };

/** Asks again on an existing (declined) member row. */
export async function renewMembershipRequest(db: Db | Tx, { id, values }: { id: string; values: RequestValues }) {
  await db.update(networkMemberships).set(values).where(eq(networkMemberships.id, id));
}

/** A firm's first request to join. */
export async function insertMembershipRequest(db: Db | Tx, { networkId, companyId, values }: { networkId: string; companyId: string; values: RequestValues }) {
  await db.insert(networkMemberships).values({ networkId, role: 'member', companyId, ...values });
}

/** Pending firm requests in these networks (every network when 'all'), oldest first. */
export async function selectPendingRequests(db: Db | Tx, { networkIds }: { networkIds: string[] | 'all' }) {
  return db
    .select({
      membershipId: networkMemberships.id,
      networkName: networks.name,
      companyRef: companies.ref,
      companyName: companies.name,
      nace: companies.nace,
      city: companies.city,
      message: networkMemberships.message,
      requestedByName: users.name,
      requestedAt: networkMemberships.updatedAt,
    })
    .from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .innerJoin(companies, eq(companies.id, networkMemberships.companyId))
    .leftJoin(users, eq(users.id, networkMemberships.requestedById))
    .where(
      and(
        eq(networkMemberships.role, 'member'),
        eq(networkMemberships.status, 'pending'),
        networkIds === 'all' ? undefined : inArray(networkMemberships.networkId, networkIds),
      ),
    )
    .orderBy(asc(networkMemberships.updatedAt));
}

/** How many firm requests are pending in these networks (every network when 'all'). */
export async function countPendingRequests(db: Db | Tx, { networkIds }: { networkIds: string[] | 'all' }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(networkMemberships)
    .where(
      and(
        eq(networkMemberships.role, 'member'),
        eq(networkMemberships.status, 'pending'),
        networkIds === 'all' ? undefined : inArray(networkMemberships.networkId, networkIds),
      ),
    );
  return row?.n ?? 0;
}

/** A network's approved facilitators and municipality contacts, by role and name. */
export async function selectNetworkStaff(db: Db | Tx, { networkId }: { networkId: string }) {
  return db
    .select({ name: users.name, email: users.email, role: networkMemberships.role })
    .from(networkMemberships)
    .innerJoin(users, eq(users.id, networkMemberships.userId))
    .where(
      and(
        eq(networkMemberships.networkId, networkId),
        inArray(networkMemberships.role, ['facilitator', 'municipality']),
        eq(networkMemberships.status, 'approved'),
      ),
    )
    .orderBy(asc(networkMemberships.role), asc(users.name));
}

/** A firm's membership request with its network and firm names. */
export async function selectMembershipRequest(db: Db | Tx, { membershipId }: { membershipId: string }) {
  const [row] = await db
    .select({ membership: networkMemberships, networkName: networks.name, networkRef: networks.ref, companyName: companies.name })
    .from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .innerJoin(companies, eq(companies.id, networkMemberships.companyId))
    .where(and(eq(networkMemberships.id, membershipId), eq(networkMemberships.role, 'member')))
    .limit(1);
  return row;
}

/** Decides a request if it is still pending; false when someone else decided first. */
export async function decidePendingMembership(
  db: Db | Tx,
  { membershipId, status, decidedById }: { membershipId: string; status: 'approved' | 'declined'; decidedById: string },
): Promise<boolean> {
  const updated = await db
    .update(networkMemberships)
    .set({ status, decidedById, decidedAt: new Date() })
    .where(and(eq(networkMemberships.id, membershipId), eq(networkMemberships.status, 'pending')))
    .returning({ id: networkMemberships.id });
  return updated.length > 0;
}

/** A firm's people with their e-mail and language (for notices about the firm). */
export async function selectCompanyPeople(db: Db | Tx, { companyId }: { companyId: string }) {
  return db
    .select({ userId: users.id, email: users.email, locale: users.locale })
    .from(companyMembers)
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(eq(companyMembers.companyId, companyId));
}

// ---------------------------------------------------------------- platform admin

export async function insertNetwork(db: Db | Tx, values: Omit<NewNetwork, 'id'>): Promise<{ ref: string }> {
  const [row] = await db.insert(networks).values(values).returning({ ref: networks.ref });
  return row!;
}

export async function networkExists(db: Db | Tx, { id }: { id: string }): Promise<boolean> {
  const [network] = await db.select({ id: networks.id }).from(networks).where(eq(networks.id, id)).limit(1);
  return !!network;
}

/** The id of the user with this (lower-case) e-mail address. */
export async function userIdByEmail(db: Db | Tx, { email }: { email: string }): Promise<string | undefined> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  return user?.id;
}

/** Makes the user staff (facilitator or municipality) of the network, approved; again is harmless. */
export async function upsertStaffMembership(
  db: Db | Tx,
  { networkId, role, userId, decidedById }: { networkId: string; role: 'facilitator' | 'municipality'; userId: string; decidedById: string },
) {
  await db
    .insert(networkMemberships)
    .values({ networkId, role, userId, status: 'approved', decidedById, decidedAt: new Date() })
    .onConflictDoUpdate({
      target: [networkMemberships.networkId, networkMemberships.userId, networkMemberships.role],
      targetWhere: sql`${networkMemberships.role} <> 'member'`,
      set: { status: 'approved', decidedById, decidedAt: new Date() },
    });
}
