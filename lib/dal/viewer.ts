import 'server-only';
// The signed-in person of this request: the DAL's door reads the session; who a Viewer is and what
// it may do live in lib/policy.
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getSessionUserId } from '@/lib/auth/session';
import { unauthorized } from '@/lib/errors';
import { loadViewer, type Viewer } from '@/lib/policy/viewer';

export type { Viewer } from '@/lib/policy/viewer';
export { loadViewer } from '@/lib/policy/viewer';
export { isFacilitatorOf } from '@/lib/policy/networks';
export { belongsToCompany } from '@/lib/policy/companies';

/** The signed-in viewer of this request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const userId = await getSessionUserId();
  if (!userId) return null;
  return loadViewer(getDb(), userId);
});

/** For actions and route handlers: the viewer, or an AppError('unauthorized'). */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw unauthorized();
  return viewer;
}
