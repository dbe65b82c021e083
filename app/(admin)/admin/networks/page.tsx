import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { listNetworksForAdmin } from '@/lib/dal/admin';
import { requireAdmin } from '@/lib/dal/viewer-page';
import { Pager } from '../_components/pager';
import { SearchForm } from '../_components/search-form';
import { listParams, type SearchParams } from '../_components/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.networks');
  return { title: t('title') };
}

export default async function AdminNetworksPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireAdmin();
  const { q, page } = await listParams(searchParams);
  const [t, { rows, hasMore }] = await Promise.all([getTranslations('admin'), listNetworksForAdmin(viewer, { q, page })]);
  return (
    <div>
      <PageHeader
        title={t('networks.title')}
        subtitle={t('networks.subtitle')}
        actions={
          <Link href="/admin" className="text-sm font-medium text-teal-900 underline">
            {t('networks.createLink')}
          </Link>
        }
      />
      <SearchForm action="/admin/networks" q={q} label={t('search.label')} placeholder={t('networks.searchPlaceholder')} button={t('search.button')} />
      {rows.length ? (
        <ul className="flex flex-col gap-3" aria-label={t('networks.title')}>
          {rows.map((n) => (
            <li key={n.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between">
                <Link href={`/networks/${n.ref}`} className="font-semibold break-words text-teal-900 underline">
                  {n.name}
                </Link>
                <span className="text-sm text-slate-600">{t('networks.counts', { approved: n.approvedFirms, pending: n.pendingFirms })}</span>
              </div>
              {n.staff.length ? (
                <ul className="mt-2 flex flex-col gap-1 text-sm">
                  {n.staff.map((s) => (
                    <li key={`${s.userId}-${s.role}`}>
                      <span className="text-slate-600">{t(`roles.${s.role === 'municipality' ? 'municipality' : 'facilitator'}`)}:</span>{' '}
                      <Link href={`/admin/users/${encodeURIComponent(s.userId)}`} className="break-all text-teal-900 underline">
                        {s.name ? `${s.name} <${s.email}>` : s.email}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm text-amber-900">{t('networks.noStaff')}</p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-slate-700">{t('search.none')}</p>
      )}
      <Pager
        path="/admin/networks"
        params={{ q }}
        page={page}
        hasMore={hasMore}
        labels={{ prev: t('search.prev'), next: t('search.next'), page: t('search.page', { page }), nav: t('search.pages') }}
      />
    </div>
  );
}
