import { getTranslations } from 'next-intl/server';
import type { Locale as UiLocale } from '@/lib/i18n/config';
import type { AreaOverviewDto } from '@/lib/dal/municipality';
import { ACTIVITY_SERIES } from '@/lib/municipality/activity';
import { OUTCOME_KINDS_SHOWN } from '@/lib/municipality/outcomes';
import { MonthsChartLoader } from './charts-loader-client';
import type { ChartRow } from './charts-client';
import { CountTable, type CountRow } from './count-table';
import { monthLabel } from './format';

const COLORS = {
  listings: '#0f766e',
  matches: '#1d4ed8',
  introductions: '#b45309',
  outcomes: '#7e22ce',
  meetings: '#475569',
} as const;

/** The results recorded in the period, by kind (deal, shared hire …). */
export async function OutcomesByKind({ overview, locale }: { overview: AreaOverviewDto; locale: UiLocale }) {
  const t = await getTranslations('municipality');
  const outcomes = overview.outcomes;
  if (!outcomes) return null;
  const kinds = OUTCOME_KINDS_SHOWN.filter((k) => outcomes.byKind[k] !== 0);
  return (
    <section aria-labelledby="outcomes-heading" className="mt-6">
      <h3 id="outcomes-heading" className="mb-2 text-lg font-semibold">
        {t('results.byKind')}
      </h3>
      {kinds.length === 0 && outcomes.otherKinds === 0 ? (
        <p className="text-slate-700">{t('results.noOutcomes')}</p>
      ) : (
        <div className="max-w-xl">
          <CountTable
            caption={t('results.byKind')}
            captionHidden
            headers={[t('results.kind'), t('results.count')]}
            rows={[
              ...kinds.map((k) => ({
                key: k,
                label: t(`outcomeKinds.${k}`),
                values: [outcomes.byKind[k]],
              })),
              ...(outcomes.otherKinds > 0
                ? [{ key: '~other', label: t('results.otherKinds'), values: [outcomes.otherKinds], emphasis: 'other' as const }]
                : []),
            ]}
            locale={locale}
            withheldLabel={t('suppressed', { min: overview.area.minFirms })}
          />
        </div>
      )}
    </section>
  );
}

/** Activity per month: chart and table. */
export async function ActivitySection({ overview, locale }: { overview: AreaOverviewDto; locale: UiLocale }) {
  const t = await getTranslations('municipality');
  const withheld = t('suppressed', { min: overview.area.minFirms });
  const totals = overview.totals;
  const otherMonths = overview.withheld;
  if (!totals) return null;

  const rows: CountRow[] = [
    ...overview.activity.map((m) => ({
      key: m.month,
      label: (
        <>
          <span className="whitespace-nowrap sm:hidden">{monthLabel(m.month, locale)}</span>
          <span className="hidden whitespace-nowrap sm:inline">{monthLabel(m.month, locale, 'long')}</span>
        </>
      ),
      values: ACTIVITY_SERIES.map((s) => m[s]),
    })),
    // The withheld months of each series together (backed by ≥ 3 firms): the table adds up.
    ...(otherMonths && ACTIVITY_SERIES.some((s) => otherMonths[s] > 0)
      ? [{ key: '~other', label: t('activity.otherMonths'), values: ACTIVITY_SERIES.map((s) => otherMonths[s]), emphasis: 'other' as const }]
      : []),
    {
      key: '~total',
      label: t('activity.total'),
      values: ACTIVITY_SERIES.map((s) => totals[s]),
      emphasis: 'total' as const,
    },
  ];
  const chart = overview.activity.map((m): ChartRow => ({ ...Object.fromEntries(ACTIVITY_SERIES.map((s) => [s, m[s]])), label: monthLabel(m.month, locale) }));
  const series = (keys: readonly (typeof ACTIVITY_SERIES)[number][]) => keys.map((k) => ({ key: k, label: t(`activity.${k}`), color: COLORS[k] }));
  return (
    <section aria-labelledby="activity-heading" className="mt-10">
      <h2 id="activity-heading" className="mb-3 text-xl font-semibold">
        {t('activity.title')}
      </h2>
      {/* New listings are counted in tens, results in ones: two charts, so neither flattens the other. */}
      <div className="mb-4 grid items-start gap-4 lg:grid-cols-2">
        <div className="min-w-0 overflow-hidden rounded-lg border border-slate-200 bg-white p-2">
          <MonthsChartLoader rows={chart} series={series(['listings'])} />
        </div>
        <div className="min-w-0 overflow-hidden rounded-lg border border-slate-200 bg-white p-2">
          <MonthsChartLoader rows={chart} series={series(['matches', 'introductions', 'outcomes', 'meetings'])} />
        </div>
        <p className="text-xs text-slate-600 lg:col-span-2">{t('chartHint')}</p>
      </div>
      <CountTable
        caption={t('activity.caption')}
        headers={[t('activity.month'), ...ACTIVITY_SERIES.map((s) => t(`activity.${s}`))]}
        rows={rows}
        locale={locale}
        withheldLabel={withheld}
      />
    </section>
  );
}
