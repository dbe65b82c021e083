import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';

// Where a person lands after deleting their account (lib/actions/privacy.ts): already signed out.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy.deleted');
  return { title: t('title'), robots: { index: false } };
}

export default async function AccountDeletedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, params] = await Promise.all([getTranslations('privacy.deleted'), searchParams]);
  const firmClosed = typeof params.closed === 'string' && params.closed !== '0';
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t('title')} />
      <div role="status" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <p className="text-slate-800">{t('body')}</p>
        {firmClosed ? <p className="text-slate-800">{t('firmClosed')}</p> : null}
        <div>
          <Link href="/" className={buttonClass('secondary')}>
            {t('home')}
          </Link>
        </div>
      </div>
    </div>
  );
}
