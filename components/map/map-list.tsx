'use client';
// The map's results as a list, for keyboard and screen-reader users (and anyone who prefers
// reading to panning): the same listings and firms as in the current map view, each with a link
// and "show on map". When the server sent areas instead of single points (too many to list), the
// areas are listed with their counts and a "zoom in here" button, so every listing can still be
// reached without touching the map.
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { directionTo, type LatLng } from '@/lib/map/grid';
import { SymbolIcon } from './legend';
import type { MapCluster, MapCompanyPoint, MapListingPoint } from './types';

/** More than this is shown on request: a long list is slow to read and to render on a phone. */
const PAGE = 100;

const smallButton =
  'inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-3 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700 focus-visible:ring-offset-2';

function Where({ from, to }: { from: LatLng; to: LatLng }) {
  const t = useTranslations('map.list');
  const format = useFormatter();
  const { km, direction } = directionTo(from, to);
  return (
    <span>
      {km < 1 ? t('atCentre') : t('where', { km: format.number(km, { maximumFractionDigits: km < 10 ? 1 : 0 }), direction: t(`directions.${direction}`) })}
    </span>
  );
}

interface Props {
  /** The map's centre: areas say where they are from here. */
  center: LatLng | null;
  listings: MapListingPoint[];
  companies: MapCompanyPoint[];
  clusters: { cluster: MapCluster; layer: 'listings' | 'companies' }[];
  onShowListing: (item: MapListingPoint) => void;
  onShowCompany: (item: MapCompanyPoint) => void;
  onZoomTo: (cluster: MapCluster) => void;
  headingId: string;
  heading: string;
}

function ListingItem({ item, onShow }: { item: MapListingPoint; onShow: () => void }) {
  const t = useTranslations('map');
  const tl = useTranslations('listings');
  const format = useFormatter();
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex min-w-0 flex-col gap-1">
        <p className="flex flex-wrap items-center gap-x-2 text-xs font-bold tracking-wide text-slate-800 uppercase">
          <SymbolIcon kind={item.kind} size={16} own={item.isOwn} />
          {tl(`kinds.${item.kind}`)}
          <span className="font-medium tracking-normal text-slate-700 normal-case">{tl(`categories.${item.category}`)}</span>
          {item.isOwn ? <span className="font-semibold tracking-normal text-teal-900 normal-case">{t('popup.own')}</span> : null}
        </p>
        <h3 className="text-base leading-snug font-semibold">
          <Link href={`/listings/${item.ref}`} className="text-slate-900 underline-offset-2 hover:underline">
            {item.title}
          </Link>
        </h3>
        <p className="text-sm text-slate-700">
          {item.company ? `${item.company.name}${item.company.city ? `, ${item.company.city}` : ''}` : t('popup.firmHidden')}
          {!item.isOwn && item.distanceKm !== null ? ` · ${t('popup.distance', { km: format.number(item.distanceKm, { maximumFractionDigits: 1 }) })}` : ''}
        </p>
      </div>
      <button
        type="button"
        onClick={onShow}
        className={`${smallButton} shrink-0 self-start sm:self-center`}
        aria-label={t('list.showOnMapLabel', { title: item.title })}
      >
        {t('list.showOnMap')}
      </button>
    </li>
  );
}

function CompanyItem({ item, onShow }: { item: MapCompanyPoint; onShow: () => void }) {
  const t = useTranslations('map');
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex min-w-0 flex-col gap-1">
        <p className="flex items-center gap-2 text-xs font-bold tracking-wide text-slate-800 uppercase">
          <SymbolIcon kind="company" size={16} own={item.isOwn} />
          {t('legend.company')}
        </p>
        <h3 className="text-base leading-snug font-semibold">
          <Link href={`/companies/${item.ref}`} className="text-slate-900 underline-offset-2 hover:underline">
            {item.name}
          </Link>
        </h3>
        <p className="text-sm text-slate-700">{[item.city, t('popup.listings', { count: item.listings })].filter(Boolean).join(' · ')}</p>
      </div>
      <button
        type="button"
        onClick={onShow}
        className={`${smallButton} shrink-0 self-start sm:self-center`}
        aria-label={t('list.showOnMapLabel', { title: item.name })}
      >
        {t('list.showOnMap')}
      </button>
    </li>
  );
}

export function MapList({ center, listings, companies, clusters, onShowListing, onShowCompany, onZoomTo, headingId, heading }: Props) {
  const t = useTranslations('map.list');
  const [shown, setShown] = useState(PAGE);
  const items = listings.length + companies.length;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
        {heading}
      </h2>
      {clusters.length ? (
        <>
          <p className="text-sm text-slate-700">{t('clustersIntro')}</p>
          <ul className="flex flex-col gap-2">
            {clusters.map(({ cluster: c, layer }) => (
              <li key={`${layer}:${c.lat}:${c.lng}`} className="flex items-center justify-between gap-3 rounded-lg border border-slate-300 bg-white p-3">
                <p className="flex flex-col text-sm text-slate-800">
                  <span className="font-medium text-slate-900">
                    {layer === 'companies' ? t('clusterCompanies', { count: c.count }) : t('cluster', { count: c.count, offers: c.offers, needs: c.needs })}
                  </span>
                  {center ? <Where from={center} to={c} /> : null}
                </p>
                <button type="button" onClick={() => onZoomTo(c)} className={`${smallButton} shrink-0`}>
                  {t('zoomHere')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {items === 0 && clusters.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-6 text-center">
          <p className="font-semibold text-slate-900">{t('empty')}</p>
          <p className="mt-1 text-slate-700">{t('emptyHint')}</p>
        </div>
      ) : null}
      {items ? (
        <ul className="flex flex-col gap-2">
          {companies.slice(0, shown).map((c) => (
            <CompanyItem key={`c:${c.ref}`} item={c} onShow={() => onShowCompany(c)} />
          ))}
          {listings.slice(0, Math.max(0, shown - companies.length)).map((l) => (
            <ListingItem key={`l:${l.ref}`} item={l} onShow={() => onShowListing(l)} />
          ))}
        </ul>
      ) : null}
      {items > shown ? (
        <button type="button" onClick={() => setShown((s) => s + PAGE)} className={`${smallButton} self-start`}>
          {t('showMore', { count: Math.min(PAGE, items - shown) })}
        </button>
      ) : null}
    </section>
  );
}
