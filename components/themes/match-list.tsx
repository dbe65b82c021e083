import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { KindBadge } from '@/components/listings/kind-badge';
import type { BoardMatch } from '@/lib/dal/themes';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { reasonsLine } from '@/lib/matching/explain';

/** Where a facilitator proposes that the two firms of a match talk, with both firms and listings
 * filled in. */
export const proposeHref = (networkRef: string, m: BoardMatch) =>
  `/facilitator/introductions?${new URLSearchParams({ network: networkRef, from: m.a.companyRef, fromListing: m.a.ref, to: m.b.companyRef, toListing: m.b.ref }).toString()}#propose-heading`;

/** Pairs among the theme's offers and needs: both listings, the score and why, newest first. With
 * `introduceIn` (the viewer facilitates the theme's network), each pair links to proposing an
 * introduction between its two firms. */
export async function MatchList({ matches, introduceIn }: { matches: BoardMatch[]; introduceIn?: string }) {
  const [t, tl, rawLocale] = await Promise.all([getTranslations('themes'), getTranslations('listings'), getLocale()]);
  const locale: Locale = isLocale(rawLocale) ? rawLocale : 'da';
  const side = (s: BoardMatch['a']) => (
    <div className="flex min-w-0 flex-col items-start gap-1">
      <span className="flex flex-wrap items-center gap-2">
        <KindBadge kind={s.kind} label={tl(`kinds.${s.kind}`)} />
        {s.visibility === 'facilitators' ? (
          <span className="rounded bg-slate-700 px-2 py-0.5 text-xs font-semibold text-white">{tl('visibility.facilitators')}</span>
        ) : null}
      </span>
      <Link href={`/listings/${s.ref}`} className="leading-snug font-semibold">
        {s.title}
      </Link>
      <span className="text-sm text-slate-700">{s.companyName}</span>
    </div>
  );
  return (
    <section aria-labelledby="matches-heading" className="flex flex-col gap-3">
      <h2 id="matches-heading" className="text-xl font-semibold text-slate-900">
        {t('board.matches')} <span className="font-normal text-slate-600">({matches.length})</span>
      </h2>
      {matches.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-4 text-slate-700">{t('board.noMatches')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {matches.map((m) => {
            const why = reasonsLine(m.reasons, locale);
            return (
              <li key={`${m.a.ref}-${m.b.ref}`} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
                <div className="grid grid-cols-1 items-start gap-3 sm:grid-cols-[1fr_auto_1fr]">
                  {side(m.a)}
                  <span className="text-sm font-semibold text-slate-600 sm:self-center" aria-hidden="true">
                    <span className="sm:hidden">↕</span>
                    <span className="hidden sm:inline">↔</span>
                  </span>
                  <span className="sr-only">{t('board.and')}</span>
                  {side(m.b)}
                </div>
                <p className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 border-t border-slate-200 pt-2 text-sm text-slate-800">
                  <span className="rounded bg-teal-800 px-2 py-0.5 text-xs font-bold text-white">
                    {t('board.score', { percent: Math.round(m.score * 100) })}
                  </span>
                  {why ? <span>{why}</span> : null}
                </p>
                {introduceIn ? (
                  <p className="mt-2">
                    <Link
                      href={proposeHref(introduceIn, m)}
                      aria-label={t('board.proposeLabel', { a: m.a.companyName, b: m.b.companyName })}
                      className="inline-flex min-h-11 items-center text-sm font-semibold"
                    >
                      {t('board.propose')} →
                    </Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
