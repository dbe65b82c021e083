import { getTranslations } from 'next-intl/server';
import type { AreaCellDto, AreaOverviewDto, ListingCategory, ListingKind } from '@/lib/dal/municipality';
import type { Locale as UiLocale } from '@/lib/i18n/config';
import type { Breakdown } from '@/lib/municipality/aggregate';
import type { Count } from '@/lib/municipality/protect';
import { AreaMapLoader } from './area-map-loader-client';
import type { MapCell } from './area-map-client';
import { CountTable, type CountRow } from './count-table';
import { formatCount } from './format';
import { areaTitle, mergedPlaces, sectionName } from './labels';

const KINDS: ListingKind[] = ['offer', 'need'];

/** A count of a breakdown: null where withheld (or the whole breakdown is), undefined where none. */
function cellValue(b: Breakdown | null | undefined, key: string): Count | undefined {
  if (b === undefined) return undefined;
  if (b === null) return null;
  const v = b.values[key];
  return v === undefined ? 0 : v;
}

/** The area map and its table: firms and open listings per postcode area. */
export async function AreaSection({ overview, locale, tiles }: { overview: AreaOverviewDto; locale: UiLocale; tiles: { url: string; attribution: string } }) {
  const [t, tl] = await Promise.all([getTranslations('municipality'), getTranslations('listings')]);
  const { area } = overview;
  const min = area.minFirms;
  const withheld = t('suppressed', { min });
  const all = [...area.cells, ...(area.rest ? [area.rest] : [])];
  const title = (c: AreaCellDto) => areaTitle(c, t('areas.rest'));
  const kindLabel = (k: ListingKind) => t(k === 'offer' ? 'areas.offers' : 'areas.needs');
  const combined = KINDS.map((k) => ({ kind: k, c: area.kinds[k]?.combined ?? null }));
  const anyCombined = combined.some((x) => x.c);

  const mapCells: MapCell[] = area.cells.map((c) => {
    const top = area.categories
      .map((cat) => ({ cat, n: (c.categories.offer?.values[cat] ?? 0) + (c.categories.need?.values[cat] ?? 0) }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n)
      .slice(0, 2)
      .map((x) => tl(`categories.${x.cat}`));
    const merged = mergedPlaces(c);
    const count = (v: Count) => (v === null ? t('map.withheldShort') : formatCount(v, locale));
    return {
      key: c.key,
      lat: c.lat!,
      lng: c.lng!,
      label: c.places[0]?.name ?? '',
      title: merged.length ? `${title(c)} + ${merged.join(', ')}` : title(c),
      lines: [
        t('map.firmsShort', { count: c.firms }),
        ...KINDS.map((k) => `${kindLabel(k)}: ${count(c.listings[k])}`),
        ...(top.length ? [`${t('map.topCategories')}: ${top.join(', ')}`] : []),
      ],
      size: c.firms,
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
  const titleOfKey = (key: string) => {
    const c = all.find((x) => x.key === key);
    return c ? title(c) : key;
  };
  const combinedLabel = (
    <>
      <span className="font-medium text-slate-900">{t('areas.combined')}</span>
      {combined.map(({ kind, c }) =>
        c ? (
          <span key={kind} className="block text-xs text-slate-600">
            {t('areas.combinedAreas', { kind: kindLabel(kind), areas: c.areas.map(titleOfKey).join(', ') })}
          </span>
        ) : null,
      )}
    </>
  );
  const rows: CountRow[] = [
    ...all.map((c) => ({ key: c.key, label: areaLabel(c), values: [c.firms, c.listings.offer, c.listings.need] })),
    ...(anyCombined ? [{ key: '~combined', label: combinedLabel, values: [undefined, ...combined.map((x) => x.c?.total)], emphasis: 'other' as const }] : []),
    {
      key: 'total',
      label: t('areas.total'),
      values: [area.memberFirms, area.kinds.offer?.total ?? null, area.kinds.need?.total ?? null],
      emphasis: 'total' as const,
    },
  ];

  /** Category or sector rows of one area: those with something to show, then "other". */
  const breakdown = (by: 'categories' | 'sectors', parts: Record<ListingKind, Breakdown | null | undefined>): CountRow[] => {
    const keys: string[] = by === 'categories' ? [...area.categories] : area.sections;
    const name = (k: string) => (by === 'categories' ? tl(`categories.${k as ListingCategory}`) : sectionName(k, locale, t('sectors.none')));
    const out: CountRow[] = keys
      .map((k) => ({ key: k, label: name(k), values: KINDS.map((kind) => cellValue(parts[kind], k)) }))
      .filter((r) => r.values.some((v) => typeof v === 'number' && v > 0));
    const other = KINDS.map((kind) => parts[kind]?.other ?? 0);
    if (other.some((v) => v > 0))
      out.push({ key: '~other', label: t(by === 'categories' ? 'categories.other' : 'sectors.other'), values: other, emphasis: 'other' });
    return out;
  };
  const panels = [
    ...all.map((c) => ({ key: c.key, title: title(c), parts: { categories: c.categories, sectors: c.sectors } })),
    ...(anyCombined
      ? [
          {
            key: '~combined',
            title: t('areas.combined'),
            parts: {
              categories: { offer: area.kinds.offer?.combined?.categories, need: area.kinds.need?.combined?.categories },
              sectors: { offer: area.kinds.offer?.combined?.sectors, need: area.kinds.need?.combined?.sectors },
            },
          },
        ]
      : []),
  ];

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
        headers={[t('areas.area'), { label: t('areas.firms'), short: t('areas.firmsShort') }, t('areas.offers'), t('areas.needs')]}
        rows={rows}
        locale={locale}
        withheldLabel={withheld}
      />
      {anyCombined ? <p className="mt-1 text-xs text-slate-600">{t('areas.combinedHint', { min })}</p> : null}
      <h3 className="mt-6 mb-2 text-lg font-semibold">{t('areas.details')}</h3>
      <div className="flex flex-col gap-2">
        {panels.map((p) => (
          <details key={p.key} className="rounded-lg border border-slate-200 bg-white">
            <summary className="flex min-h-11 cursor-pointer items-center px-3 font-medium">{p.title}</summary>
            <div className="grid items-start gap-3 p-3 pt-0 md:grid-cols-2">
              {(['categories', 'sectors'] as const).map((by) => (
                <CountTable
                  key={by}
                  caption={`${t(by === 'categories' ? 'areas.byCategory' : 'areas.bySector')} – ${p.title}`}
                  headers={[t(by === 'categories' ? 'categories.category' : 'sectors.sector'), t('areas.offers'), t('areas.needs')]}
                  rows={breakdown(by, p.parts[by])}
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
