import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import { getViewerCompanyRef } from '@/lib/dal/companies';
import { requireMember } from '@/lib/dal/viewer-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('companies.onboarding');
  return { title: t('doneTitle') };
}

/** After creating a firm: the next step is to apply to a network (helper AUTH's /networks). */
export default async function OnboardingDonePage() {
  const viewer = await requireMember();
  const [t, ref] = await Promise.all([getTranslations('companies.onboarding'), getViewerCompanyRef(viewer)]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <PageHeader title={t('doneTitle')} subtitle={t('doneIntro')} />
      <div className="flex flex-wrap gap-3">
        <Link href="/networks" className={buttonClass()}>
          {t('requestNetwork')}
        </Link>
        {ref ? (
          <Link href={`/companies/${ref}`} className={buttonClass('secondary')}>
            {t('viewProfile')}
          </Link>
        ) : null}
        <Link href="/dashboard" className={buttonClass('secondary')}>
          {t('toDashboard')}
        </Link>
      </div>
    </div>
  );
}
