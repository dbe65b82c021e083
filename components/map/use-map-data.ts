'use client';
// Fetches what the map shows from GET /api/v1/map, one request per layer. A box a quarter larger
// than the view is asked for, and a complete answer (points, not truncated) is reused while the
// view stays inside it under the same filters: zooming in and small pans cost no request and
// redraw from the browser's own clustering. A newer request aborts an older one.
import { useEffect, useRef, useState } from 'react';
import { containsBBox, padBBox } from '@/lib/map/grid';
import { mapApiSearch, type MapFilterState } from '@/lib/map/params';
import type { MapData, MapViewport, Received } from './types';

/** Pan and zoom end fire in bursts (a fling, a double-click zoom): wait this long for the last. */
const DEBOUNCE_MS = 120;
const PAD = 0.25;

interface Cached extends Received {
  key: string;
}

export const filterKey = (f: MapFilterState) => JSON.stringify([f.kind, f.category, f.sector, f.theme, f.near, f.km]);

function reusable(prev: Cached | null, key: string, view: MapViewport) {
  return !!prev && prev.key === key && prev.data.mode === 'points' && !prev.data.truncated && containsBBox(prev.fetchedBBox, view.bbox);
}

async function fetchLayer(filters: MapFilterState, view: MapViewport, layer: 'listings' | 'companies', signal: AbortSignal): Promise<Cached> {
  const fetchedBBox = padBBox(view.bbox, PAD);
  const res = await fetch(`/api/v1/map${mapApiSearch(filters, fetchedBBox, view.zoom, layer)}`, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`map data: HTTP ${res.status}`);
  const data = (await res.json()) as MapData;
  return { data, receivedAt: performance.now(), fetchedBBox, key: filterKey(filters) };
}

export type LoadState = 'idle' | 'loading' | 'error';

export function useMapData(filters: MapFilterState, view: MapViewport | null) {
  const [listings, setListings] = useState<Cached | null>(null);
  const [companies, setCompanies] = useState<Cached | null>(null);
  const [state, setState] = useState<LoadState>('idle');
  const [retry, setRetry] = useState(0);
  // What is on screen, for the fetch effect's "can it be reused?" (it must not re-run on arrival).
  const current = useRef({ listings, companies });
  useEffect(() => {
    current.current = { listings, companies };
  }, [listings, companies]);

  useEffect(() => {
    if (!view) return;
    const key = filterKey(filters);
    const needListings = !reusable(current.current.listings, key, view);
    const needCompanies = !!filters.companies && !reusable(current.current.companies, key, view);
    if (!filters.companies && current.current.companies) setCompanies(null);
    if (!needListings && !needCompanies) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState('loading');
      Promise.all([
        needListings ? fetchLayer(filters, view, 'listings', controller.signal) : null,
        needCompanies ? fetchLayer(filters, view, 'companies', controller.signal) : null,
      ])
        .then(([l, c]) => {
          if (l) setListings(l);
          if (c) setCompanies(c);
          setState('idle');
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          console.error(error);
          setState('error');
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [filters, view, retry]);

  return { listings, companies: filters.companies ? companies : null, state, retry: () => setRetry((r) => r + 1) };
}
