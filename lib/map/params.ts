// The map's filters as URL parameters, for the page (shareable views, `/map?theme=…` links from
// theme boards) and for the browser's requests to GET /api/v1/map. Pure and dependency-free so the
// client bundle does not pull in zod or the database schema; parsing with validation lives in
// lib/validations/map.ts.
import { formatBBox, round5, type BBox } from './grid';

export type MapKind = 'offer' | 'need';

export interface MapFilterState {
  kind?: MapKind;
  category?: string;
  /** NACE section letter or code prefix of the firm. */
  sector?: string;
  /** Theme ref (listing_themes ↔ themes.ref). */
  theme?: string;
  /** A postcode or "lat,lng" to measure distance from, as typed. */
  near?: string;
  km?: number;
  /** Also show the firms (squares). */
  companies?: boolean;
}

export interface MapViewState {
  lat: number;
  lng: number;
  zoom: number;
}

const FILTER_KEYS = ['kind', 'category', 'sector', 'theme', 'near'] as const;

function setFilters(params: URLSearchParams, f: MapFilterState) {
  for (const key of FILTER_KEYS) {
    const v = f[key];
    if (v) params.set(key, v);
  }
  if (f.km) params.set('km', String(f.km));
}

/** The page URL's query for these filters, the current view (`at=lat,lng,zoom`) and list mode. */
export function mapPageSearch(f: MapFilterState, view?: MapViewState | null, list?: boolean): string {
  const params = new URLSearchParams();
  setFilters(params, f);
  if (f.companies) params.set('companies', '1');
  if (view) params.set('at', `${round5(view.lat)},${round5(view.lng)},${Math.round(view.zoom)}`);
  if (list) params.set('view', 'list');
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** The API request for one layer of a view. */
export function mapApiSearch(f: MapFilterState, bbox: BBox, zoom: number, layer: 'listings' | 'companies'): string {
  const params = new URLSearchParams({ bbox: formatBBox(bbox), zoom: String(Math.round(zoom)) });
  setFilters(params, f);
  if (layer === 'companies') params.set('layer', 'companies');
  return `?${params.toString()}`;
}

/** `at=55.66,11.61,12` → a view, or null when malformed. */
export function parseAt(at: string | undefined | null): MapViewState | null {
  if (!at) return null;
  const m = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?),(\d{1,2})$/.exec(at.trim());
  if (!m) return null;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  const zoom = Number(m[3]);
  if (Math.abs(lat) > 85 || Math.abs(lng) > 180 || zoom < 0 || zoom > 20) return null;
  return { lat, lng, zoom };
}

/** How many filters narrow the results (for the phone's collapsed "Filtre (2)"). */
export function activeFilterCount(f: MapFilterState): number {
  return FILTER_KEYS.filter((k) => k !== 'near' && f[k]).length + (f.km ? 1 : 0);
}
