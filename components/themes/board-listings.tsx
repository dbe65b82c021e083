import { getTranslations } from 'next-intl/server';
import { ListingCard } from '@/components/listings/listing-card';
import { unpinListingAction } from '@/lib/actions/themes';
import type { BoardListing } from '@/lib/dal/themes';
import { PinIcon } from './pin-icon';
import { ThemeButton } from './theme-button-client';

interface Props {
  id: string;
  title: string;
  empty: string;
  items: BoardListing[];
  themeRef: string;
  /** The facilitator unpins right on the board (open themes only); pinning is on the manage page. */
  canPin: boolean;
}

/** Offers or needs of a board: pinned first (marked), then newest activity first. */
export async function BoardListings({ id, title, empty, items, themeRef, canPin }: Props) {
  const [t, tl] = await Promise.all([getTranslations('themes'), getTranslations('listings')]);
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-600">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-4 text-slate-700">{empty}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {items.map((listing) => (
            <li key={listing.ref} className={listing.pinned ? 'rounded-lg bg-teal-50 p-1.5 ring-2 ring-teal-700' : undefined}>
              {listing.pinned ? (
                <p className="flex items-center gap-1 px-1.5 pb-1.5 text-xs font-semibold text-teal-900">
                  <PinIcon />
                  {t('board.pinned')}
                </p>
              ) : null}
              {listing.visibility === 'facilitators' ? (
                // The facilitator may show the board at the meeting: say which cards are confidential.
                <p className="px-1.5 pb-1.5">
                  <span className="inline-flex rounded bg-slate-700 px-2 py-0.5 text-xs font-semibold text-white">{tl('visibility.facilitators')}</span>
                </p>
              ) : null}
              {/* A wrapper of its own: the card fills its parent's height, which here includes the label. */}
              <div>
                <ListingCard listing={listing} />
              </div>
              {canPin && listing.pinned ? (
                <div className="px-1.5 pt-2">
                  <ThemeButton
                    action={unpinListingAction}
                    fields={{ themeRef, listingRef: listing.ref }}
                    label={t('pin.unpin')}
                    ariaLabel={t('pin.unpinLabel', { title: listing.title })}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
