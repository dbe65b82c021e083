// GET /api/v1/map — what the caller may see in a map view (bbox + zoom): points, or per-cell counts
// when a zoomed-out view holds more than the point cap, plus lines to the matches of the caller's
// own listings. Same DAL as the /map page, so every visibility rule applies (docs/api.md).
import { apiHandler } from '@/lib/api/handler';
import { getMapData } from '@/lib/dal/map';
import { mapQuerySchema } from '@/lib/validations/map';

export const dynamic = 'force-dynamic';

export const GET = apiHandler({ query: mapQuerySchema }, async ({ viewer, query }) => getMapData(viewer, query));
