import { getTranslations } from 'next-intl/server';
import type { AreaCellDto, AreaOverviewDto, ListingCategory } from '@/lib/dal/municipality';
import type { Locale as UiLocale } from '@/lib/i18n/config';
import { AreaMapLoader } from './area-map-loader-client';
import type { MapCell } from './area-map-client';
import { CountTable, type CountRow } from './count-table';
import { formatCount } from './format';
import { areaTitle, mergedPlaces, sectionName } from './labels';

/** The area map and its table: firms and open listings per postcode area. */
export async function AreaSection({
  overview,
  locale,
  tiles,
}: {
  overview: AreaOverviewDto;
  locale: UiLocale;
  tiles: { url: string; attribution: string };
}) {
  const [t, tl] = await Promise.all([getTranslations('municipality'), getTranslations('listings')]);
  const { area } = overview;
  const min = area.minFirms;
  const withheld = t('suppressed', { min });
  const all = [...area.cells, ...(area.rest ? [area.rest] : [])];
  const title = (c: AreaCellDto) => areaTitle(c, t('areas.rest'));

  const mapCells: MapCell[] = area.cells.map((c) => {
    const top = area.categories
      .map((cat) => ({ cat, n: (c.categories.offer?.values[cat] ?? 0) + (c.categories.need?.values[cat] ?? 0) }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n)
      .slice(0, 2)
      .map((x) => tl(`categories.${x.cat}`));
    const merged = mergedPlaces(c);
    return {
      key: c.key,
      lat: c.lat!,
      lng: c.lng!,
      label: c.places[0]?.name ?? '',
      title: merged.length ? `${title(c)} + ${merged.join(', ')}` : title(c),
      lines: [
        t('map.firmsShort', { count: c.firms }),
        `${t('areas.offers')}: ${formatCount(c.listings.offer, locale)}`,
        `${t('areas.needs')}: ${formatCount(c.listings.need, locale)}`,
        ...(top.length ? [`${t('map.topCategories')}: ${top.join(', ')}`] : []),
      ],
      size: (c.listings.offer ?? 0) + (c.listings.need ?? 0),
    };
  });

  const areaLabel = (c: AreaCellDto) => {
    const merged = mergedPlaces(c);
    return (
      <>
        <span className="font-medium text-slate-900">{title(c)}</span>
        {merged.length ? <span className="block text-xs text-slate-600">+ {merged.join(', ')}</span> : null}
        {c.lat === null ? <span className="block text-xs text-slate-600">{t('areas.restHint')}</span> : null}
      </>
    );
  };
  const rows: CountRow[] = [
    ...all.map((c) => ({ key: c.key, label: areaLabel(c), values: [c.firms, c.listings.offer, c.listings.need] })),
    {
      key: 'total',
      label: t('areas.total'),
      values: [area.memberFirms, area.kinds.offer?.total ?? null, area.kinds.need?.total ?? null],
      emphasis: 'total' as const,
    },
  ];

  const breakdown = (c: AreaCellDto, by: 'categories' | 'sectors'): CountRow[] => {
    const keys: string[] = by === 'categories' ? [...area.categories] : area.sections;
    const name = (k: string) => (by === 'categories' ? tl(`categories.${k as ListingCategory}`) : sectionName(k, locale, t('sectors.none')));
    const out: CountRow[] = keys
      .map((k) => ({ key: k, label: name(k), values: [c[by].offer?.values[k] ?? null, c[by].need?.values[k] ?? null] }))
      .filter((r) => r.values.some((v) => v !== 0));
    const other = [c[by].offer?.other ?? 0, c[by].need?.other ?? 0];
    if (other.some((v) => v > 0)) out.push({ key: '~other', label: t(by === 'categories' ? 'categories.other' : 'sectors.other'), values: other, emphasis: 'other' });
    return out;
  };

  return (
    <section aria-labelledby="area-heading" className="mt-10">
      <h2 id="area-heading" className="mb-2 text-xl font-semibold">
        {t('map.title')}
      </h2>
      <p className="mb-3 max-w-3xl text-sm text-slate-700">{t('map.intro', { min })}</p>
      {mapCells.length ? (
        <figure className="mb-4">
          <div role="region" aria-label={t('map.label')}>
            <AreaMapLoader cells={mapCells} tiles={tiles} />
          </div>
          <figcaption className="mt-1 text-xs text-slate-600">
            {area.rest ? `${t('map.restNote', { firms: area.rest.firms })} ` : ''}
            {t('map.tilesNote')}
          </figcaption>
        </figure>
      ) : null}
      <CountTable
        caption={t('areas.caption')}
        headers={[t('areas.area'), t('areas.firms'), t('areas.offers'), t('areas.needs')]}
        rows={rows}
        locale={locale}
        withheldLabel={withheld}
      />
      <h3 className="mt-6 mb-2 text-lg font-semibold">{t('areas.details')}</h3>
      <div className="flex flex-col gap-2">
        {all.map((c) => (
          <details key={c.key} className="rounded-lg border border-slate-200 bg-white">
            <summary className="flex min-h-11 cursor-pointer items-center px-3 font-medium">{title(c)}</summary>
            <div className="grid gap-3 p-3 pt-0 md:grid-cols-2">
              {(['categories', 'sectors'] as const).map((by) => (
                <CountTable
                  key={by}
                  caption={`${t(by === 'categories' ? 'areas.byCategory' : 'areas.bySector')} – ${title(c)}`}
                  headers={[t(by === 'categories' ? 'categories.category' : 'sectors.sector'), t('areas.offers'), t('areas.needs')]}
                  rows={breakdown(c, by)}
                  locale={locale}
                  withheldLabel={withheld}
                />
              ))}
            </div>
          </details>
        ))}
      </div>
    </section>
  );
}
