'use client';
// The /map page's interactive part: filters, the map (or the list of the same results), the
// legend and a status line. Filters and the view live in the URL (replaceState), so any view can
// be shared and a theme board can link to /map?theme=<ref>.
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { directionTo, type BBox } from '@/lib/map/grid';
import { mapPageSearch, type MapFilterState, type MapViewState } from '@/lib/map/params';
import { MapFilters, type Option } from './map-filters';
import { MapLegend } from './legend';
import { MapList } from './map-list';
import type { MapArea, MapCluster, MapCommand, MapCompanyPoint, MapListingPoint, MapSelection, MapViewport } from './types';
import { filterKey, useMapData } from './use-map-data';

const MapView = dynamic(() => import('./map-view-client'), {
  ssr: false,
  loading: () => <div className="h-full w-full animate-pulse bg-slate-200" aria-hidden="true" />,
});

export interface MapExplorerProps {
  initialFilters: MapFilterState;
  initialView: MapViewState | null;
  initialBounds: BBox;
  initialList: boolean;
  areas: MapArea[];
  tiles: { url: string; attribution: string };
  categories: Option[];
  sectors: Option[];
  themes: Option[];
  hasOrigin: boolean;
  /** The viewer belongs to a firm: its listings may have match lines. */
  hasOwn: boolean;
}

const inBox = (b: BBox, p: { lat: number; lng: number }) => p.lat >= b.south && p.lat <= b.north && p.lng >= b.west && p.lng <= b.east;
/** Deep enough to tell the listings of one street apart, and past the server's point zoom. */
const SHOW_ZOOM = 16;

export function MapExplorer(props: MapExplorerProps) {
  const t = useTranslations('map');
  const [filters, setFilters] = useState<MapFilterState>(props.initialFilters);
  const [viewport, setViewport] = useState<MapViewport | null>(null);
  const [list, setList] = useState(props.initialList);
  const [selected, setSelected] = useState<MapSelection | null>(null);
  const [command, setCommand] = useState<MapCommand | null>(null);
  const [tileError, setTileError] = useState(false);
  const [showLines, setShowLines] = useState(true);
  const { listings, companies, state, retry } = useMapData(filters, viewport);

  // Once a link is followed (a popup's "Se opslaget", the header), the map stops writing its URL:
  // Next.js's router treats replaceState as a navigation, and a late map move (a popup panning
  // into view) would cancel the one under way. Resumes if the page is still here after a while.
  const leaving = useRef(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onClick = (e: MouseEvent) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (!a || a.getAttribute('target') === '_blank' || a.getAttribute('href')?.startsWith('#')) return;
      leaving.current = true;
      clearTimeout(timer);
      timer = setTimeout(() => (leaving.current = false), 5000);
    };
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      clearTimeout(timer);
    };
  }, []);

  // The URL follows the filters, the view and the list/map choice (shareable, reload-safe).
  useEffect(() => {
    if (leaving.current) return;
    const view = viewport ? { lat: viewport.center.lat, lng: viewport.center.lng, zoom: viewport.zoom } : props.initialView;
    const next = `/map${mapPageSearch(filters, view, list)}`;
    if (`${window.location.pathname}${window.location.search}` !== next) window.history.replaceState(null, '', next);
  }, [filters, viewport, list, props.initialView]);

  const changeFilters = useCallback((next: MapFilterState) => {
    setFilters(next);
    setSelected(null); // a popup may show a listing the new filters exclude
  }, []);
  const onSelect = useCallback((s: MapSelection) => setSelected(s), []);
  const onClosed = useCallback((key: string) => setSelected((cur) => (cur?.key === key ? null : cur)), []);
  const onView = useCallback((v: MapViewport) => setViewport(v), []);
  const onTileError = useCallback(() => setTileError(true), []);

  // What the current view holds (the status line counts it on every pan: a plain filter).
  const inView = useMemo(() => {
    const b = viewport?.bbox;
    const l = listings?.data.layer === 'listings' ? listings.data.points : [];
    const c = companies?.data.layer === 'companies' ? companies.data.points : [];
    const clusters: { cluster: MapCluster; layer: 'listings' | 'companies' }[] = [
      ...(listings?.data.mode === 'clusters' ? listings.data.clusters.map((cluster) => ({ cluster, layer: 'listings' as const })) : []),
      ...(companies?.data.mode === 'clusters' ? companies.data.clusters.map((cluster) => ({ cluster, layer: 'companies' as const })) : []),
    ];
    return {
      listings: b ? l.filter((p) => inBox(b, p)) : l,
      companies: b ? c.filter((p) => inBox(b, p)) : c,
      clusters: b ? clusters.filter((x) => inBox(b, x.cluster)) : clusters,
    };
  }, [listings, companies, viewport]);

  // Sorted only for the list: own first, then nearest (the server sends newest first; distance is
  // what a reader scans for); areas from the map's centre outwards.
  const center = viewport?.center;
  const forList = useMemo(() => {
    if (!list) return null;
    const byDistance = <T extends { isOwn: boolean; distanceKm: number | null }>(xs: T[]) =>
      [...xs].sort((a, b) => Number(b.isOwn) - Number(a.isOwn) || (a.distanceKm ?? Number.MAX_VALUE) - (b.distanceKm ?? Number.MAX_VALUE));
    return {
      listings: byDistance(inView.listings),
      companies: byDistance(inView.companies),
      clusters: center ? [...inView.clusters].sort((a, b) => directionTo(center, a.cluster).km - directionTo(center, b.cluster).km) : inView.clusters,
    };
  }, [inView, list, center]);

  const listingCount = inView.listings.length + inView.clusters.filter((c) => c.layer === 'listings').reduce((s, c) => s + c.cluster.count, 0);
  const companyCount = inView.companies.length + inView.clusters.filter((c) => c.layer === 'companies').reduce((s, c) => s + c.cluster.count, 0);
  const truncated = !!listings?.data.truncated || !!companies?.data.truncated;
  const status =
    state === 'error'
      ? null
      : !listings
        ? t('status.loading')
        : filters.companies
          ? t('status.countWithCompanies', { listings: listingCount, companies: companyCount })
          : t('status.count', { count: listingCount });

  const showOnMap = (s: MapSelection) => {
    setList(false);
    setCommand({ id: Date.now(), center: { lat: s.lat, lng: s.lng }, zoom: Math.max(viewport?.zoom ?? 0, SHOW_ZOOM), select: { ...s, fromList: true } });
  };
  const onShowListing = (item: MapListingPoint) => showOnMap({ key: `l:${item.ref}`, type: 'listing', item, lat: item.lat, lng: item.lng });
  const onShowCompany = (item: MapCompanyPoint) => showOnMap({ key: `c:${item.ref}`, type: 'company', item, lat: item.lat, lng: item.lng });
  const onZoomTo = (c: MapCluster) => {
    setCommand({ id: Date.now(), bounds: c.bounds });
    // Stay in the list: its heading takes focus so the new count is read out.
    requestAnimationFrame(() => document.getElementById('map-list-heading')?.focus());
  };

  const initial = props.initialView
    ? { center: { lat: props.initialView.lat, lng: props.initialView.lng }, zoom: props.initialView.zoom }
    : { bounds: props.initialBounds };
  const hasLines = props.hasOwn && listings?.data.layer === 'listings' && listings.data.lines.length > 0;

  return (
    <div className="lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:items-start lg:gap-6">
      <MapFilters
        filters={filters}
        onChange={changeFilters}
        nearUnknown={!!filters.near && listings?.key === filterKey(filters) && listings.data.distanceFrom !== 'point'}
        categories={props.categories}
        sectors={props.sectors}
        themes={props.themes}
        hasOrigin={props.hasOrigin}
        canShowLines={props.hasOwn}
        showLines={showLines}
        onShowLines={setShowLines}
      />
      <div className="min-w-0">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <div role="group" aria-label={t('view.label')} className="inline-flex rounded-md border border-slate-400 bg-white p-0.5">
            {[false, true].map((isList) => (
              <button
                key={String(isList)}
                type="button"
                aria-pressed={list === isList}
                onClick={() => setList(isList)}
                className="min-h-11 min-w-20 rounded px-4 text-sm font-semibold text-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700 aria-pressed:bg-teal-800 aria-pressed:text-white"
              >
                {isList ? t('view.list') : t('view.map')}
              </button>
            ))}
          </div>
          <p className="text-sm text-slate-800" aria-live="polite" aria-atomic="true">
            {status}
            {state === 'loading' && listings ? <span className="ml-2 text-slate-600">{t('status.updating')}</span> : null}
          </p>
        </div>
        {state === 'error' ? (
          <div role="alert" className="mb-2 flex flex-wrap items-center gap-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            {t('status.error')}
            <button type="button" onClick={retry} className="min-h-11 font-semibold underline">
              {t('status.retry')}
            </button>
          </div>
        ) : null}
        {truncated ? <p className="mb-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">{t('status.truncated')}</p> : null}
        {tileError ? (
          <p role="status" className="mb-2 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">
            {t('status.tilesFailed')}
          </p>
        ) : null}
        <div className="relative">
          {/* Hidden, not removed, in list mode: the list shows what the map's view holds. */}
          <div className={list ? 'invisible absolute inset-x-0 top-0' : undefined} aria-hidden={list || undefined} inert={list}>
            <div className="h-[62vh] min-h-80 overflow-hidden rounded-lg border border-slate-300" data-testid="map">
              <MapView
                tiles={props.tiles}
                initial={initial}
                areas={props.areas}
                listings={listings}
                companies={companies}
                showLines={showLines}
                selected={selected}
                onSelect={onSelect}
                onClosed={onClosed}
                onView={onView}
                command={command}
                onTileError={onTileError}
                hidden={list}
                label={t('aria')}
                hintId="map-hint"
              />
            </div>
            <p id="map-hint" className="mt-2 text-sm text-slate-700">
              {t('hint')}
            </p>
            <MapLegend showLines={!!hasLines && showLines} showCompanies={!!filters.companies} showOwn={props.hasOwn} />
          </div>
          {forList ? (
            <MapList
              center={viewport?.center ?? null}
              listings={forList.listings}
              companies={forList.companies}
              clusters={forList.clusters}
              onShowListing={onShowListing}
              onShowCompany={onShowCompany}
              onZoomTo={onZoomTo}
              headingId="map-list-heading"
              heading={t('list.heading')}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
