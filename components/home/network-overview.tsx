import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { HomeNetwork } from '@/lib/dal/home';

const cell = 'block min-h-11 px-3 py-2.5 text-right tabular-nums';

/** One network: area, member firms, and open offers/needs per category (links into /listings). */
export async function NetworkOverview({ network, signedIn }: { network: HomeNetwork; signedIn: boolean }) {
  const [t, format] = await Promise.all([getTranslations('home'), getFormatter()]);
  const headingId = `network-${network.ref}`;
  const countLink = (category: string, kind: 'offer' | 'need', count: number) =>
    count > 0 ? (
      <Link
        href={`/listings?kind=${kind}&category=${category}`}
        className={`${cell} font-semibold`}
        aria-label={`${count} – ${t('showCategory', { kind: t(`kindPlural.${kind}`), category: t(`categories.${category}`) })}`}
      >
        {count}
      </Link>
    ) : (
      <span className={`${cell} text-slate-600`}>0</span>
    );

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="text-xl font-bold text-slate-900">
          {network.name}
        </h2>
        {network.viewerIsMember ? <span className="rounded-full bg-teal-100 px-3 py-1 text-xs font-semibold text-teal-900">{t('youAreMember')}</span> : null}
      </div>
      {network.description ? (
        <p lang={network.locale} className="mt-2 text-slate-700">
          {network.description}
        </p>
      ) : null}
      {network.towns.length ? <p className="mt-2 text-sm text-slate-700">{t('area', { radius: network.radiusKm, towns: network.towns.join(', ') })}</p> : null}

      {network.nextMeeting ? (
        <div className="mt-4 rounded-md border border-teal-200 bg-teal-50 p-3 text-sm">
          <h3 className="font-semibold text-teal-900">{t('nextMeeting')}</h3>
          <p className="mt-1 font-medium text-slate-900">
            {format.dateTime(network.nextMeeting.startsAt, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })}
          </p>
          {network.nextMeeting.place ? <p className="text-slate-700">{network.nextMeeting.place}</p> : null}
          {network.nextMeeting.challenge ? <p className="mt-1 text-slate-700">{t('meetingChallenge', { challenge: network.nextMeeting.challenge })}</p> : null}
        </div>
      ) : null}

      <dl className="mt-4 grid grid-cols-3 gap-2 text-center">
        <div className="flex flex-col justify-between rounded-md bg-slate-100 p-3">
          <dt className="text-xs font-medium break-words text-slate-700">{t('memberFirmsLabel')}</dt>
          <dd className="text-2xl font-bold text-slate-900">{network.memberFirms}</dd>
        </div>
        <div className="flex flex-col justify-between rounded-md bg-teal-50 p-3">
          <dt className="text-xs font-medium break-words text-slate-700">{t('openOffersLabel')}</dt>
          <dd className="text-2xl font-bold text-teal-900">{network.offers}</dd>
        </div>
        <div className="flex flex-col justify-between rounded-md bg-amber-50 p-3">
          <dt className="text-xs font-medium break-words text-slate-700">{t('openNeedsLabel')}</dt>
          <dd className="text-2xl font-bold text-amber-900">{network.needs}</dd>
        </div>
      </dl>

      <table className="mt-4 w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-sm font-semibold text-slate-900">{t('tableCaption', { network: network.name })}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="py-2 pr-3 text-left font-medium">
              {t('category')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t('offers')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t('needs')}
            </th>
          </tr>
        </thead>
        <tbody>
          {network.categories.map((c) => (
            <tr key={c.category} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-2 pr-3 text-left font-normal text-slate-900">
                {t(`categories.${c.category}`)}
              </th>
              <td className="p-0">{countLink(c.category, 'offer', c.offers)}</td>
              <td className="p-0">{countLink(c.category, 'need', c.needs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-slate-600">{signedIn ? t('countsMember') : t('countsAnonymous')}</p>
    </section>
  );
}
