import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CreateGate } from '@/components/listings/create-gate';
import { ListingForm } from '@/components/listings/listing-form';
import { listingOptions } from '@/components/listings/options';
import { PageHeader } from '@/components/ui/page-header';
import { createListingAction } from '@/lib/actions/listings';
import { listOwnCompanyOptions } from '@/lib/dal/listings';
import { getViewer } from '@/lib/dal/viewer';
import { addDays, defaultExpiryDay, isoDay, MAX_EXPIRY_DAYS } from '@/lib/validations/listings';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('listings');
  return { title: t('form.newTitle') };
}

export default async function NewListingPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return <CreateGate reason="signIn" />;
  if (viewer.companyIds.length === 0) return <CreateGate reason="noCompany" />;
  const [t, tp, options, companies, { kind }] = await Promise.all([
    getTranslations('listings'),
    getTranslations('publication'),
    listingOptions(),
    listOwnCompanyOptions(viewer),
    searchParams,
  ]);
  const now = new Date();
  return (
    <>
      <PageHeader title={t('form.newTitle')} subtitle={t('form.newSubtitle')} />
      {/* No network has approved the viewer's firm yet: say before posting that nobody else sees it. */}
      {viewer.memberNetworkIds.length === 0 && !viewer.isAdmin ? (
        <p role="note" className="mb-6 max-w-2xl rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sky-950">
          {tp('formNotice')}
        </p>
      ) : null}
      <ListingForm
        mode="create"
        action={createListingAction}
        defaults={{
          kind: kind === 'offer' || kind === 'need' ? kind : undefined,
          visibility: 'network',
          expiresOn: defaultExpiryDay(now),
          language: options.locale,
          company: companies[0]?.value,
        }}
        categories={options.categories}
        languages={options.languages}
        companies={companies}
        minExpiry={isoDay(addDays(now, 1))}
        maxExpiry={isoDay(addDays(now, MAX_EXPIRY_DAYS))}
        cancelHref="/listings"
      />
    </>
  );
}
