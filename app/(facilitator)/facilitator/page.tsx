import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DecisionFormClient } from '@/components/networks/decision-form-client';
import { PageHeader } from '@/components/ui/page-header';
import { listFacilitatedNetworks, listNetworkMembers, listNetworkStaff, listPendingRequests } from '@/lib/dal/networks';
import { requireFacilitator } from '@/lib/dal/viewer-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('networks.queue');
  return { title: t('title') };
}

export default async function FacilitatorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireFacilitator();
  const [t, tImport, tThemes, tIntro, tVocab, pending, nets, params] = await Promise.all([
    getTranslations('networks'),
    getTranslations('import'),
    getTranslations('themes'),
    getTranslations('introductions.facilitator'),
    getTranslations('vocabulary'),
    listPendingRequests(viewer),
    listFacilitatedNetworks(viewer),
    searchParams,
  ]);
  const decided = params.decided === 'approved' ? 'queue.approvedDone' : params.decided === 'declined' ? 'queue.declinedDone' : null;
  const details = await Promise.all(
    nets.map(async (n) => ({ network: n, members: (await listNetworkMembers(viewer, n.id)) ?? [], staff: await listNetworkStaff(viewer, n.id) })),
  );

  return (
    <>
      <PageHeader
        title={t('queue.title')}
        subtitle={t('queue.subtitle')}
        actions={
          <>
            <Link href="/facilitator/themes">{tThemes('manage.link')}</Link>
            <Link href="/facilitator/introductions">{tIntro('link')}</Link>
            <Link href="/facilitator/vocabulary">{tVocab('link')}</Link>
            <Link href="/facilitator/import">{tImport('openImport')}</Link>
            {viewer.isAdmin ? <Link href="/admin">{t('queue.adminLink')}</Link> : null}
          </>
        }
      />
      {decided ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t(decided)}
        </p>
      ) : null}
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="mb-3 text-xl font-semibold">
          {t('queue.pendingTitle')} ({pending.length})
        </h2>
        {pending.length === 0 ? (
          <p className="text-slate-700">{t('queue.none')}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {pending.map((r) => (
              <li key={r.membershipId} className="rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/companies/${r.companyRef}`}>{r.companyName}</Link>
                </h3>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="text-slate-600">{t('queue.network')}</dt>
                  <dd>{r.networkName}</dd>
                  <dt className="text-slate-600">{t('queue.nace')}</dt>
                  <dd>{r.nace.join(', ') || '–'}</dd>
                  <dt className="text-slate-600">{t('queue.town')}</dt>
                  <dd>{r.city ?? '–'}</dd>
                  <dt className="text-slate-600">{t('queue.message')}</dt>
                  <dd className="whitespace-pre-line">{r.message ?? t('queue.noMessage')}</dd>
                </dl>
                <p className="mt-2 text-xs text-slate-600">
                  {r.requestedByName
                    ? t('queue.requestedBy', { name: r.requestedByName, date: r.requestedAt })
                    : t('queue.requestedAt', { date: r.requestedAt })}
                </p>
                <div className="mt-3">
                  <DecisionFormClient membershipId={r.membershipId} companyName={r.companyName} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="networks-heading" className="mt-10">
        <h2 id="networks-heading" className="mb-3 text-xl font-semibold">
          {t('queue.networksTitle')}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {details.map(({ network, members, staff }) => (
            <article key={network.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="text-lg font-semibold">
                <Link href={`/networks/${network.ref}`}>{network.name}</Link>
              </h3>
              <p className="text-sm text-slate-700">{t('members', { count: members.length })}</p>
              {members.length ? (
                <ul className="mt-2 list-disc pl-5 text-sm">
                  {members.map((m) => (
                    <li key={m.companyRef}>
                      <Link href={`/companies/${m.companyRef}`}>{m.companyName}</Link>
                      {m.city ? `, ${m.city}` : ''}
                    </li>
                  ))}
                </ul>
              ) : null}
              <h4 className="mt-3 text-sm font-semibold">{t('queue.staff')}</h4>
              <ul className="text-sm">
                {staff.map((s) => (
                  <li key={`${s.role}-${s.email}`}>
                    {s.name ?? s.email} – {t(`roles.${s.role === 'municipality' ? 'municipality' : 'facilitator'}`)}
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </div>
      </section>
    </>
  );
}
