import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SignUpFormClient } from '@/components/auth/sign-up-form-client';
import { PageHeader } from '@/components/ui/page-header';
import { getViewer } from '@/lib/dal/viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signUp');
  return { title: t('title') };
}

export default async function SignUpPage() {
  if (await getViewer()) redirect('/dashboard');
  const t = await getTranslations('auth.signUp');
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('intro')} />
      <SignUpFormClient />
      <p className="mt-4 text-sm text-slate-700">
        {t('haveAccount')} <Link href="/signin">{t('signInLink')}</Link>
      </p>
    </>
  );
}
