import 'server-only';
import { and, eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb, type Db } from '@/db/client';
import { companyMembers, networkMemberships, users, type UiLocale } from '@/db/schema';
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

export async function loadViewer(db: Db, userId: string): Promise<Viewer | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const firmRows = await db
    .select({ companyId: companyMembers.companyId })
    .from(companyMembers)
    .where(eq(companyMembers.userId, userId));
  const companyIds = firmRows.map((r) => r.companyId);

  const memberRows = await db
    .select({ networkId: networkMemberships.networkId })
    .from(networkMemberships)
    .innerJoin(companyMembers, eq(companyMembers.companyId, networkMemberships.companyId))
    .where(
      and(
        eq(companyMembers.userId, userId),
        eq(networkMemberships.role, 'member'),
        eq(networkMemberships.status, 'approved'),
      ),
    );
  const staffRows = await db
    .select({ networkId: networkMemberships.networkId, role: networkMemberships.role })
    .from(networkMemberships)
    .where(and(eq(networkMemberships.userId, userId), eq(networkMemberships.status, 'approved')));

  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    isAdmin: user.isPlatformAdmin,
    companyIds,
    memberNetworkIds: uniq(memberRows.map((r) => r.networkId)),
    facilitatorNetworkIds: uniq(staffRows.filter((r) => r.role === 'facilitator').map((r) => r.networkId)),
    municipalityNetworkIds: uniq(staffRows.filter((r) => r.role === 'municipality').map((r) => r.networkId)),
  };
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
