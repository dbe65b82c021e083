import 'server-only';
// Who may see and manage a theme board, and what every listing on a board must pass.
// - A theme belongs to one network. Its approved member firms' users, its facilitators and a
//   platform admin see it; to anyone else it does not exist. Municipality staff see aggregates
//   elsewhere, not boards.
// - Its facilitators and a platform admin manage it (create, edit, archive, pin).
// - Every listing on a board passes listingVisibleSql AND listingActiveSql: a theme never shows a
//   listing its reader could not find through browse.
import { sql, type SQL } from 'drizzle-orm';
import { themes } from '@/db/schema';
import { uuidArray } from '@/db/sql';
import { listingActiveSql, listingVisibleSql } from './listings';
import { isFacilitatorOf } from './networks';
import type { Audience, Viewer } from './viewer';

export function canSeeTheme(viewer: Audience | null, networkId: string): boolean {
  return !!viewer && (viewer.isAdmin || viewer.memberNetworkIds.includes(networkId) || viewer.facilitatorNetworkIds.includes(networkId));
}

export function canManageTheme(viewer: Viewer | null, networkId: string): boolean {
  return isFacilitatorOf(viewer, networkId);
}

/** The themes an audience may see, as SQL over `themes`. */
export function themeScopeSql(audience: Audience): SQL {
  if (audience.isAdmin) return sql`true`;
  const ids = [...new Set([...audience.memberNetworkIds, ...audience.facilitatorNetworkIds])];
  return ids.length ? sql`${themes.networkId} = any(${uuidArray(ids)})` : sql`false`;
}

/** What every listing on a board (and every count) must pass for this audience. */
export function boardVisibleSql(audience: Audience): SQL {
  return sql`(${listingVisibleSql(audience)} and ${listingActiveSql()})`;
}
