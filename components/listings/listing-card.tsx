import Link from 'next/link';
import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Highlighted } from '@/components/search/highlighted';
import type { ListingSummary } from '@/lib/dal/listings';
import { availabilityText } from './availability';
import { KindBadge, StateBadge } from './kind-badge';

/** One result: kind, category, title, firm and town, distance, period and date. */
export async function ListingCard({ listing, showState = false }: { listing: ListingSummary; showState?: boolean }) {
  const [t, format] = await Promise.all([getTranslations('listings'), getFormatter()]);
  const period = availabilityText(t, format, listing.availableFrom, listing.availableUntil);
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-teal-700 hover:border-teal-700">
      <div className="flex flex-wrap items-center gap-2">
        <KindBadge kind={listing.kind} label={t(`kinds.${listing.kind}`)} />
        <span className="text-xs font-medium text-slate-700">{t(`categories.${listing.category}`)}</span>
        {showState && listing.state !== 'active' ? <StateBadge state={listing.state} label={t(`states.${listing.state}`)} /> : null}
        {listing.isOwn && !showState ? <span className="text-xs font-semibold text-teal-900">{t('card.own')}</span> : null}
      </div>
      <h3 className="text-base leading-snug font-semibold text-slate-900">
        {/* The whole card is clickable through this one link (no nested interactive elements). */}
        <Link href={`/listings/${listing.ref}`} className="no-underline after:absolute after:inset-0 after:content-[''] focus:outline-none">
          {listing.highlight ? <Highlighted segments={listing.highlight.title} /> : listing.title}
        </Link>
      </h3>
      {listing.highlight?.snippet.length ? (
        <p className="line-clamp-3 text-sm text-slate-700">
          <Highlighted segments={listing.highlight.snippet} />
        </p>
      ) : listing.excerpt ? (
        <p className="line-clamp-2 text-sm text-slate-700">{listing.excerpt}</p>
      ) : null}
      <dl className="mt-auto flex flex-wrap gap-x-4 gap-y-1 pt-1 text-sm text-slate-700">
        <div className="flex gap-1">
          <dt className="sr-only">{t('detail.company')}</dt>
          <dd className="font-medium text-slate-900">
            {listing.company.name}
            {listing.company.city ? <span className="font-normal text-slate-700">, {listing.company.city}</span> : null}
          </dd>
        </div>
        {listing.distanceKm !== null && !listing.isOwn ? (
          <div>
            <dt className="sr-only">{t('detail.distance')}</dt>
            <dd>{t('card.distance', { km: listing.distanceKm })}</dd>
          </div>
        ) : null}
        {listing.quantity !== null ? (
          <div>
            <dt className="sr-only">{t('detail.quantity')}</dt>
            <dd>{t('card.quantity', { quantity: listing.quantity, unit: listing.unit ?? '' })}</dd>
          </div>
        ) : null}
        {period ? (
          <div>
            <dt className="sr-only">{t('detail.availability')}</dt>
            <dd>{period}</dd>
          </div>
        ) : null}
        <div className="w-full text-xs text-slate-600">
          <dt className="sr-only">{t('detail.posted')}</dt>
          <dd>{t('card.postedOn', { date: format.dateTime(new Date(listing.createdAt), { dateStyle: 'medium' }) })}</dd>
        </div>
      </dl>
    </article>
  );
}

export function ListingGrid({ children }: { children: ReactNode }) {
  return <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">{children}</ul>;
}
