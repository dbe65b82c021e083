// The rows a Viewer is built from (lib/policy/viewer.ts): a user with the firms and networks that
// decide what they may see. This runs for every signed-in page and API call, so it is one select.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { apiTokens, companyMembers, networkMemberships, users, type UiLocale } from '../schema';

// Everything a Viewer holds, as columns of one select on `users` (joined or not). ("users"."id" is
// written out: drizzle leaves a column unqualified in a one-table select, which the subqueries
// would misread.)
const staffNetworks = (role: string) =>
  sql<
    string[]
  >`array(select distinct nm.network_id::text from ${networkMemberships} nm where nm.user_id = "users"."id" and nm.status = 'approved' and nm.role = ${role})`;
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

export interface ViewerRow {
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

// A disabled user (users.disabled_at) is nobody: no session, token or script loads them as a Viewer.
export async function selectViewerRow(db: Db | Tx, { userId }: { userId: string }): Promise<ViewerRow | undefined> {
  const [row] = await db
    .select(viewerColumns())
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)))
    .limit(1);
  return row;
}

/** The user behind an API token (by its hash) that is not revoked, with the token's id and when it
 * was last used, in one round trip. */
export async function selectViewerRowByTokenHash(
  db: Db | Tx,
  { tokenHash }: { tokenHash: string },
): Promise<(ViewerRow & { tokenId: string; lastUsedAt: Date | null }) | undefined> {
  const [row] = await db
    .select({ ...viewerColumns(), tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), isNull(users.disabledAt)))
    .limit(1);
  return row;
}
