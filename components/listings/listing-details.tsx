import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ListingDetail } from '@/lib/dal/listings';
import { availabilityText } from './availability';
import { KindBadge, StateBadge } from './kind-badge';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 border-b border-slate-200 py-2 sm:flex-row sm:gap-4">
      <dt className="text-sm font-medium text-slate-600 sm:w-48 sm:shrink-0">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </div>
  );
}

/** The full listing: what, how much, when, where, who can see it — and its state when not active. */
export async function ListingDetails({
  listing,
  actions,
  contact,
  lead,
}: {
  listing: ListingDetail;
  actions?: ReactNode;
  contact?: ReactNode;
  /** Shown right below the title, before everything else (a new listing's confirmation and matches). */
  lead?: ReactNode;
}) {
  const [t, tp, format, locale] = await Promise.all([getTranslations('listings'), getTranslations('publication'), getFormatter(), getLocale()]);
  const period = availabilityText(t, format, listing.availableFrom, listing.availableUntil);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long' });
  const rawLanguage = new Intl.DisplayNames([locale], { type: 'language' }).of(listing.language) ?? listing.language;
  const languageName = rawLanguage.charAt(0).toLocaleUpperCase(locale) + rawLanguage.slice(1);
  const notice =
    listing.state === 'closed'
      ? t('detail.closedNotice')
      : listing.state === 'expired'
        ? `${t('detail.expiredNotice')}${listing.canManage ? ` ${t('detail.expiredOwnerHint')}` : ''}`
        : listing.state === 'paused'
          ? t('detail.pausedNotice')
          : null;

  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <KindBadge kind={listing.kind} label={t(`kinds.${listing.kind}`)} />
          <span className="text-sm font-medium text-slate-700">{t(`categories.${listing.category}`)}</span>
          {listing.state !== 'active' ? <StateBadge state={listing.state} label={t(`states.${listing.state}`)} /> : null}
        </div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{listing.title}</h1>
        <p className="text-slate-700">
          <Link href={`/companies/${listing.company.ref}`} className="font-semibold">
            {listing.company.name}
          </Link>
          {listing.company.city ? `, ${listing.company.city}` : null}
          {listing.distanceKm !== null && !listing.isOwn ? ` · ${t('card.distance', { km: listing.distanceKm })}` : null}
        </p>
      </header>

      {lead}

      {notice ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
          {notice}
        </p>
      ) : null}

      {listing.awaitingApproval ? (
        <section role="status" aria-labelledby="not-public-heading" className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sky-950">
          <h2 id="not-public-heading" className="font-semibold">
            {tp('listingNotPublic.title')}
          </h2>
          <p className="mt-1">{tp('listingNotPublic.body')}</p>
          <Link href="/dashboard" className="mt-2 inline-block font-medium underline">
            {tp('listingNotPublic.link')}
          </Link>
        </section>
      ) : null}

      {/* Getting in touch (contact by consent): renders its own section, or nothing. */}
      {contact}

      {actions ? (
        <section aria-labelledby="manage-heading" className="rounded-lg border border-slate-300 bg-slate-50 p-4">
          <h2 id="manage-heading" className="mb-3 text-base font-semibold text-slate-900">
            {t('detail.manage')}
          </h2>
          {actions}
        </section>
      ) : null}

      <div className="max-w-prose text-base leading-relaxed whitespace-pre-line text-slate-900" lang={listing.language}>
        {listing.description || <span className="text-slate-600">{t('detail.noDescription')}</span>}
      </div>

      <dl className="max-w-2xl">
        <Row label={t('detail.kind')}>{t(`kinds.${listing.kind}`)}</Row>
        <Row label={t('detail.category')}>{t(`categories.${listing.category}`)}</Row>
        {listing.quantity !== null ? (
          <Row label={t('detail.quantity')}>{t('card.quantity', { quantity: listing.quantity, unit: listing.unit ?? '' })}</Row>
        ) : null}
        <Row label={t('detail.availability')}>{period ?? t('availability.open')}</Row>
        <Row label={t('detail.visibility')}>
          {t(`visibility.${listing.visibility}`)}
          <span className="block text-sm text-slate-600">{t(`visibilityHelp.${listing.visibility}`)}</span>
        </Row>
        <Row label={t('detail.language')}>{languageName}</Row>
        <Row label={t('detail.posted')}>{date(listing.createdAt)}</Row>
        {listing.updatedAt.slice(0, 10) !== listing.createdAt.slice(0, 10) ? <Row label={t('detail.updated')}>{date(listing.updatedAt)}</Row> : null}
        {listing.expiresAt && listing.state !== 'closed' ? (
          <Row label={listing.state === 'expired' ? t('detail.expired') : t('detail.expires')}>{date(listing.expiresAt)}</Row>
        ) : null}
      </dl>

      <p>
        <Link href="/listings">← {t('detail.backToList')}</Link>
      </p>
    </article>
  );
}
