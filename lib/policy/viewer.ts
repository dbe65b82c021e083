import 'server-only';
// Who is asking. A Viewer is a signed-in person, loaded once per request (lib/dal/viewer.ts reads the
// session; scripts, the API token check and background work load one here). An Audience is the
// narrower thing the visibility rules need: a person (every Viewer is one), a firm (background work
// on a firm's behalf, e.g. the matching engine), or anonymous (null).
import type { Db, Tx } from '@/db/client';
import type { UiLocale } from '@/db/schema';
import { selectViewerRow, selectViewerRowByTokenHash, type ViewerRow } from '@/db/queries/viewers';

/** What the listing, firm and board rules look at. `null` is an anonymous visitor. */
export interface Audience {
  isAdmin: boolean;
  /** Firms the audience speaks for. */
  companyIds: readonly string[];
  /** Networks in which one of those firms is an approved member. */
  memberNetworkIds: readonly string[];
  facilitatorNetworkIds: readonly string[];
}

/**
 * Everything authorization needs to know about the person asking. Every DAL function takes a
 * Viewer (or null for an anonymous visitor) and decides from it.
 */
export interface Viewer extends Audience {
  userId: string;
  email: string;
  name: string | null;
  locale: UiLocale;
  /** Firms the user belongs to. */
  companyIds: string[];
  /** Networks in which one of the user's firms is an approved member. */
  memberNetworkIds: string[];
  facilitatorNetworkIds: string[];
  municipalityNetworkIds: string[];
}

/**
 * A firm as an audience: what it may see as a member of its networks. Matches are a firm's, not a
 * person's, so facilitators-only listings are never suggested to a member, even when the person who
 * posted is also a facilitator.
 */
export function firmAudience(companyId: string, memberNetworkIds: readonly string[]): Audience {
  return { isAdmin: false, companyIds: [companyId], memberNetworkIds, facilitatorNetworkIds: [] };
}

function toViewer(row: ViewerRow): Viewer {
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    isAdmin: row.isAdmin,
    companyIds: row.companyIds ?? [],
    memberNetworkIds: row.memberNetworkIds ?? [],
    facilitatorNetworkIds: row.facilitatorNetworkIds ?? [],
    municipalityNetworkIds: row.municipalityNetworkIds ?? [],
  };
}

export async function loadViewer(db: Db | Tx, userId: string): Promise<Viewer | null> {
  const row = await selectViewerRow(db, { userId });
  return row ? toViewer(row) : null;
}

/** The viewer behind an API token (by its hash) that is not revoked, with the token's id and when
 * it was last used, in one round trip. */
export async function loadViewerByTokenHash(db: Db | Tx, tokenHash: string): Promise<{ viewer: Viewer; tokenId: string; lastUsedAt: Date | null } | null> {
  const row = await selectViewerRowByTokenHash(db, { tokenHash });
  return row ? { viewer: toViewer(row), tokenId: row.tokenId, lastUsedAt: row.lastUsedAt } : null;
}
