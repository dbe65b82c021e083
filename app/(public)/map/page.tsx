import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listingOptions } from '@/components/listings/options';
import { MapExplorer } from '@/components/map/map-explorer-client';
import { PageHeader } from '@/components/ui/page-header';
import { resolveNear } from '@/lib/dal/listings';
import { mapAreas, mapHasOrigin, mapThemeOptions } from '@/lib/dal/map';
import { getViewer } from '@/lib/dal/viewer';
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL, env } from '@/lib/env';
import { bboxAroundCircle, unionBBox, type BBox } from '@/lib/map/grid';
import { parseMapPageParams } from '@/lib/validations/map';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('map');
  return { title: t('title') };
}

/** Denmark and southern Finland, when there is no network to frame. */
const FALLBACK_BOUNDS: BBox = { west: 8, south: 54.5, east: 28, north: 62 };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Public: a visitor sees public listings (the DAL decides), a member also the network's.
export default async function MapPage({ searchParams }: { searchParams: SearchParams }) {
  const params = parseMapPageParams(await searchParams);
  const viewer = await getViewer();
  const [t, options, areas, themes, hasOrigin] = await Promise.all([
    getTranslations('map'),
    listingOptions(),
    mapAreas(viewer),
    mapThemeOptions(viewer, params.filters.theme),
    mapHasOrigin(viewer),
  ]);
  // First view: a shared `at=`, else around `near` (and its distance), else the viewer's networks.
  const nearPoint = resolveNear(params.near ?? undefined);
  const initialBounds =
    (nearPoint ? bboxAroundCircle(nearPoint, params.filters.km ?? 10) : null) ??
    // The heart of each area: members cluster near the centre, and the whole circle would leave
    // a town-sized area as a small disc in a big map.
    unionBBox(areas.map((a) => bboxAroundCircle(a.center, a.radiusKm * 0.7))) ??
    FALLBACK_BOUNDS;
  const tiles = { url: env().MAP_TILE_URL ?? DEFAULT_TILE_URL, attribution: env().MAP_TILE_ATTRIBUTION ?? DEFAULT_TILE_ATTRIBUTION };

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <MapExplorer
        initialFilters={params.filters}
        initialView={params.view}
        initialBounds={initialBounds}
        initialList={params.list}
        areas={areas}
        tiles={tiles}
        categories={options.categories}
        sectors={options.sectors}
        themes={themes}
        hasOrigin={hasOrigin}
        hasOwn={!!viewer?.companyIds.length}
      />
    </>
  );
}
