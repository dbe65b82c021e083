import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { KindBadge } from '@/components/listings/kind-badge';
import { Highlighted } from '@/components/search/highlighted';
import type { ListingSummary } from '@/lib/dal/listings';
import { PinIcon } from './pin-icon';

/** A compact listing line for the facilitator's theme page: kind, title, firm, and actions. */
export async function ListingRow({ listing, pinned, status, actions }: { listing: ListingSummary; pinned?: boolean; status?: string; actions: ReactNode }) {
  const t = await getTranslations('listings');
  const tt = await getTranslations('themes');
  return (
    <li className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex min-w-0 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <KindBadge kind={listing.kind} label={t(`kinds.${listing.kind}`)} />
          {pinned ? (
            <span className="inline-flex items-center gap-1 text-xs font-semibold text-teal-900">
              <PinIcon className="h-3.5 w-3.5" />
              {tt('pin.pinned')}
            </span>
          ) : status ? (
            <span className="text-xs font-semibold text-slate-700">{status}</span>
          ) : null}
          {listing.visibility === 'facilitators' ? (
            <span className="rounded bg-slate-700 px-2 py-0.5 text-xs font-semibold text-white">{t('visibility.facilitators')}</span>
          ) : null}
        </div>
        <Link href={`/listings/${listing.ref}`} className="leading-snug font-semibold">
          {listing.highlight ? <Highlighted segments={listing.highlight.title} /> : listing.title}
        </Link>
        <span className="text-sm text-slate-700">
          {listing.company.name}
          {listing.company.city ? `, ${listing.company.city}` : ''}
        </span>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">{actions}</div>
    </li>
  );
}
