import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ListingForm } from '@/components/listings/listing-form';
import { listingOptions } from '@/components/listings/options';
import { PageHeader } from '@/components/ui/page-header';
import { updateListingAction } from '@/lib/actions/listings';
import { getListingForEdit } from '@/lib/dal/listings';
import { requireMember } from '@/lib/dal/viewer-page';
import { orNotFound } from '@/lib/listings/or-not-found';
import { addDays, defaultExpiryDay, isoDay, MAX_EXPIRY_DAYS } from '@/lib/validations/listings';
import { notFound } from 'next/navigation';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('listings');
  return { title: t('form.editTitle') };
}

const str = (n: number | null) => (n === null ? '' : String(n));

export default async function EditListingPage({ params }: { params: Promise<{ ref: string }> }) {
  const { ref } = await params;
  const viewer = await requireMember();
  const listing = await orNotFound(getListingForEdit(viewer, ref));
  // A closed listing is final (its history may be referenced by introductions).
  if (listing.status === 'closed') notFound();
  const [t, options] = await Promise.all([getTranslations('listings'), listingOptions()]);
  const now = new Date();
  const today = isoDay(now);
  return (
    <>
      <PageHeader title={t('form.editTitle')} subtitle={listing.companyName} />
      <ListingForm
        mode="edit"
        action={updateListingAction}
        defaults={{
          ref: listing.ref,
          kind: listing.kind,
          category: listing.category,
          title: listing.title,
          description: listing.description,
          quantity: str(listing.quantity),
          unit: listing.unit ?? '',
          availableFrom: listing.availableFrom ?? '',
          availableUntil: listing.availableUntil ?? '',
          lat: str(listing.lat),
          lng: str(listing.lng),
          visibility: listing.visibility,
          // An expired listing is renewed by saving it with a new date: suggest one.
          expiresOn: listing.expiresOn && listing.expiresOn > today ? listing.expiresOn : defaultExpiryDay(now),
          language: listing.language,
        }}
        categories={options.categories}
        languages={ensureOption(options.languages, listing.language)}
        companies={[]}
        minExpiry={isoDay(addDays(now, 1))}
        maxExpiry={isoDay(addDays(now, MAX_EXPIRY_DAYS))}
        cancelHref={`/listings/${listing.ref}`}
      />
    </>
  );
}

/** An imported listing may be in a language outside the short list: keep it selectable. */
function ensureOption(options: { value: string; label: string }[], code: string) {
  if (options.some((o) => o.value === code)) return options;
  return [...options, { value: code, label: new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code }];
}
