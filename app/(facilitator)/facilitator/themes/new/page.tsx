import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ThemeFormClient } from '@/components/themes/theme-form-client';
import { PageHeader } from '@/components/ui/page-header';
import { createThemeAction } from '@/lib/actions/themes';
import { listThemeNetworkOptions } from '@/lib/dal/theme-options';
import { requireFacilitator } from '@/lib/dal/viewer-page';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('themes.form');
  return { title: t('newTitle') };
}

export default async function NewThemePage() {
  const viewer = await requireFacilitator();
  const [t, networks] = await Promise.all([getTranslations('themes'), listThemeNetworkOptions(viewer)]);
  return (
    <>
      <p className="mb-2">
        <Link href="/facilitator/themes">← {t('manage.back')}</Link>
      </p>
      <PageHeader title={t('form.newTitle')} subtitle={t('manage.subtitle')} />
      <ThemeFormClient mode="create" action={createThemeAction} networks={networks} />
    </>
  );
}
