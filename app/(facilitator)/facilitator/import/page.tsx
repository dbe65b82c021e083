import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ImportFormClient } from '@/components/imports/import-form-client';
import { PageHeader } from '@/components/ui/page-header';
import { listImportTargets, MAX_UPLOAD_BYTES } from '@/lib/dal/imports';
import { requireFacilitator } from '@/lib/dal/viewer-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('import');
  return { title: t('title') };
}

export default async function FacilitatorImportPage() {
  const viewer = await requireFacilitator();
  const targets = await listImportTargets(viewer);
  if (!targets.length) notFound();
  const t = await getTranslations('import');
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<Link href="/facilitator">{t('backToFacilitator')}</Link>} />
      <p className="mb-6 max-w-3xl text-sm text-slate-700">{t('csvHelp')}</p>
      <ImportFormClient targets={targets} maxMb={MAX_UPLOAD_BYTES / 1024 / 1024} />
    </>
  );
}
