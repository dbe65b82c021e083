// GET /notifications/:id — opens a notification: marks it read and goes on to where it points.
// A link rather than a form so it works like any link (new tab, long-press); marking one's own
// notification read is harmless if triggered from elsewhere.
import type { NextRequest } from 'next/server';
import { revalidatePath } from 'next/cache';
import { markNotificationRead } from '@/lib/dal/notifications';
import { getViewer } from '@/lib/dal/viewer';
import { isAppError } from '@/lib/errors';

// A relative Location: behind a proxy (or on 127.0.0.1 vs localhost) the request's own origin can
// differ from the one the browser used, and the session cookie belongs to the latter.
const to = (path: string) => new Response(null, { status: 303, headers: { Location: path, 'Cache-Control': 'no-store' } });

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) return to(`/signin?callbackUrl=${encodeURIComponent(`/notifications/${id}`)}`);
  if (!/^[0-9a-f-]{36}$/i.test(id)) return to('/notifications');
  try {
    const { href } = await markNotificationRead(viewer, id);
    revalidatePath('/', 'layout');
    return to(href ?? '/notifications');
  } catch (error) {
    // Someone else's (or no such) notification: back to the list, revealing nothing.
    if (isAppError(error)) return to('/notifications');
    throw error;
  }
}
