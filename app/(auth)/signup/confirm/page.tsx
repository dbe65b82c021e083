import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ConfirmSignUpClient } from '@/components/auth/confirm-sign-up-client';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('credentials.confirm');
  return { title: t('title'), referrer: 'no-referrer', robots: { index: false, follow: false } };
}

export default async function ConfirmSignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, params] = await Promise.all([getTranslations('credentials.confirm'), searchParams]);
  const token = typeof params.token === 'string' ? params.token : '';
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('intro')} />
      <ConfirmSignUpClient token={token} />
    </>
  );
}
