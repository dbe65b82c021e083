// Parameters of the area map. The JSON API (GET /api/v1/map) is strict: a bad value is a 422 whose
// issue names the parameter. The page (/map) is lenient like /listings: a shared or hand-edited
// link with a bad value drops that value instead of showing an error page.
import { z } from 'zod';
import { LISTING_CATEGORIES, LISTING_KINDS } from '@/db/schema';
import { clampLat, clampLng, MAX_ZOOM, type BBox } from '@/lib/map/grid';
import { parseAt, type MapFilterState, type MapViewState } from '@/lib/map/params';
import { MAX_DISTANCE_KM, parseNear, SECTOR_PATTERN, type NearInput } from './listings';

export const MAP_LAYERS = ['listings', 'companies'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

export const THEME_REF_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/;

/**
 * `west,south,east,north` in degrees. Leaflet reports longitudes beyond ±180 after panning around
 * the globe and latitudes beyond the Mercator limit when zoomed out: those are clamped rather than
 * refused. A box crossing the antimeridian (west > east) is refused: no network is near it.
 */
export const bboxParam = z.string().transform((s, ctx): BBox => {
  const parts = s.split(',').map((p) => p.trim());
  const nums = parts.map(Number);
  if (parts.length !== 4 || parts.some((p) => p === '') || nums.some((n) => !Number.isFinite(n))) {
    ctx.addIssue({ code: 'custom', message: 'expected "west,south,east,north" in degrees, e.g. 11.2,55.5,12.0,55.8' });
    return z.NEVER;
  }
  const [west, south, east, north] = [clampLng(nums[0]!), clampLat(nums[1]!), clampLng(nums[2]!), clampLat(nums[3]!)];
  if (west >= east || south >= north) {
    ctx.addIssue({ code: 'custom', message: 'expected west < east and south < north' });
    return z.NEVER;
  }
  return { west, south, east, north };
});

const nearParam = z
  .string()
  .max(40)
  .transform((s, ctx) => parseNear(s) ?? (ctx.addIssue({ code: 'custom', message: 'expected "lat,lng" or a DK/FI postcode' }), z.NEVER));

export const mapQuerySchema = z.object({
  bbox: bboxParam,
  zoom: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_ZOOM + 2),
  layer: z.enum(MAP_LAYERS).default('listings'),
  kind: z.enum(LISTING_KINDS).optional(),
  category: z.enum(LISTING_CATEGORIES).optional(),
  sector: z.string().trim().toUpperCase().regex(SECTOR_PATTERN, 'expected a NACE section letter or code prefix, e.g. C or 25.6').optional(),
  theme: z.string().trim().regex(THEME_REF_PATTERN, 'expected a theme ref, e.g. eksport-tyskland').optional(),
  near: nearParam.optional(),
  km: z.coerce.number().positive().max(MAX_DISTANCE_KM).optional(),
});

export type MapQuery = z.output<typeof mapQuerySchema>;
/** The filters of a map query, without the view. */
export type MapFilters = Omit<MapQuery, 'bbox' | 'zoom' | 'layer'>;

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional()).catch(undefined);

const pageSchema = z.object({
  kind: lenient(z.enum(LISTING_KINDS)),
  category: lenient(z.enum(LISTING_CATEGORIES)),
  sector: lenient(z.string().trim().toUpperCase().regex(SECTOR_PATTERN)),
  theme: lenient(z.string().trim().regex(THEME_REF_PATTERN)),
  near: lenient(z.string().trim().max(40)),
  km: lenient(z.coerce.number().positive().max(MAX_DISTANCE_KM)),
  companies: lenient(z.enum(['1', 'true'])),
  at: lenient(z.string().max(60)),
  view: lenient(z.enum(['map', 'list'])),
});

export interface MapPageParams {
  filters: MapFilterState;
  /** `near` as a point or postcode, when it parses (the text is kept in filters.near for the field). */
  near: NearInput | null;
  view: MapViewState | null;
  list: boolean;
}

/** Next's searchParams → the page's filters and view; repeated parameters use the first value. */
export function parseMapPageParams(raw: Record<string, string | string[] | undefined>): MapPageParams {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const p = pageSchema.parse(flat);
  const filters: MapFilterState = {
    ...(p.kind ? { kind: p.kind } : {}),
    ...(p.category ? { category: p.category } : {}),
    ...(p.sector ? { sector: p.sector } : {}),
    ...(p.theme ? { theme: p.theme } : {}),
    ...(p.near ? { near: p.near } : {}),
    ...(p.km ? { km: p.km } : {}),
    ...(p.companies ? { companies: true } : {}),
  };
  return { filters, near: p.near ? parseNear(p.near) : null, view: parseAt(p.at), list: p.view === 'list' };
}
