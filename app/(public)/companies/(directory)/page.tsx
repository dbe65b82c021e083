import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CompanyCard } from '@/components/companies/company-card';
import { DirectoryFilterForm } from '@/components/companies/directory-filters';
import { PageHeader } from '@/components/ui/page-header';
import type { UiLocale } from '@/db/schema';
import { ALL_NETWORKS, listDirectory } from '@/lib/dal/company-directory';
import { getViewer } from '@/lib/dal/viewer';
import { directoryFiltersSchema } from '@/lib/validations/companies';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('companies.directory');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CompaniesPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const first = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = directoryFiltersSchema.parse(first);
  const [viewer, t, tc, locale] = await Promise.all([getViewer(), getTranslations('companies.directory'), getTranslations('common'), getLocale()]);
  const result = await listDirectory(viewer, filters);

  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(first)) if (v && k !== 'page') params.set(k, v);
    if (!filters.network && result.networkRef) params.set('network', result.networkRef);
    if (page > 1) params.set('page', String(page));
    const qs = params.toString();
    return qs ? `/companies?${qs}` : '/companies';
  };

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <DirectoryFilterForm
        filters={filters}
        locale={locale as UiLocale}
        networkRef={result.networkRef}
        networkOptions={result.networkOptions}
        allNetworksValue={ALL_NETWORKS}
      />
      <section aria-labelledby="results-heading" className="flex flex-col gap-4">
        <h2 id="results-heading" className="text-lg font-semibold text-slate-900">
          {t('count', { count: result.total })}
        </h2>
        {result.items.length === 0 ? (
          <p className="text-slate-700">{t('empty')}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {result.items.map((c) => (
              <li key={c.ref}>
                <CompanyCard company={c} locale={locale as UiLocale} />
              </li>
            ))}
          </ul>
        )}
        {result.pageCount > 1 ? (
          <nav aria-label={t('pagination')} className="flex items-center justify-between gap-4">
            {result.page > 1 ? (
              <Link href={pageHref(result.page - 1)} rel="prev" className="inline-flex min-h-11 items-center font-semibold text-teal-800">
                ← {tc('previous')}
              </Link>
            ) : (
              <span />
            )}
            <p className="text-sm text-slate-700" aria-current="page">
              {t('page', { page: result.page, count: result.pageCount })}
            </p>
            {result.page < result.pageCount ? (
              <Link href={pageHref(result.page + 1)} rel="next" className="inline-flex min-h-11 items-center font-semibold text-teal-800">
                {tc('next')} →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
