import 'server-only';
// Loading a Viewer from the database, apart from lib/dal/viewer.ts (which reads the session through
// Next.js and React) so that scripts and the API token check can use it outside a request.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { apiTokens, companyMembers, networkMemberships, users, type UiLocale } from '@/db/schema';
import type { Viewer } from './viewer';

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
