// The "Possible matches" section of a listing page, for its firm (who can hide suggestions) and for
// its network's facilitator.
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { dismissMatchAction } from '@/lib/actions/matching';
import type { ListingMatchesDto, MatchDto } from '@/lib/dal/matches';
import { DismissibleMatch } from './dismissible-client';
import { MatchCard } from './match-card';
import { PendingRefresh } from './pending-refresh-client';

interface Props {
  data: ListingMatchesDto;
  /** Extra actions per suggestion (e.g. express interest), rendered under the reasons. */
  actions?: (match: MatchDto) => ReactNode;
}

export async function ListingMatches({ data, active, actions }: Props & { active: boolean }) {
  const t = await getTranslations('matching');
  return (
    <section id="matches" aria-labelledby="matches-heading" className="flex scroll-mt-4 flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="matches-heading" className="text-xl font-semibold text-slate-900">
          {t('title')}
        </h2>
        {active && data.matches.length ? <p className="text-sm text-slate-700">{t('count', { count: data.matches.length })}</p> : null}
      </div>
      <p className="text-sm text-slate-700">{data.asFacilitator ? t('introFacilitator') : t('intro')}</p>
      {!active ? (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">{t('inactive')}</p>
      ) : data.pending && !data.matches.length ? (
        <PendingRefresh label={t('pending')} />
      ) : !data.matches.length ? (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">{t('empty')}</p>
      ) : (
        <MatchGroups
          data={data}
          actions={actions}
          weakerLabel={(count) => t('weaker', { count })}
          onlyWeak={t('onlyWeak')}
          poolingHeading={t('poolingHeading')}
          poolingIntro={t('poolingIntro')}
        />
      )}
    </section>
  );
}

// Firms that can answer the listing come first; other firms that need the same thing (pooling)
// follow as their own group, since teaming up is a different conversation than a deal.
function MatchGroups({
  data,
  actions,
  weakerLabel,
  onlyWeak,
  poolingHeading,
  poolingIntro,
}: Props & { weakerLabel: (count: number) => string; onlyWeak: string; poolingHeading: string; poolingIntro: string }) {
  const list = (items: MatchDto[]) => (
    <ol className="grid gap-3 md:grid-cols-2">
      {items.map((m) => {
        const first = m.listings[0];
        if (!first) return null;
        const card = <MatchCard match={m} footer={actions?.(m)} bare={data.canDismiss} />;
        return (
          <li key={`${m.type}-${first.ref}`}>
            {data.canDismiss ? (
              <DismissibleMatch action={dismissMatchAction} listingRef={data.listing.ref} otherRef={first.ref} title={first.title}>
                {card}
              </DismissibleMatch>
            ) : (
              card
            )}
          </li>
        );
      })}
    </ol>
  );
  const direct = data.matches.filter((m) => m.type !== 'pooling');
  const pooling = data.matches.filter((m) => m.type === 'pooling');
  const poolingGroup = pooling.length ? (
    <section aria-labelledby="matches-pooling-heading" className="flex flex-col gap-2 pt-2">
      <h3 id="matches-pooling-heading" className="text-lg font-semibold text-slate-900">
        {poolingHeading}
      </h3>
      <p className="text-sm text-slate-700">{poolingIntro}</p>
      {list(pooling)}
    </section>
  ) : null;
  const strong = direct.filter((m) => m.strong);
  const weaker = direct.filter((m) => !m.strong);
  if (!strong.length) {
    return (
      <>
        {weaker.length ? <p className="text-sm text-slate-700">{onlyWeak}</p> : null}
        {weaker.length ? list(weaker) : null}
        {poolingGroup}
      </>
    );
  }
  return (
    <>
      {list(strong)}
      {weaker.length ? (
        <details className="group">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-teal-900">
            <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
              ▸
            </span>
            {weakerLabel(weaker.length)}
          </summary>
          <div className="pt-2">{list(weaker)}</div>
        </details>
      ) : null}
      {poolingGroup}
    </>
  );
}
