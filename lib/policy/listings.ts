import 'server-only';
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { companies, listings } from '@/db/schema';
import { uuidArray } from '@/db/sql';
import { firmApprovedSql, firmApplicantOfSql } from './companies';
import type { Audience, Viewer } from './viewer';

// The one definition of who may see a listing, as SQL so that every query (browse, search, map,
// matching, API) filters in the database rather than after the fact.
//   public        → anyone, once a network has approved the firm (firmApprovedSql): until then a
//                   firm's listings, like its name, are shown only to its own people, platform admins
//                   and the facilitators of a network it has applied to — nobody can sign up and
//                   publish under a copy of a real firm's name
//   network       → approved members (and facilitators) of a network the listing's firm belongs to
//   facilitators  → that network's facilitators
//   always        → the owning firm; a platform admin (moderation)
//   hidden        → a listing an admin hid, or any listing of a hidden firm, is seen only by the
//                   owning firm (which is shown the reason) and admins: listingShownSql below
// Municipality staff see only public listings' text; their aggregates come from their own DAL.

function firmInNetworks(companyIdColumn: SQL | AnyColumn, networkIds: readonly string[]): SQL {
  if (networkIds.length === 0) return sql`false`;
  return sql`exists (select 1 from network_memberships nm
    where nm.company_id = ${companyIdColumn} and nm.role = 'member' and nm.status = 'approved'
      and nm.network_id = any(${uuidArray(networkIds)}))`;
}

type ListingColumns = { companyId: typeof listings.companyId; visibility: typeof listings.visibility; hiddenAt: typeof listings.hiddenAt };

export function listingVisibleSql(audience: Audience | null, table: ListingColumns = listings): SQL {
  return sql`(${listingAudienceSql(audience, table)} and ${listingShownSql(audience, table)})`;
}

/**
 * Moderation, apart from the audience rule: not hidden by an admin, neither the listing nor its firm
 * (the few hidden firms are read once per statement, an uncorrelated subquery on a partial index),
 * unless the audience is the owning firm or an admin.
 */
export function listingShownSql(audience: Audience | null, table: ListingColumns = listings): SQL {
  if (audience?.isAdmin) return sql`true`;
  const shown = sql`(${table.hiddenAt} is null and ${table.companyId} <> all(array(select hc.id from companies hc where hc.hidden_at is not null)))`;
  if (!audience?.companyIds.length) return shown;
  return sql`(${shown} or ${table.companyId} = any(${uuidArray(audience.companyIds)}))`;
}

function listingAudienceSql(audience: Audience | null, table: ListingColumns): SQL {
  if (!audience) return sql`(${table.visibility} = 'public' and ${firmApprovedSql(table.companyId)})`;
  if (audience.isAdmin) return sql`true`;
  const networkIds = [...new Set([...audience.memberNetworkIds, ...audience.facilitatorNetworkIds])];
  const own = audience.companyIds.length ? sql`${table.companyId} = any(${uuidArray(audience.companyIds)})` : sql`false`;
  const publicFirm = audience.facilitatorNetworkIds.length
    ? sql`(${firmApprovedSql(table.companyId)} or ${firmApplicantOfSql(table.companyId, audience.facilitatorNetworkIds)})`
    : firmApprovedSql(table.companyId);
  return sql`((${table.visibility} = 'public' and ${publicFirm})
    or ${own}
    or (${table.visibility} = 'network' and ${firmInNetworks(table.companyId, networkIds)})
    or (${table.visibility} = 'facilitators' and ${firmInNetworks(table.companyId, audience.facilitatorNetworkIds)}))`;
}

/**
 * listingVisibleSql decided in memory, for rows already loaded with their firm's approved member
 * networks (a full matching refresh ranks a whole area's listings without a query per listing) and,
 * when the audience facilitates networks, the networks the firm has applied to (pending).
 * The same rule, kept next to it and tested against it on the same rows.
 */
export function listingVisibleTo(
  audience: Audience | null,
  l: {
    companyId: string;
    visibility: string;
    firmNetworkIds: readonly string[];
    firmPendingNetworkIds?: readonly string[];
    /** the listing or its firm is hidden */ hidden?: boolean;
  },
): boolean {
  if (audience?.isAdmin || audience?.companyIds.includes(l.companyId)) return true;
  if (l.hidden) return false;
  if (l.visibility === 'public') {
    return l.firmNetworkIds.length > 0 || (!!audience && sharesNetwork(l.firmPendingNetworkIds ?? [], audience.facilitatorNetworkIds));
  }
  if (!audience) return false;
  if (l.visibility === 'network')
    return sharesNetwork(l.firmNetworkIds, audience.memberNetworkIds) || sharesNetwork(l.firmNetworkIds, audience.facilitatorNetworkIds);
  if (l.visibility === 'facilitators') return sharesNetwork(l.firmNetworkIds, audience.facilitatorNetworkIds);
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

// Two different questions about "the viewer's listings", apart on purpose:
// - listingManagedSql: which listings the viewer may edit, pause, resume or close. A platform admin
//   manages every listing (moderation), like canManageFirm.
// - ownFirmListingSql: which listings are the viewer's own firms'. An admin's own are only those of
//   the admin's firms: the map draws match lines from "my listings", and an admin's map must not
//   draw every listing's.

/** Listings the viewer may change: their firms' (every listing for a platform admin). */
export function listingManagedSql(viewer: Viewer): SQL {
  if (viewer.isAdmin) return sql`true`;
  return viewer.companyIds.length ? sql`${listings.companyId} = any(${uuidArray(viewer.companyIds)})` : sql`false`;
}

/** Listings of the audience's own firms (an admin's included only when they are the admin's firm's). */
export function ownFirmListingSql(audience: Audience | null): SQL {
  return audience?.companyIds.length ? sql`${listings.companyId} = any(${uuidArray(audience.companyIds)})` : sql`false`;
}

/**
 * Who may know where a firm exactly is (its listings' and its own map position): the firm's own
 * people, a platform admin, and the members and facilitators of a network the firm is an approved
 * member of — joining a network is the firm's consent to be found by its members. Everyone else
 * (a visitor, a firm of another network) gets the centre of a coarse grid cell of a few hundred
 * metres (lib/map/coarse.ts), in positions and in distances alike.
 */
export function positionPreciseSql(audience: Audience | null, companyIdColumn: SQL | AnyColumn = listings.companyId): SQL {
  if (!audience) return sql`false`;
  if (audience.isAdmin) return sql`true`;
  const networkIds = [...new Set([...audience.memberNetworkIds, ...audience.facilitatorNetworkIds])];
  const own = audience.companyIds.length ? sql`${companyIdColumn} = any(${uuidArray(audience.companyIds)})` : sql`false`;
  return sql`(${own} or ${firmInNetworks(companyIdColumn, networkIds)})`;
}

/** positionPreciseSql for the firms themselves (the map's companies layer). */
export function firmPositionPreciseSql(audience: Audience | null): SQL {
  return positionPreciseSql(audience, companies.id);
}
