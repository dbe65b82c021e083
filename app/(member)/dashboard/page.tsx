import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { DashboardHiddenNotice } from '@/components/admin/dashboard-hidden-notice';
import { bandKey } from '@/components/companies/labels';
import { MyListings } from '@/components/listings/my-listings';
import { DashboardMatchesSection } from '@/components/matching/dashboard-matches-section';
import { MatchesSkeleton } from '@/components/matching/matches-skeleton';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import { CardGridSkeleton, LoadingRegion } from '@/components/ui/skeleton';
import type { MembershipStatus, UiLocale } from '@/db/schema';
import { getDashboard } from '@/lib/dal/dashboard';
import { requireMember } from '@/lib/dal/viewer-page';
import { naceLabel } from '@/lib/nace';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

const STATUS_STYLE: Record<MembershipStatus, string> = {
  pending: 'bg-amber-100 text-amber-950',
  approved: 'bg-emerald-100 text-emerald-950',
  declined: 'bg-slate-200 text-slate-900',
};

export default async function DashboardPage() {
  const viewer = await requireMember();
  // The firm, its networks and team come first; matches and the firm's listings stream in after.
  const [data, t, tc, format, locale] = await Promise.all([
    getDashboard(viewer),
    getTranslations('dashboard'),
    getTranslations('companies'),
    getFormatter(),
    getLocale(),
  ]);

  if (!data) {
    // Facilitators and municipality staff often have no firm: their work is on their own pages.
    const roles = [
      ...(viewer.facilitatorNetworkIds.length ? [{ text: t('roleFacilitator'), href: '/facilitator', link: t('toFacilitator') }] : []),
      ...(viewer.municipalityNetworkIds.length ? [{ text: t('roleMunicipality'), href: '/municipality', link: t('toMunicipality') }] : []),
    ];
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-4">
        <PageHeader title={t('title')} subtitle={t('noCompany')} />
        {roles.map((r) => (
          <div key={r.href} className="flex flex-col items-start gap-2">
            <p className="text-slate-800">{r.text}</p>
            <Link href={r.href} className={buttonClass()}>
              {r.link}
            </Link>
          </div>
        ))}
        <div className="flex flex-col items-start gap-2">
          {roles.length ? <p className="text-slate-800">{t('orCreateFirm')}</p> : null}
          <Link href="/onboarding" className={roles.length ? buttonClass('secondary') : buttonClass()}>
            {t('getStarted')}
          </Link>
        </div>
      </div>
    );
  }

  const { company, memberships, team } = data;
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={company.name} subtitle={t('title')} />
      <DashboardHiddenNotice viewer={viewer} companyRef={company.ref} />

      <Suspense fallback={<MatchesSkeleton />}>
        <DashboardMatchesSection viewer={viewer} />
      </Suspense>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="profile-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="profile-heading" className="text-lg font-semibold text-slate-900">
            {t('profile')}
          </h2>
          <ul className="text-sm text-slate-800">
            {company.nace.map((code) => (
              <li key={code}>{naceLabel(code, locale as UiLocale)}</li>
            ))}
          </ul>
          <p className="text-sm text-slate-700">
            {[
              company.postcode && company.city ? `${company.postcode} ${company.city}` : null,
              company.employeesBand ? tc(`bands.${bandKey(company.employeesBand)}`) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {!company.email && !company.phone ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">{t('contactMissing')}</p> : null}
          <div className="mt-auto flex flex-wrap gap-2">
            <Link href={`/companies/${company.ref}/edit`} className={buttonClass()}>
              {t('editProfile')}
            </Link>
            <Link href={`/companies/${company.ref}`} className={buttonClass('secondary')}>
              {t('viewProfile')}
            </Link>
          </div>
        </section>

        <section aria-labelledby="networks-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="networks-heading" className="text-lg font-semibold text-slate-900">
            {t('networks')}
          </h2>
          <p className="text-sm text-slate-700">{t('networksIntro')}</p>
          {memberships.length ? (
            <ul className="divide-y divide-slate-200">
              {memberships.map((m) => (
                <li key={m.networkRef} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <div>
                    <Link href={`/networks/${m.networkRef}`} className="font-medium text-teal-900 underline">
                      {m.networkName}
                    </Link>
                    <p className="text-xs text-slate-600">
                      {m.decidedAt ? t('decided', { date: date(m.decidedAt) }) : t('requested', { date: date(m.requestedAt) })}
                    </p>
                  </div>
                  <span className={`rounded-full px-3 py-1 text-xs font-semibold ${STATUS_STYLE[m.status]}`}>{t(`status.${m.status}`)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-800">{t('noNetworks')}</p>
          )}
          <div className="mt-auto">
            <Link href="/networks" className={buttonClass(memberships.some((m) => m.status === 'approved') ? 'secondary' : 'primary')}>
              {t('requestNetwork')}
            </Link>
          </div>
        </section>

        <section aria-labelledby="team-summary-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="team-summary-heading" className="text-lg font-semibold text-slate-900">
            {t('team')}
          </h2>
          <p className="text-sm text-slate-800">{t('teamCount', { count: team.members.length })}</p>
          <ul className="text-sm text-slate-700">
            {team.members.map((m) => (
              <li key={m.userId}>
                {m.name ?? m.email} – {m.role === 'owner' ? tc('team.owner') : tc('team.member')}
              </li>
            ))}
          </ul>
          {team.invites.length ? <p className="text-sm text-slate-700">{t('invitesCount', { count: team.invites.length })}</p> : null}
          {team.canManage ? (
            <div className="mt-auto">
              <Link href={`/companies/${company.ref}/edit#team`} className={buttonClass('secondary')}>
                {t('manageTeam')}
              </Link>
            </div>
          ) : null}
        </section>
      </div>

      <Suspense
        fallback={
          <LoadingRegion>
            <CardGridSkeleton count={3} />
          </LoadingRegion>
        }
      >
        <MyListings companyId={company.id} />
      </Suspense>
    </div>
  );
}
