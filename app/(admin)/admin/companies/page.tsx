import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { listCompanies } from '@/lib/dal/admin';
import { requireAdmin } from '@/lib/dal/viewer-page';
import { Badge } from '../_components/badge';
import { Pager } from '../_components/pager';
import { SearchForm } from '../_components/search-form';
import { listParams, type SearchParams } from '../_components/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.companies');
  return { title: t('title') };
}

export default async function AdminCompaniesPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireAdmin();
  const { q, page } = await listParams(searchParams);
  const [t, { rows, hasMore }] = await Promise.all([getTranslations('admin'), listCompanies(viewer, { q, page })]);
  return (
    <div>
      <PageHeader title={t('companies.title')} subtitle={t('companies.subtitle')} />
      <SearchForm action="/admin/companies" q={q} label={t('search.label')} placeholder={t('companies.searchPlaceholder')} button={t('search.button')} />
      {rows.length ? (
        <ul className="flex flex-col gap-2" aria-label={t('companies.title')}>
          {rows.map((c) => (
            <li key={c.id}>
              <Link
                href={`/admin/companies/${c.id}`}
                className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 no-underline hover:border-teal-700 sm:flex-row sm:items-center sm:justify-between"
              >
                <span className="min-w-0">
                  <span className="block font-semibold break-words text-slate-900">{c.name}</span>
                  <span className="block text-sm text-slate-700">
                    {[c.registrationNumber ? t('companies.cvr', { cvr: c.registrationNumber }) : null, c.city].filter(Boolean).join(' · ')}
                  </span>
                  {c.email ? <span className="block text-sm break-all text-slate-600">{c.email}</span> : null}
                </span>
                <span className="flex flex-wrap items-center gap-1 sm:justify-end">
                  {c.hidden ? <Badge tone="bad">{t('moderation.hidden')}</Badge> : null}
                  {c.approved ? <Badge tone="good">{t('companies.approved')}</Badge> : <Badge tone="warn">{t('companies.notApproved')}</Badge>}
                  <span className="text-xs text-slate-600">{t('companies.counts', { people: c.memberCount, listings: c.listingCount })}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-slate-700">{t('search.none')}</p>
      )}
      <Pager
        path="/admin/companies"
        params={{ q }}
        page={page}
        hasMore={hasMore}
        labels={{ prev: t('search.prev'), next: t('search.next'), page: t('search.page', { page }), nav: t('search.pages') }}
      />
    </div>
  );
}
