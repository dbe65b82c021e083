import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ProposalDto } from '@/lib/dal/introduction-proposals';
import { StatusBadge } from './status-badge';
import { WithdrawFormClient } from './withdraw-form-client';

/** The network's facilitator proposals and where each firm stands. */
export async function ProposalList({ proposals }: { proposals: ProposalDto[] }) {
  const [t, ts, format] = await Promise.all([getTranslations('introductions.facilitator'), getTranslations('introductions'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  if (!proposals.length) return <p className="text-slate-700">{t('none')}</p>;
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {proposals.map((p) => (
        <li key={p.id}>
          <article aria-labelledby={`proposal-${p.id}`} className="flex h-full flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center gap-2">
              <StatusBadge status={p.status} label={ts(`status.${p.status}`)} />
              <span className="text-xs text-slate-600">{t('proposedAt', { date: date(p.createdAt), name: p.proposedByName ?? '–' })}</span>
            </div>
            <h3 id={`proposal-${p.id}`} className="font-semibold text-slate-900">
              <Link href={`/companies/${p.from.ref}`}>{p.from.name}</Link> <span aria-hidden="true">↔</span>
              <span className="sr-only">{t('and')}</span> <Link href={`/companies/${p.to.ref}`}>{p.to.name}</Link>
            </h3>
            <ul className="text-sm text-slate-800">
              {[p.from, p.to].map((side) => (
                <li key={side.ref}>
                  {side.name}: {side.accepted ? t('saidYes') : p.status === 'declined' && !side.accepted ? t('saidNoOrNone') : t('notAnswered')}
                  {side.listing ? (
                    <>
                      {' · '}
                      <Link href={`/listings/${side.listing.ref}`}>{side.listing.title}</Link>
                    </>
                  ) : null}
                  {side.reply ? <span className="block pl-3 text-slate-700 italic">»{side.reply}«</span> : null}
                </li>
              ))}
            </ul>
            <blockquote className="rounded-md bg-slate-50 px-3 py-2 text-sm whitespace-pre-line text-slate-900">{p.message}</blockquote>
            {p.canWithdraw ? (
              <div className="mt-auto">
                <WithdrawFormClient
                  introductionId={p.id}
                  returnTo="facilitator"
                  label={t('withdraw')}
                  ariaLabel={t('withdrawLabel', { from: p.from.name, to: p.to.name })}
                />
              </div>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
