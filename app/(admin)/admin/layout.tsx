import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { AdminTabsClient } from './_components/admin-tabs-client';

// The admin area's sections (the (admin) group's layout is the guard).
export default async function AdminSectionLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('admin.nav');
  const tabs = [
    { href: '/admin', label: t('overview') },
    { href: '/admin/users', label: t('users') },
    { href: '/admin/companies', label: t('companies') },
    { href: '/admin/networks', label: t('networks') },
    { href: '/admin/audit', label: t('audit') },
  ];
  return (
    <div className="mx-auto max-w-4xl">
      <AdminTabsClient tabs={tabs} label={t('label')} />
      {children}
    </div>
  );
}
