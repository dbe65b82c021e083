import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActivitySection, OutcomesByKind } from '@/components/municipality/activity-section';
import { AreaFilters, municipalityHref } from '@/components/municipality/area-filters';
import { AreaSection } from '@/components/municipality/area-section';
import { BreakdownSections } from '@/components/municipality/breakdown-sections';
import { monthLabel } from '@/components/municipality/format';
import { KeyFigures } from '@/components/municipality/key-figures';
import { MethodNote } from '@/components/municipality/method-note';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import type { UiLocale } from '@/db/schema';
import { getAreaOverview } from '@/lib/dal/municipality';
import { requireAreaStaff } from '@/lib/dal/viewer-page';
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL, env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { DEFAULT_PERIOD, isPeriod, PERIODS } from '@/lib/municipality/activity';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('municipality');
  return { title: t('metaTitle') };
}

export default async function MunicipalityPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireAreaStaff();
  const params = await searchParams;
  const period = isPeriod(params.period) ? params.period : DEFAULT_PERIOD;
  const networkRef = typeof params.network === 'string' && params.network ? params.network : undefined;
  const overview = await getAreaOverview(viewer, { networkRef, period }).catch((error: unknown) => {
    // Not municipality staff or a facilitator of that network: the page does not exist for them.
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations('municipality'), getLocale() as Promise<UiLocale>]);
  const { area, totals, outcomes } = overview;
  const withheld = t('suppressed', { min: area.minFirms });
  const tiles = { url: env().MAP_TILE_URL ?? DEFAULT_TILE_URL, attribution: env().MAP_TILE_ATTRIBUTION ?? DEFAULT_TILE_ATTRIBUTION };
  const here = { network: overview.network.ref, period };

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle', { network: overview.network.name })}
        actions={
          area.hidden ? null : (
            <Link
              href={municipalityHref(here, '/municipality/export')}
              className={`${buttonClass('secondary')} whitespace-nowrap no-underline`}
              prefetch={false}
            >
              {t('download')}
            </Link>
          )
        }
      />
      <AreaFilters
        networks={overview.networks}
        network={overview.network.ref}
        period={period}
        periods={PERIODS.map((p) => ({ value: p, label: t(`periods.${p}`) }))}
        labels={{ network: t('network'), period: t('periodLabel'), show: t('show') }}
      />

      {area.hidden ? (
        <section className="max-w-2xl rounded-lg border border-amber-300 bg-amber-50 p-4" role="status">
          <h2 className="text-lg font-semibold text-amber-950">{t('hidden.title')}</h2>
          <p className="mt-1 text-amber-950">{t('hidden.body', { min: area.minFirms })}</p>
        </section>
      ) : (
        <>
          <section aria-labelledby="now-heading">
            <h2 id="now-heading" className="mb-3 text-xl font-semibold">
              {t('now.title')}
            </h2>
            <KeyFigures
              locale={locale}
              withheldLabel={withheld}
              figures={[
                { key: 'memberFirms', label: t('now.memberFirms'), value: area.memberFirms },
                { key: 'activeFirms', label: t('now.activeFirms'), value: area.activeFirms },
                { key: 'openOffers', label: t('now.openOffers'), value: area.kinds.offer?.total ?? null },
                { key: 'openNeeds', label: t('now.openNeeds'), value: area.kinds.need?.total ?? null },
              ]}
            />
          </section>

          <section aria-labelledby="results-heading" className="mt-10">
            <h2 id="results-heading" className="text-xl font-semibold">
              {t('results.title')}
            </h2>
            <p className="mb-3 text-sm text-slate-700">
              {t(`periods.${period}`)}: {t('periodRange', { from: monthLabel(overview.from, locale, 'long'), to: monthLabel(overview.to, locale, 'long') })}
            </p>
            <KeyFigures
              locale={locale}
              withheldLabel={withheld}
              figures={[
                { key: 'matches', label: t('results.matches'), value: totals?.matches ?? null, help: t('results.matchesHelp') },
                { key: 'introductions', label: t('results.introductions'), value: totals?.introductions ?? null, help: t('results.introductionsHelp') },
                { key: 'outcomes', label: t('results.outcomes'), value: outcomes?.results ?? null, help: t('results.outcomesHelp') },
                { key: 'meetings', label: t('results.meetings'), value: totals?.meetings ?? null },
              ]}
            />
            <OutcomesByKind overview={overview} locale={locale} />
          </section>

          <AreaSection overview={overview} locale={locale} tiles={tiles} />
          <BreakdownSections overview={overview} locale={locale} />
          <ActivitySection overview={overview} locale={locale} />
          <p className="mt-4 text-sm text-slate-700">{t('legend', { min: area.minFirms })}</p>
          <MethodNote min={area.minFirms} />
          <p className="mt-4 text-xs text-slate-600">
            {t('generatedAt', {
              date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(
                new Date(overview.generatedAt),
              ),
            })}
          </p>
        </>
      )}
    </>
  );
}
