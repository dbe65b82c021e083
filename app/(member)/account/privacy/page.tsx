import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import { requireMember } from '@/lib/dal/viewer-page';
import { DeleteAccountClient } from './_components/delete-account-client';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy');
  return { title: t('title') };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function PrivacyPage() {
  const viewer = await requireMember();
  const [t, ta] = await Promise.all([getTranslations('privacy'), getTranslations('account')]);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="mb-2 text-sm">
        <Link href="/account" className="text-teal-800 underline underline-offset-2 hover:text-teal-900">
          ← {ta('title')}
        </Link>
      </p>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="flex flex-col gap-6">
        <Section id="download-heading" title={t('download.title')}>
          <p className="mb-2 text-slate-800">{t('download.body')}</p>
          <p className="mb-4 text-sm text-slate-700">{t('download.hint')}</p>
          {/* A plain link: the route answers with the file as an attachment. */}
          <a href="/account/privacy/download" download className={buttonClass('primary')}>
            {t('download.button')}
          </a>
        </Section>
        <Section id="delete-heading" title={t('delete.title')}>
          <p className="mb-3 font-medium text-slate-900">{t('delete.body')}</p>
          <ul className="mb-4 list-disc space-y-1 pl-5 text-sm text-slate-800">
            <li>{t('delete.goes')}</li>
            <li>{t('delete.firmStays')}</li>
            <li>{t('delete.firmCloses')}</li>
            <li>{t('delete.kept')}</li>
          </ul>
          <DeleteAccountClient email={viewer.email} />
        </Section>
      </div>
    </div>
  );
}
