import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SignInFormClient, SignInLinkFormClient } from '@/components/auth/sign-in-form-client';
import { PageHeader } from '@/components/ui/page-header';
import { safeRedirectPath } from '@/lib/auth/redirect';
import { getViewer } from '@/lib/dal/viewer';
import { appUrl } from '@/lib/env';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn');
  return { title: t('title') };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

const ERRORS = ['Verification', 'AccessDenied'] as const;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  // Resolved against APP_URL as a browser would ("/\t/evil.example" is another host): ours or /dashboard.
  const callbackUrl = safeRedirectPath(params.callbackUrl, '/dashboard', appUrl());
  if (await getViewer()) redirect(callbackUrl);
  const t = await getTranslations('auth');

  const notice = params.signedOut === 'all' ? 'signedOutAll' : undefined;
  const error = typeof params.error === 'string' ? params.error : undefined;
  const errorKey = error ? (ERRORS.find((e) => e === error) ?? 'default') : undefined;

  return (
    <>
      <PageHeader title={t('signIn.title')} subtitle={t('signIn.intro')} />
      {notice ? <p className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{t(`signIn.${notice}`)}</p> : null}
      {errorKey ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(`signIn.errors.${errorKey}`)}
        </p>
      ) : null}
      <SignInFormClient callbackUrl={callbackUrl} />
      <p className="mt-4 text-sm text-slate-700">
        {t('signIn.noAccount')} <Link href="/signup">{t('signIn.signUpLink')}</Link>
      </p>
      <section aria-labelledby="link-heading" className="mt-8 border-t border-slate-200 pt-6">
        <h2 id="link-heading" className="text-lg font-semibold text-slate-900">
          {t('link.title')}
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-700">{t('link.intro')}</p>
        <SignInLinkFormClient callbackUrl={callbackUrl} />
      </section>
    </>
  );
}
