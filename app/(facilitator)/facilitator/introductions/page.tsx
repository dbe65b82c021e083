import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ProposalList } from '@/components/introductions/proposal-list';
import { ProposeFormClient } from '@/components/introductions/propose-form-client';
import { StatsPanel } from '@/components/introductions/stats-panel';
import { PageHeader } from '@/components/ui/page-header';
import { facilitatedNetworks, introductionPickers, listProposals, proposeInitial } from '@/lib/dal/introduction-proposals';
import { introductionStats } from '@/lib/dal/introductions';
import { requireFacilitator } from '@/lib/dal/viewer-page';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('introductions.facilitator');
  return { title: t('title') };
}

export default async function FacilitatorIntroductionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireFacilitator();
  const [t, tIntro, nets, params] = await Promise.all([
    getTranslations('introductions.facilitator'),
    getTranslations('introductions'),
    facilitatedNetworks(viewer),
    searchParams,
  ]);
  const network = nets.find((n) => n.ref === params.network) ?? nets[0];
  if (!network) {
    return <PageHeader title={t('title')} subtitle={t('noNetworks')} />;
  }
  const [firms, proposals, stats] = await Promise.all([
    introductionPickers(viewer, network.id),
    listProposals(viewer, network.id),
    introductionStats(viewer, network.id),
  ]);

  return (
    <div className="flex flex-col gap-10">
      <PageHeader title={t('title')} subtitle={t('subtitle', { network: network.name })} actions={<Link href="/facilitator">← {t('back')}</Link>} />
      {params.done === 'withdrawn' ? (
        <p role="status" className="-mt-6 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {tIntro('withdraw.done')}
        </p>
      ) : null}

      {nets.length > 1 ? (
        <nav aria-label={t('network')} className="-mt-6">
          <ul className="flex flex-wrap gap-2">
            {nets.map((n) => (
              <li key={n.id}>
                <Link
                  href={`/facilitator/introductions?network=${n.ref}`}
                  aria-current={n.id === network.id ? 'page' : undefined}
                  className={`inline-flex min-h-11 items-center rounded-full border px-3 text-sm ${n.id === network.id ? 'border-teal-800 bg-teal-800 font-semibold text-white' : 'border-slate-400 bg-white text-slate-900'}`}
                >
                  {n.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <section aria-labelledby="propose-heading" className="flex flex-col gap-3">
        <h2 id="propose-heading" className="text-xl font-semibold text-slate-900">
          {t('formTitle')}
        </h2>
        <p className="text-sm text-slate-700">{t('formHint')}</p>
        {firms.length < 2 ? (
          <p className="text-slate-700">{t('tooFewFirms')}</p>
        ) : (
          <ProposeFormClient networkRef={network.ref} firms={firms} initial={proposeInitial(firms, params)} />
        )}
      </section>

      <section aria-labelledby="proposals-heading" className="flex flex-col gap-3">
        <h2 id="proposals-heading" className="text-xl font-semibold text-slate-900">
          {t('listTitle')} <span className="font-normal text-slate-600">({proposals.length})</span>
        </h2>
        <ProposalList proposals={proposals} />
      </section>

      <section aria-labelledby="stats-heading" className="flex flex-col gap-3">
        <h2 id="stats-heading" className="text-xl font-semibold text-slate-900">
          {t('statsTitle', { network: network.name })}
        </h2>
        <StatsPanel stats={stats} />
      </section>
    </div>
  );
}
