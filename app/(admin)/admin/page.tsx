import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppointStaffFormClient, CreateNetworkFormClient } from '@/components/networks/admin-forms-client';
import { PageHeader } from '@/components/ui/page-header';
import { listNetworks } from '@/lib/dal/networks';
import { requireAdmin } from '@/lib/dal/viewer-page';
import { SearchForm } from './_components/search-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('networks.admin');
  return { title: t('title') };
}

export default async function AdminPage() {
  await requireAdmin();
  const [t, ta, nets] = await Promise.all([getTranslations('networks.admin'), getTranslations('admin'), listNetworks()]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="flex flex-col gap-6">
        <section aria-labelledby="find-heading" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="find-heading" className="mb-2 text-lg font-semibold">
            {ta('overview.findTitle')}
          </h2>
          <SearchForm action="/admin/users" label={ta('overview.findUser')} placeholder={ta('users.searchPlaceholder')} button={ta('search.button')} />
          <p className="text-sm text-slate-700">{ta('overview.findHint')}</p>
        </section>
        <section aria-labelledby="create-heading" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="create-heading" className="mb-4 text-lg font-semibold">
            {t('createTitle')}
          </h2>
          <CreateNetworkFormClient />
        </section>
        {nets.length ? (
          <section aria-labelledby="appoint-heading" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
            <h2 id="appoint-heading" className="mb-4 text-lg font-semibold">
              {t('appointTitle')}
            </h2>
            <AppointStaffFormClient networks={nets.map((n) => ({ id: n.id, name: n.name }))} />
          </section>
        ) : null}
      </div>
    </div>
  );
}
