// GET /notifications/:id — opens a notification: marks it read and goes on to where it points.
// A link rather than a form so it works like any link (new tab, long-press); marking one's own
// notification read is harmless if triggered from elsewhere. A route handler is not wrapped by the
// group's layout: apiHandler checks the session itself.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { apiHandler, seeOther } from '@/lib/api/handler';
import { markNotificationRead } from '@/lib/dal/notifications';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string() });

export const GET = apiHandler(
  {
    params,
    auth: 'session',
    requireViewer: true,
    signedOut: (request) => seeOther(`/signin?callbackUrl=${encodeURIComponent(new URL(request.url).pathname)}`),
    // Someone else's (or no such) notification: back to the list, revealing nothing.
    onError: () => seeOther('/notifications'),
  },
  async ({ viewer, params: { id } }) => {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return seeOther('/notifications');
    const { href } = await markNotificationRead(viewer, id);
    revalidatePath('/', 'layout');
    return seeOther(href ?? '/notifications');
  },
);
