// Shapes shared by the map's client components. The data types come from the DAL (type-only
// imports: nothing server-side reaches the browser bundle).
import type { MapCompanyPoint, MapData, MapLine, MapListingPoint } from '@/lib/dal/map';
import type { BBox, LatLng } from '@/lib/map/grid';

export type { MapArea, MapCluster, MapCompanyPoint, MapData, MapLine, MapListingPoint } from '@/lib/dal/map';

/** A response with the moment it arrived (the start of the "render" measurement). */
export interface Received {
  data: MapData;
  receivedAt: number;
  /** The padded box that was asked for: a view inside it needs no new request if complete. */
  fetchedBBox: BBox;
}

/** What a popup shows. `key` tells one selection from the next (a closed popup clears only its own). */
export type MapSelection = { key: string; lat: number; lng: number; fromList?: boolean } & (
  | { type: 'listing'; item: MapListingPoint }
  | { type: 'company'; item: MapCompanyPoint }
  | { type: 'group'; listings: MapListingPoint[]; companies: MapCompanyPoint[]; more: number }
  | { type: 'line'; line: MapLine }
);

/** An order to the map from outside it (the list's "show on map", a list cluster's "zoom here"). */
export interface MapCommand {
  id: number;
  center?: LatLng;
  zoom?: number;
  bounds?: BBox;
  select?: MapSelection;
}

export interface MapViewport {
  bbox: BBox;
  zoom: number;
  center: LatLng;
}
