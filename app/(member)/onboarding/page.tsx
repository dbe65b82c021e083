import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CompanyForm } from '@/components/companies/company-form';
import { emptyCompanyForm } from '@/components/companies/form-values';
import { InviteList } from '@/components/companies/invite-list';
import { languageOptions } from '@/components/companies/labels';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import type { UiLocale } from '@/db/schema';
import { getViewerCompanyRef } from '@/lib/dal/companies';
import { listInvitesForViewer } from '@/lib/dal/company-team';
import { requireMember } from '@/lib/dal/viewer-page';
import { selectableNaceOptions } from '@/lib/nace';
import { COMPANY_LANGUAGES, MAX_NACE } from '@/lib/validations/companies';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('companies.onboarding');
  return { title: t('title') };
}

export default async function OnboardingPage() {
  const viewer = await requireMember();
  const [t, locale] = await Promise.all([getTranslations('companies.onboarding'), getLocale()]);
  const loc = locale as UiLocale;

  // One firm per person in the UI: someone who already has one manages it from the dashboard.
  const existingRef = await getViewerCompanyRef(viewer);
  if (existingRef) {
    return (
      <div className="mx-auto flex max-w-3xl flex-col gap-4">
        <PageHeader title={t('title')} />
        <p className="text-slate-800">{t('alreadyHasFirm')}</p>
        <div>
          <Link href="/dashboard" className={buttonClass()}>
            {t('toDashboard')}
          </Link>
        </div>
      </div>
    );
  }

  const invites = await listInvitesForViewer(viewer);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-10">
      <PageHeader title={t('title')} subtitle={t('intro')} />
      {invites.length ? (
        <section aria-labelledby="invites-heading" className="flex flex-col gap-3">
          <h2 id="invites-heading" className="text-xl font-semibold text-slate-900">
            {t('invitesTitle')}
          </h2>
          <InviteList invites={invites.map(({ id, companyName, city }) => ({ id, companyName, city }))} />
        </section>
      ) : null}
      <section aria-labelledby="join-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="join-heading" className="text-lg font-semibold text-slate-900">
          {t('joinTitle')}
        </h2>
        <p className="mt-1 text-slate-800">{t('joinIntro', { email: viewer.email })}</p>
      </section>
      <section aria-labelledby="create-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="create-heading" className="text-xl font-semibold text-slate-900">
            {t('createTitle')}
          </h2>
          <p className="text-slate-700">{t('createIntro')}</p>
        </div>
        <CompanyForm
          mode="create"
          initial={{ ...emptyCompanyForm, country: loc === 'fi' ? 'FI' : 'DK', languages: [loc === 'fi' ? 'fi' : 'da'] }}
          naceOptions={selectableNaceOptions(loc).map(({ code, label }) => ({ code, label }))}
          languageOptions={languageOptions(COMPANY_LANGUAGES, loc)}
          maxNace={MAX_NACE}
        />
      </section>
    </div>
  );
}
