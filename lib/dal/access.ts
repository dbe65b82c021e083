import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { listings } from '@/db/schema';
import type { Viewer } from './viewer';

// The one definition of who may see a listing, as SQL so that every query (browse, search, map,
// matching, API) filters in the database rather than after the fact.
//   public        → anyone
//   network       → approved members (and facilitators) of a network the listing's firm belongs to
//   facilitators  → that network's facilitators
//   always        → the owning firm; a platform admin (moderation)
// Municipality staff see only public listings' text; their aggregates come from their own DAL.

const uuidArray = (ids: string[]) =>
  ids.length === 0 ? sql`array[]::uuid[]` : sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;

function firmInNetworks(companyIdColumn: SQL | typeof listings.companyId, networkIds: string[]): SQL {
  if (networkIds.length === 0) return sql`false`;
  return sql`exists (select 1 from network_memberships nm
    where nm.company_id = ${companyIdColumn} and nm.role = 'member' and nm.status = 'approved'
      and nm.network_id = any(${uuidArray(networkIds)}))`;
}

export function listingVisibleSql(viewer: Viewer | null, table: { companyId: typeof listings.companyId; visibility: typeof listings.visibility } = listings): SQL {
  if (!viewer) return sql`${table.visibility} = 'public'`;
  if (viewer.isAdmin) return sql`true`;
  const networkIds = [...new Set([...viewer.memberNetworkIds, ...viewer.facilitatorNetworkIds])];
  const own = viewer.companyIds.length
    ? sql`${table.companyId} = any(${uuidArray(viewer.companyIds)})`
    : sql`false`;
  return sql`(${table.visibility} = 'public'
    or ${own}
    or (${table.visibility} = 'network' and ${firmInNetworks(table.companyId, networkIds)})
    or (${table.visibility} = 'facilitators' and ${firmInNetworks(table.companyId, viewer.facilitatorNetworkIds)}))`;
}

/**
 * listingVisibleSql decided in memory, for rows already loaded with their firm's approved member
 * networks (a full matching refresh ranks a whole area's listings without a query per listing).
 * The same rule, kept next to it and tested against it on the same rows.
 */
export function listingVisibleTo(viewer: Viewer | null, l: { companyId: string; visibility: string; firmNetworkIds: readonly string[] }): boolean {
  if (l.visibility === 'public') return true;
  if (!viewer) return false;
  if (viewer.isAdmin || viewer.companyIds.includes(l.companyId)) return true;
  if (l.visibility === 'network') return sharesNetwork(l.firmNetworkIds, viewer.memberNetworkIds) || sharesNetwork(l.firmNetworkIds, viewer.facilitatorNetworkIds);
  if (l.visibility === 'facilitators') return sharesNetwork(l.firmNetworkIds, viewer.facilitatorNetworkIds);
  return false;
}

function sharesNetwork(a: readonly string[], b: readonly string[]): boolean {
  for (const n of a) if (b.includes(n)) return true;
  return false;
}

/** Open and not expired: what browse, search, map and matching show as available. */
export function listingActiveSql(now: Date = new Date(), l: Pick<typeof listings, 'status' | 'expiresAt'> = listings): SQL {
  return sql`(${l.status} = 'open' and (${l.expiresAt} is null or ${l.expiresAt} > ${now.toISOString()}))`;
}

export { uuidArray };
