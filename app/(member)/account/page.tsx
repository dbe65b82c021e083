import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PasswordFormClient, ProfileFormClient, SignOutEverywhereFormClient } from '@/components/auth/account-forms-client';
import { ApiTokensClient } from '@/components/account/api-tokens-client';
import { MyFirmsClient } from '@/components/team/leave-firm-client';
import { PageHeader } from '@/components/ui/page-header';
import { listApiTokens } from '@/lib/dal/api-tokens';
import { getAccount } from '@/lib/dal/auth';
import { listMyFirms } from '@/lib/dal/company-team';
import { requireMember } from '@/lib/dal/viewer-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account');
  return { title: t('title') };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={id} className="mb-4 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireMember();
  const [t, ts, tl, account, params, tokens, firms] = await Promise.all([
    getTranslations('account'),
    getTranslations('search.apiTokens'),
    getTranslations('team.leave'),
    getAccount(viewer),
    searchParams,
    listApiTokens(viewer),
    listMyFirms(viewer),
  ]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {params.password === 'changed' ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t('password.changed')}
        </p>
      ) : null}
      {params.left === '1' ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {tl('left')}
        </p>
      ) : null}
      <div className="flex flex-col gap-6">
        <Section id="profile-heading" title={t('profile.title')}>
          <ProfileFormClient name={account.name} email={account.email} locale={account.locale} />
        </Section>
        <Section id="password-heading" title={t('password.title')}>
          <PasswordFormClient hasPassword={account.hasPassword} needsCurrent={!account.canResetWithoutCurrent} email={account.email} />
        </Section>
        <Section id="firm-heading" title={tl('title')}>
          <MyFirmsClient firms={firms} />
        </Section>
        <Section id="sessions-heading" title={t('sessions.title')}>
          <p className="text-slate-800">{t('sessions.body', { count: account.activeSessions })}</p>
          <p className="mt-1 mb-4 text-sm text-slate-700">{t('sessions.hint')}</p>
          <SignOutEverywhereFormClient />
        </Section>
        <Section id="api-tokens-heading" title={ts('title')}>
          <ApiTokensClient tokens={tokens} />
        </Section>
        <p>
          <Link href="/account/privacy" className="text-teal-800 underline underline-offset-2 hover:text-teal-900">
            {(await getTranslations('privacy'))('link')}
          </Link>
        </p>
      </div>
    </div>
  );
}
