// Networks: names, areas and lookups by ref.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { networks } from '../schema';

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
