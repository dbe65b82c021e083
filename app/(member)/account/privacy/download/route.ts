// GET /account/privacy/download — everything stored about the signed-in person, as a JSON file
// (lib/dal/personal-data.ts). A route handler is not wrapped by the group's layout: apiHandler
// checks the session itself; a signed-out browser is sent to sign in and back.
import { apiHandler, seeOther } from '@/lib/api/handler';
import { exportPersonalData, personalDataFileName } from '@/lib/dal/personal-data';

export const dynamic = 'force-dynamic';

export const GET = apiHandler(
  {
    auth: 'session',
    requireViewer: true,
    signedOut: () => seeOther(`/signin?callbackUrl=${encodeURIComponent('/account/privacy')}`),
  },
  async ({ viewer }) => {
    const now = new Date();
    const data = await exportPersonalData(viewer, now);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${personalDataFileName(viewer, now)}"`,
        'cache-control': 'private, no-store',
      },
    });
  },
);
