// One suggestion: how well it fits, why, and the partner listing(s) with their firm and distance.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { KindBadge } from '@/components/listings/kind-badge';
import type { MatchDto } from '@/lib/dal/matches';

export async function MatchCard({ match, heading, footer, bare = false }: { match: MatchDto; heading?: ReactNode; footer?: ReactNode; bare?: boolean }) {
  const [t, tl] = await Promise.all([getTranslations('matching'), getTranslations('listings')]);
  const percent = Math.round(match.score * 100);
  const group = match.type !== 'pair' && match.listings.length > 1;
  return (
    <article className={`flex flex-col gap-3 ${bare ? '' : 'rounded-lg border border-slate-300 bg-white p-4 shadow-sm'}`}>
      {heading}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-bold text-teal-900">{t('score', { percent })}</span>
        <span aria-hidden="true" className="h-2 w-20 overflow-hidden rounded-full bg-slate-200">
          <span className="block h-full rounded-full bg-teal-700" style={{ width: `${percent}%` }} />
        </span>
        {match.type !== 'pair' ? <span className="rounded bg-sky-50 px-2 py-0.5 text-xs font-semibold text-sky-900">{t(`types.${match.type}`)}</span> : null}
        {match.isNew ? <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-950">{t('new')}</span> : null}
      </div>
      {group ? <p className="text-sm text-slate-700">{t(`typeHelp.${match.type === 'pooling' ? 'pooling' : 'bundling'}`)}</p> : null}
      <ul className="flex flex-col gap-2">
        {match.listings.map((l) => (
          <li key={l.ref} className="flex flex-col gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <KindBadge kind={l.kind} label={tl(`kinds.${l.kind}`)} />
              <span className="text-xs font-medium text-slate-700">{tl(`categories.${l.category}`)}</span>
            </div>
            <Link href={`/listings/${l.ref}`} className="font-semibold text-slate-900">
              {l.title}
            </Link>
            <p className="text-sm text-slate-700">
              {l.company.name}
              {l.company.city ? `, ${l.company.city}` : ''}
              {l.quantity !== null ? ` · ${tl('card.quantity', { quantity: l.quantity, unit: l.unit ?? '' })}` : ''}
            </p>
          </li>
        ))}
      </ul>
      {match.reasons.length ? (
        <p className="text-sm text-slate-800">
          <span className="font-semibold">{t('why')}: </span>
          {match.reasons.join(' · ')}
        </p>
      ) : null}
      {footer}
    </article>
  );
}
