import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { loadViewer } from './viewer-load';
import type { UiLocale } from '@/db/schema';
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

export { loadViewer } from './viewer-load';

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
