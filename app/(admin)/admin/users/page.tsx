import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { listUsers } from '@/lib/dal/admin';
import { requireAdmin } from '@/lib/dal/viewer-page';
import { Badge } from '../_components/badge';
import { Pager } from '../_components/pager';
import { SearchForm } from '../_components/search-form';
import { listParams, type SearchParams } from '../_components/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.users');
  return { title: t('title') };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireAdmin();
  const { q, page } = await listParams(searchParams);
  const [t, format, { rows, hasMore }] = await Promise.all([getTranslations('admin'), getFormatter(), listUsers(viewer, { q, page })]);
  return (
    <div>
      <PageHeader title={t('users.title')} subtitle={t('users.subtitle')} />
      <SearchForm action="/admin/users" q={q} label={t('search.label')} placeholder={t('users.searchPlaceholder')} button={t('search.button')} />
      {rows.length ? (
        <ul className="flex flex-col gap-2" aria-label={t('users.title')}>
          {rows.map((u) => (
            <li key={u.id}>
              <Link
                href={`/admin/users/${encodeURIComponent(u.id)}`}
                className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 no-underline hover:border-teal-700 sm:flex-row sm:items-center sm:justify-between"
              >
                <span className="min-w-0">
                  <span className="block font-semibold break-words text-slate-900">{u.name || u.email}</span>
                  <span className="block text-sm break-all text-slate-700">{u.email}</span>
                  {u.companyNames.length ? <span className="block text-sm text-slate-600">{u.companyNames.join(', ')}</span> : null}
                </span>
                <span className="flex flex-wrap items-center gap-1 sm:justify-end">
                  {u.disabled ? <Badge tone="bad">{t('users.disabled')}</Badge> : null}
                  {u.isAdmin ? <Badge tone="info">{t('roles.admin')}</Badge> : null}
                  {u.staffRoles.map((r) => (
                    <Badge key={r}>{t(`roles.${r === 'municipality' ? 'municipality' : 'facilitator'}`)}</Badge>
                  ))}
                  <span className="text-xs text-slate-600">{t('users.since', { date: format.dateTime(new Date(u.createdAt), { dateStyle: 'medium' }) })}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-slate-700">{t('search.none')}</p>
      )}
      <Pager
        path="/admin/users"
        params={{ q }}
        page={page}
        hasMore={hasMore}
        labels={{ prev: t('search.prev'), next: t('search.next'), page: t('search.page', { page }), nav: t('search.pages') }}
      />
    </div>
  );
}
