import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { StatusBadge } from '@/components/networks/network-card';
import { RequestMembershipFormClient } from '@/components/networks/request-membership-form-client';
import { PageHeader } from '@/components/ui/page-header';
import { buttonClass } from '@/components/ui/button-class';
import { getNetworkByRef, listNetworkMembers, myFirmStatuses } from '@/lib/dal/networks';
import { getViewer } from '@/lib/dal/viewer';
import { isAppError } from '@/lib/errors';

type Params = Promise<{ ref: string }>;

async function load(ref: string) {
  try {
    return await getNetworkByRef(ref);
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const network = await load((await params).ref);
  return { title: network.name };
}

export default async function NetworkPage({ params }: { params: Params }) {
  const { ref } = await params;
  const [network, viewer, t] = await Promise.all([load(ref), getViewer(), getTranslations('networks')]);
  const [firms, members] = await Promise.all([myFirmStatuses(viewer, network.id), listNetworkMembers(viewer, network.id)]);
  const canAsk = firms.filter((f) => f.status === null || f.status === 'declined');

  return (
    <>
      <PageHeader title={network.name} subtitle={network.description ?? undefined} />
      <p className="text-slate-700">
        {t('members', { count: network.memberCount })} · {t('radius', { km: network.radiusKm })}
      </p>

      <section aria-labelledby="join-heading" className="mt-6 max-w-xl rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="join-heading" className="mb-3 text-lg font-semibold">
          {firms.length ? t('yourFirms') : t('request.title')}
        </h2>
        {!viewer ? (
          <p>
            <Link href={`/signin?callbackUrl=${encodeURIComponent(`/networks/${network.ref}`)}`}>{t('signInToJoin')}</Link>
          </p>
        ) : firms.length === 0 ? (
          <div className="flex flex-col items-start gap-3">
            <p className="text-slate-700">{t('noFirm')}</p>
            <Link href="/onboarding" className={`${buttonClass()} no-underline`}>
              {t('createFirm')}
            </Link>
          </div>
        ) : (
          <>
            <ul className="mb-4 flex flex-col gap-1">
              {firms.map((f) => (
                <li key={f.companyRef} className="flex items-center gap-2">
                  <span>{f.companyName}</span>
                  {f.status ? <StatusBadge status={f.status} label={t(`status.${f.status}`)} /> : null}
                </li>
              ))}
            </ul>
            <RequestMembershipFormClient networkRef={network.ref} firms={canAsk.map((f) => ({ ref: f.companyRef, name: f.companyName }))} />
          </>
        )}
      </section>

      {members ? (
        <section aria-labelledby="members-heading" className="mt-6">
          <h2 id="members-heading" className="mb-2 text-lg font-semibold">
            {t('memberList')}
          </h2>
          <ul className="flex flex-col gap-1">
            {members.map((m) => (
              <li key={m.companyRef}>
                <Link href={`/companies/${m.companyRef}`}>{m.companyName}</Link>
                {m.city ? `, ${m.city}` : ''}
                {m.since ? <span className="text-sm text-slate-600"> – {t('memberSince', { date: m.since })}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
