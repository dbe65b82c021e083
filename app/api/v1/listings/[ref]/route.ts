// GET /api/v1/listings/:ref — one listing with its full description, if the caller may see it;
// 404 otherwise, exactly as for a ref that does not exist.
import { apiHandler } from '@/lib/api/handler';
import { getListing } from '@/lib/dal/listings';
import { apiRefParams } from '@/lib/validations/api';

export const dynamic = 'force-dynamic';

export const GET = apiHandler({ params: apiRefParams }, async ({ viewer, params }) => {
  const { canManage, ...listing } = await getListing(viewer, params.ref);
  return { ...listing, canManage, url: `/listings/${listing.ref}` };
});
