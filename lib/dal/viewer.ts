import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb, type Db } from '@/db/client';
import { apiTokens, companyMembers, networkMemberships, users, type UiLocale } from '@/db/schema';
import { getSessionUserId } from '@/lib/auth/session';
import { unauthorized } from '@/lib/errors';

/**
 * Everything authorization needs to know about the person asking, loaded once per request.
 * Every DAL function takes a Viewer (or null for an anonymous visitor) and decides from it.
 */
export interface Viewer {
  userId: string;
  email: string;
  name: string | null;
  locale: UiLocale;
  isAdmin: boolean;
  /** Firms the user belongs to. */
  companyIds: string[];
  /** Networks in which one of the user's firms is an approved member. */
  memberNetworkIds: string[];
  facilitatorNetworkIds: string[];
  municipalityNetworkIds: string[];
}

// Everything a Viewer holds, as columns of one select on `users` (joined or not): this runs for
// every signed-in page and API call. ("users"."id" is written out: drizzle leaves a column
// unqualified in a one-table select, which the subqueries would misread.)
const staffNetworks = (role: string) =>
  sql<string[]>`array(select distinct nm.network_id::text from ${networkMemberships} nm where nm.user_id = "users"."id" and nm.status = 'approved' and nm.role = ${role})`;
const viewerColumns = () => ({
  id: users.id,
  email: users.email,
  name: users.name,
  locale: users.locale,
  isAdmin: users.isPlatformAdmin,
  companyIds: sql<string[]>`array(select cm.company_id::text from ${companyMembers} cm where cm.user_id = "users"."id")`,
  memberNetworkIds: sql<string[]>`array(select distinct nm.network_id::text from ${networkMemberships} nm
    join ${companyMembers} cm on cm.company_id = nm.company_id
    where cm.user_id = "users"."id" and nm.role = 'member' and nm.status = 'approved')`,
  facilitatorNetworkIds: staffNetworks('facilitator'),
  municipalityNetworkIds: staffNetworks('municipality'),
});
interface ViewerRow {
  id: string;
  email: string;
  name: string | null;
  locale: UiLocale;
  isAdmin: boolean;
  companyIds: string[] | null;
  memberNetworkIds: string[] | null;
  facilitatorNetworkIds: string[] | null;
  municipalityNetworkIds: string[] | null;
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

export async function loadViewer(db: Db, userId: string): Promise<Viewer | null> {
  const [row] = await db.select(viewerColumns()).from(users).where(eq(users.id, userId)).limit(1);
  return row ? toViewer(row) : null;
}

/** The viewer behind an API token (by its hash) that is not revoked, with the token's id and when
 * it was last used, in one round trip. */
export async function loadViewerByTokenHash(db: Db, tokenHash: string): Promise<{ viewer: Viewer; tokenId: string; lastUsedAt: Date | null } | null> {
  const [row] = await db
    .select({ ...viewerColumns(), tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return row ? { viewer: toViewer(row), tokenId: row.tokenId, lastUsedAt: row.lastUsedAt } : null;
}

/** The signed-in viewer of this request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const userId = await getSessionUserId();
  if (!userId) return null;
  return loadViewer(getDb(), userId);
});

/** For pages: the viewer, or a redirect to sign-in. */
export async function requireViewerOrRedirect(callbackPath?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    redirect(callbackPath ? `/signin?callbackUrl=${encodeURIComponent(callbackPath)}` : '/signin');
  }
  return viewer;
}

/** For actions and route handlers: the viewer, or an AppError('unauthorized'). */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw unauthorized();
  return viewer;
}

export function isFacilitatorOf(viewer: Viewer | null, networkId: string) {
  return !!viewer && (viewer.isAdmin || viewer.facilitatorNetworkIds.includes(networkId));
}

export function belongsToCompany(viewer: Viewer | null, companyId: string) {
  return !!viewer && viewer.companyIds.includes(companyId);
}
