import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getViewer, type Viewer } from '@/lib/dal/viewer';
import { requestPathFrom } from '@/lib/request-path';

// The guards of the route groups, named by who may enter. Each group's layout calls its guard, so a
// visitor who may not enter is turned away before anything of the group renders (a real 307/404,
// even where a loading.tsx would otherwise have streamed a shell). Pages call the same guard to get
// their typed Viewer: it is cached per request (and getViewer is too), so nothing is queried twice,
// and it still holds on a client-side navigation, where Next re-renders the page but not the layout.
// These are conveniences: every DAL function checks the Viewer for itself.

/** Signed in, else to sign-in with a callbackUrl back to the requested page. */
export const requireMember = cache(async (): Promise<Viewer> => {
  const viewer = await getViewer();
  if (!viewer) {
    const path = requestPathFrom(await headers());
    redirect(path ? `/signin?callbackUrl=${encodeURIComponent(path)}` : '/signin');
  }
  return viewer;
});

/** A facilitator of some network (or an admin); to anyone else the pages do not exist. */
export const requireFacilitator = cache(async (): Promise<Viewer> => {
  const viewer = await requireMember();
  if (!viewer.isAdmin && !viewer.facilitatorNetworkIds.length) notFound();
  return viewer;
});

/** Municipality staff, or a facilitator (who reports to them), or an admin. */
export const requireAreaStaff = cache(async (): Promise<Viewer> => {
  const viewer = await requireMember();
  if (!viewer.isAdmin && !viewer.municipalityNetworkIds.length && !viewer.facilitatorNetworkIds.length) notFound();
  return viewer;
});

/** A platform administrator. */
export const requireAdmin = cache(async (): Promise<Viewer> => {
  const viewer = await requireMember();
  if (!viewer.isAdmin) notFound();
  return viewer;
});
