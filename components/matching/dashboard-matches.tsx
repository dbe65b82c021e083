// The company dashboard's "New matches": the best suggestions across the firm's active listings.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { DashboardMatchDto } from '@/lib/dal/matches';
import { MatchCard } from './match-card';

export async function DashboardMatches({ matches }: { matches: DashboardMatchDto[] }) {
  const t = await getTranslations('matching');
  return (
    <section aria-labelledby="new-matches-heading" className="flex flex-col gap-3">
      <h2 id="new-matches-heading" className="text-xl font-semibold text-slate-900">
        {t('dashboardTitle')}
      </h2>
      <p className="text-sm text-slate-700">{matches.length ? t('dashboardIntro') : t('dashboardEmpty')}</p>
      {matches.length ? (
        <ol className="grid gap-3 md:grid-cols-2 lg:grid-cols-3">
          {matches.map((m) => (
            <li key={`${m.for.ref}-${m.type}-${m.listings[0]?.ref ?? ''}`}>
              <MatchCard
                match={m}
                heading={<p className="text-xs font-semibold tracking-wide text-slate-700 uppercase">{t('forListing', { title: m.for.title })}</p>}
                footer={
                  <Link href={`/listings/${m.for.ref}#matches`} className="text-sm font-semibold">
                    {t('seeAll')}
                  </Link>
                }
              />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
