import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { buttonClass } from '@/components/ui/button-class';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.checkEmail');
  return { title: t('title') };
}

export default async function CheckEmailPage() {
  const t = await getTranslations('auth.checkEmail');
  return (
    <>
      <PageHeader title={t('title')} />
      <p className="text-slate-800">{t('body')}</p>
      <p className="mt-3 text-sm text-slate-700">{t('tips')}</p>
      <Link href="/signin" className={`${buttonClass('secondary')} mt-6 no-underline`}>
        {t('back')}
      </Link>
    </>
  );
}
