'use client';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { SymbolIcon } from './legend';
import type { MapCompanyPoint, MapListingPoint, MapSelection } from './types';

// What a marker's popup says: for a listing its kind, title, firm (when visible), distance and the
// way to the listing; for a firm its town, sector and visible listings; for a spot with several
// (same address) a list of links; for a match line both ends. Opened from the list view, the main
// link takes focus so a keyboard user lands where they asked to go.

const linkClass =
  'iv-popup-button inline-flex min-h-11 items-center justify-center rounded-md bg-teal-800 px-4 text-sm font-semibold text-white no-underline hover:bg-teal-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700 focus-visible:ring-offset-2';

function useFocusOnOpen(enabled: boolean | undefined) {
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}

function KindLine({ kind, category }: { kind: 'offer' | 'need' | 'company'; category?: string }) {
  const t = useTranslations('listings');
  const tm = useTranslations('map');
  return (
    <p className="m-0 flex items-center gap-1.5 text-xs font-bold tracking-wide text-slate-800 uppercase">
      <SymbolIcon kind={kind} size={14} />
      {kind === 'company' ? tm('legend.company') : t(`kinds.${kind}`)}
      {category ? (
        <span className="font-medium tracking-normal text-slate-700 normal-case">· {t(`categories.${category}` as 'categories.capacity')}</span>
      ) : null}
    </p>
  );
}

function ListingPopup({ item, focus }: { item: MapListingPoint; focus?: boolean }) {
  const t = useTranslations('map.popup');
  const format = useFormatter();
  const ref = useFocusOnOpen(focus);
  return (
    <div className="flex flex-col gap-1.5">
      <KindLine kind={item.kind} category={item.category} />
      <p className="m-0 text-base leading-snug font-semibold text-slate-900">{item.title}</p>
      <p className="m-0 text-sm text-slate-700">
        {item.company ? (
          <>
            <span className="font-medium text-slate-900">{item.company.name}</span>
            {item.company.city ? `, ${item.company.city}` : ''}
          </>
        ) : (
          t('firmHidden')
        )}
      </p>
      {item.isOwn ? (
        <p className="m-0 text-sm font-semibold text-teal-900">{t('own')}</p>
      ) : item.distanceKm !== null ? (
        <p className="m-0 text-sm text-slate-700">{t('distance', { km: format.number(item.distanceKm, { maximumFractionDigits: 1 }) })}</p>
      ) : null}
      <Link ref={ref} href={`/listings/${item.ref}`} className={`${linkClass} mt-1`}>
        {t('seeListing')}
      </Link>
    </div>
  );
}

function CompanyPopup({ item, focus }: { item: MapCompanyPoint; focus?: boolean }) {
  const t = useTranslations('map.popup');
  const format = useFormatter();
  const ref = useFocusOnOpen(focus);
  return (
    <div className="flex flex-col gap-1.5">
      <KindLine kind="company" />
      <p className="m-0 text-base leading-snug font-semibold text-slate-900">{item.name}</p>
      <p className="m-0 text-sm text-slate-700">{[item.city, item.nace ? t('nace', { code: item.nace }) : null].filter(Boolean).join(' · ')}</p>
      <p className="m-0 text-sm text-slate-700">
        {t('listings', { count: item.listings })}
        {!item.isOwn && item.distanceKm !== null ? ` · ${t('distance', { km: format.number(item.distanceKm, { maximumFractionDigits: 1 }) })}` : ''}
      </p>
      <Link ref={ref} href={`/companies/${item.ref}`} className={`${linkClass} mt-1`}>
        {t('seeCompany')}
      </Link>
    </div>
  );
}

function GroupPopup({ listings, companies, more }: { listings: MapListingPoint[]; companies: MapCompanyPoint[]; more: number }) {
  const t = useTranslations('map.popup');
  return (
    <div className="flex flex-col gap-1">
      <p className="m-0 text-sm font-semibold text-slate-900">{t('here', { count: listings.length + companies.length + more })}</p>
      <ul className="m-0 flex max-h-64 list-none flex-col overflow-y-auto p-0">
        {companies.map((c) => (
          <li key={c.ref}>
            <Link href={`/companies/${c.ref}`} className="iv-popup-link flex min-h-11 items-center gap-2 text-sm font-medium">
              <SymbolIcon kind="company" size={14} />
              {c.name}
            </Link>
          </li>
        ))}
        {listings.map((l) => (
          <li key={l.ref}>
            <Link href={`/listings/${l.ref}`} className="iv-popup-link flex min-h-11 items-center gap-2 text-sm font-medium">
              <SymbolIcon kind={l.kind} size={14} own={l.isOwn} />
              <span>{l.title}</span>
            </Link>
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="m-0 text-xs text-slate-700">{t('more', { count: more })}</p> : null}
    </div>
  );
}

export function PopupContent({ selected }: { selected: MapSelection }) {
  const t = useTranslations('map.popup');
  switch (selected.type) {
    case 'listing':
      return <ListingPopup item={selected.item} focus={selected.fromList} />;
    case 'company':
      return <CompanyPopup item={selected.item} focus={selected.fromList} />;
    case 'group':
      return <GroupPopup listings={selected.listings} companies={selected.companies} more={selected.more} />;
    case 'line':
      return (
        <div className="flex flex-col gap-1">
          <p className="m-0 text-xs font-bold tracking-wide text-slate-800 uppercase">{t('match')}</p>
          <Link href={`/listings/${selected.line.from.ref}`} className="iv-popup-link flex min-h-11 items-center text-sm font-medium">
            {t('yours', { title: selected.line.from.title })}
          </Link>
          <Link href={`/listings/${selected.line.to.ref}`} className="iv-popup-link flex min-h-11 items-center gap-2 text-sm font-medium">
            <SymbolIcon kind={selected.line.to.kind} size={14} />
            {selected.line.to.title}
          </Link>
        </div>
      );
  }
}
