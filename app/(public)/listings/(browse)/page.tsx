import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BrowseFiltersForm } from '@/components/listings/browse-filters';
import { ListingCard, ListingGrid } from '@/components/listings/listing-card';
import { listingOptions } from '@/components/listings/options';
import { Pagination } from '@/components/listings/pagination';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import { browseListings, listNetworkOptions } from '@/lib/dal/listings';
import { getViewer } from '@/lib/dal/viewer';
import { parseBrowseParams } from '@/lib/validations/listings';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('listings');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ListingsPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const filters = parseBrowseParams(raw);
  const viewer = await getViewer();
  const nearText = (Array.isArray(raw.near) ? raw.near[0] : raw.near)?.trim().slice(0, 40) || undefined;
  const [t, ts, options, networks, result] = await Promise.all([
    getTranslations('listings'),
    getTranslations('search'),
    listingOptions(),
    listNetworkOptions(),
    browseListings(viewer, filters),
  ]);
  const filtered = !!(filters.kind || filters.category || filters.sector || filters.network || filters.km || filters.q || nearText);
  const params = {
    q: filters.q,
    kind: filters.kind,
    category: filters.category,
    sector: filters.sector,
    network: filters.network,
    km: filters.km ? String(filters.km) : undefined,
    near: nearText,
    sort: filters.sort,
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Link href="/listings/new" className={`${buttonClass('primary')} whitespace-nowrap`}>
            + {t('newListing')}
          </Link>
        }
      />
      <div className="lg:grid lg:grid-cols-[18rem_1fr] lg:gap-6">
        <BrowseFiltersForm
          filters={filters}
          categories={options.categories}
          sectors={options.sectors}
          networks={networks}
          hasOrigin={result.hasOrigin}
          near={nearText}
          nearUnknown={!!nearText && result.originSource !== 'point'}
        />
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-3 text-lg font-semibold text-slate-900" aria-live="polite">
            {result.totalCapped ? ts('resultsCapped', { count: result.total }) : t('results', { count: result.total })}
          </h2>
          {result.items.length ? (
            <ListingGrid>
              {result.items.map((listing) => (
                <li key={listing.ref}>
                  <ListingCard listing={listing} />
                </li>
              ))}
            </ListingGrid>
          ) : (
            <div className="rounded-lg border border-dashed border-slate-400 bg-white p-6 text-center">
              <p className="font-semibold text-slate-900">{filtered ? t('empty.title') : t('empty.noneYet')}</p>
              {filtered ? (
                <p className="mt-1 text-slate-700">{t('empty.body')}</p>
              ) : (
                <Link href="/listings/new" className={`${buttonClass('primary')} mt-3`}>
                  {t('empty.beFirst')}
                </Link>
              )}
            </div>
          )}
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={params} />
        </section>
      </div>
    </>
  );
}
