import { getTranslations } from 'next-intl/server';
import type { AreaOverviewDto, ListingKind } from '@/lib/dal/municipality';
import type { Locale as UiLocale } from '@/lib/i18n/config';
import type { Count } from '@/lib/municipality/protect';
import { BarsChartLoader } from './charts-loader-client';
import type { ChartRow, ChartSeries } from './charts-client';
import { CountTable, type CountRow } from './count-table';
import { KIND_COLORS, sectionName } from './labels';

const KINDS: ListingKind[] = ['offer', 'need'];

type LabelledRow = CountRow & { label: string };

/** Chart rows: the table's rows without its total, and without rows that are all zero. */
function chartRows(rows: LabelledRow[], keys: string[]): ChartRow[] {
  return rows
    .filter((r) => r.emphasis !== 'total' && r.values.some((v) => typeof v === 'number' && v > 0))
    .map((r): ChartRow => ({ ...Object.fromEntries(keys.map((k, i) => [k, r.values[i] ?? null])), label: r.label }));
}

/** Offers and needs per category, and firms, offers and needs per sector, for the whole network. */
export async function BreakdownSections({ overview, locale }: { overview: AreaOverviewDto; locale: UiLocale }) {
  const [t, tl] = await Promise.all([getTranslations('municipality'), getTranslations('listings')]);
  const { area } = overview;
  const withheld = t('suppressed', { min: area.minFirms });
  const kindSeries: ChartSeries[] = KINDS.filter((k) => area.kinds[k]).map((k) => ({ key: k, label: t(`kinds.${k}`), color: KIND_COLORS[k] }));
  const kindValue = (k: ListingKind, by: 'categories' | 'sectors', key: string): Count => area.kinds[k]?.[by].values[key] ?? null;
  const otherRow = (label: string, values: number[]): LabelledRow[] => (values.some((v) => v > 0) ? [{ key: '~other', label, values, emphasis: 'other' }] : []);
  const totals = KINDS.map((k) => area.kinds[k]?.total ?? null);

  const categoryRows: LabelledRow[] = [
    ...area.categories.map((c) => ({ key: c, label: tl(`categories.${c}`), values: KINDS.map((k) => kindValue(k, 'categories', c)) })),
    ...otherRow(
      t('categories.other'),
      KINDS.map((k) => area.kinds[k]?.categories.other ?? 0),
    ),
    { key: '~total', label: t('areas.total'), values: totals, emphasis: 'total' },
  ];
  // A sector with nothing to show on its own (every count withheld or 0) is left to "other sectors".
  const sectorRows: LabelledRow[] = [
    ...area.sections
      .map((s) => ({
        key: s,
        label: sectionName(s, locale, t('sectors.none')),
        values: [area.sectorFirms.values[s] ?? null, ...KINDS.map((k) => kindValue(k, 'sectors', s))],
      }))
      .filter((r) => r.values.some((v) => typeof v === 'number' && v > 0)),
    ...otherRow(t('sectors.other'), [area.sectorFirms.other, ...KINDS.map((k) => area.kinds[k]?.sectors.other ?? 0)]),
    { key: '~total', label: t('areas.total'), values: [area.memberFirms, ...totals], emphasis: 'total' },
  ];

  return (
    <>
      <section aria-labelledby="categories-heading" className="mt-10">
        <h2 id="categories-heading" className="mb-3 text-xl font-semibold">
          {t('categories.title')}
        </h2>
        <div className="grid items-start gap-4 lg:grid-cols-2">
          <div className="min-w-0 overflow-hidden rounded-lg border border-slate-200 bg-white p-2">
            <BarsChartLoader rows={chartRows(categoryRows, KINDS)} series={kindSeries} />
            <p className="px-2 text-xs text-slate-600">{t('chartHint')}</p>
          </div>
          <CountTable
            caption={t('categories.caption')}
            headers={[t('categories.category'), t('kinds.offer'), t('kinds.need')]}
            rows={categoryRows}
            locale={locale}
            withheldLabel={withheld}
          />
        </div>
      </section>

      <section aria-labelledby="sectors-heading" className="mt-10">
        <h2 id="sectors-heading" className="mb-1 text-xl font-semibold">
          {t('sectors.title')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t('sectors.hint')}</p>
        <div className="grid items-start gap-4 lg:grid-cols-2">
          <div className="min-w-0 overflow-hidden rounded-lg border border-slate-200 bg-white p-2">
            <BarsChartLoader
              rows={chartRows(sectorRows, ['firms', ...KINDS])}
              series={[{ key: 'firms', label: t('sectors.firms'), color: KIND_COLORS.firms }, ...kindSeries]}
            />
            <p className="px-2 text-xs text-slate-600">{t('chartHint')}</p>
          </div>
          <CountTable
            caption={t('sectors.caption')}
            headers={[t('sectors.sector'), { label: t('sectors.firms'), short: t('areas.firmsShort') }, t('kinds.offer'), t('kinds.need')]}
            rows={sectorRows}
            locale={locale}
            withheldLabel={withheld}
          />
        </div>
      </section>
    </>
  );
}
