import { getFormatter, getTranslations } from 'next-intl/server';
import type { IntroductionStats } from '@/lib/dal/introduction-stats';
import { INTRODUCTION_KINDS, INTRODUCTION_STATUSES, OUTCOME_KINDS } from '@/lib/validations/introductions';

/** Counts only: introductions by kind and status, acceptance, time to answer, outcomes by kind. */
export async function StatsPanel({ stats }: { stats: IntroductionStats }) {
  const [t, ts, to, format] = await Promise.all([
    getTranslations('introductions.stats'),
    getTranslations('introductions'),
    getTranslations('introductions.outcome'),
    getFormatter(),
  ]);
  const median =
    stats.medianHoursToAnswer === null
      ? t('noAnswers')
      : stats.medianHoursToAnswer < 1
        ? t('underAnHour')
        : stats.medianHoursToAnswer < 48
          ? t('hours', { hours: stats.medianHoursToAnswer })
          : t('days', { days: Math.round((stats.medianHoursToAnswer / 24) * 10) / 10 });
  const figure = 'rounded-lg border border-slate-300 bg-white p-4';
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <div className={figure}>
          <dt className="text-sm text-slate-700">{t('total')}</dt>
          <dd className="text-2xl font-bold text-slate-900">{format.number(stats.total)}</dd>
        </div>
        <div className={figure}>
          <dt className="text-sm text-slate-700">{t('acceptanceRate')}</dt>
          <dd className="text-2xl font-bold text-slate-900">
            {stats.acceptanceRate === null ? '–' : format.number(stats.acceptanceRate, { style: 'percent', maximumFractionDigits: 0 })}
          </dd>
          <dd className="text-xs text-slate-600">{t('answered', { count: stats.answered })}</dd>
        </div>
        <div className={figure}>
          <dt className="text-sm text-slate-700">{t('medianAnswer')}</dt>
          <dd className="text-2xl font-bold text-slate-900">{median}</dd>
        </div>
        <div className={figure}>
          <dt className="text-sm text-slate-700">{t('outcomes')}</dt>
          <dd className="text-2xl font-bold text-slate-900">{format.number(stats.outcomesTotal)}</dd>
        </div>
      </dl>
      <div className="grid gap-4 md:grid-cols-2">
        <div className={`${figure} overflow-x-auto`}>
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-semibold text-slate-900">{t('byKindAndStatus')}</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-2 font-medium text-slate-700">
                  {t('kind')}
                </th>
                {INTRODUCTION_STATUSES.map((s) => (
                  <th key={s} scope="col" className="px-2 py-1 text-right font-medium text-slate-700">
                    {ts(`status.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {INTRODUCTION_KINDS.map((k) => (
                <tr key={k} className="border-t border-slate-200">
                  <th scope="row" className="py-1 pr-2 font-medium text-slate-900">
                    {ts(`kinds.${k}`)}
                  </th>
                  {INTRODUCTION_STATUSES.map((s) => (
                    <td key={s} className="px-2 py-1 text-right tabular-nums">
                      {stats.byKindAndStatus[k][s]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className={figure}>
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-semibold text-slate-900">{t('outcomesByKind')}</caption>
            <tbody>
              {OUTCOME_KINDS.map((k) => (
                <tr key={k} className="border-t border-slate-200 first:border-t-0">
                  <th scope="row" className="py-1 pr-2 font-medium text-slate-900">
                    {to(`kinds.${k}`)}
                  </th>
                  <td className="py-1 text-right tabular-nums">{stats.outcomesByKind[k]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <p className="text-xs text-slate-600">{t('note')}</p>
    </div>
  );
}
