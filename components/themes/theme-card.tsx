import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ThemeSummary } from '@/lib/dal/themes';
import { MeetingLine } from './meeting-info';

export function CountsLine({ counts, label }: { counts: ThemeSummary['counts']; label: (key: 'offers' | 'needs' | 'matches', count: number) => string }) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm font-medium text-slate-800">
      <li>{label('offers', counts.offers)}</li>
      <li aria-hidden="true" className="text-slate-400">
        ·
      </li>
      <li>{label('needs', counts.needs)}</li>
      <li aria-hidden="true" className="text-slate-400">
        ·
      </li>
      <li>{label('matches', counts.matches)}</li>
    </ul>
  );
}

/** One theme in the overview: the whole card opens its board. */
export async function ThemeCard({ theme, showNetwork }: { theme: ThemeSummary; showNetwork: boolean }) {
  const t = await getTranslations('themes');
  return (
    <article className="relative flex h-full flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-teal-700 hover:border-teal-700">
      {showNetwork || theme.status === 'archived' || theme.following ? (
        <div className="flex flex-wrap items-center gap-2 text-xs">
          {showNetwork ? <span className="font-medium text-slate-700">{theme.network.name}</span> : null}
          {theme.status === 'archived' ? <span className="rounded bg-slate-200 px-2 py-0.5 font-semibold text-slate-800">{t('card.archived')}</span> : null}
          {theme.following ? (
            <span className="rounded bg-teal-50 px-2 py-0.5 font-semibold text-teal-900 ring-1 ring-teal-700/30 ring-inset">{t('card.following')}</span>
          ) : null}
        </div>
      ) : null}
      <h2 className="text-lg leading-snug font-semibold text-slate-900">
        <Link href={`/themes/${theme.ref}`} className="no-underline after:absolute after:inset-0 after:content-[''] focus:outline-none">
          {theme.title}
        </Link>
      </h2>
      <p className="line-clamp-3 text-sm text-slate-700">{theme.statement}</p>
      <div className="mt-auto flex flex-col gap-2 border-t border-slate-200 pt-3">
        <MeetingLine meeting={theme.meeting} />
        <div>
          <h3 className="sr-only">{t('card.contents')}</h3>
          <CountsLine counts={theme.counts} label={(key, count) => t(`card.${key}`, { count })} />
        </div>
      </div>
    </article>
  );
}
