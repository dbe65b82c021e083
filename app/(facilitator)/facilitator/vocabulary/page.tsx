import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { RemoveEntryClient, StopWordFormClient, SynonymFormClient, UnknownWordClient } from '@/components/vocabulary/vocabulary-forms-client';
import { listFacilitatedNetworks } from '@/lib/dal/networks';
import { requireFacilitator } from '@/lib/dal/viewer-page';
import { getVocabularyPage } from '@/lib/dal/vocabulary';
import { isAppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('vocabulary');
  return { title: t('title') };
}

export default async function VocabularyPage({ searchParams }: { searchParams: Promise<{ network?: string }> }) {
  const viewer = await requireFacilitator();
  const [t, format, nets, params] = await Promise.all([getTranslations('vocabulary'), getFormatter(), listFacilitatedNetworks(viewer), searchParams]);
  const networkRef = params.network ?? nets[0]?.ref;
  if (!networkRef) notFound();
  const page = await getVocabularyPage(viewer, networkRef).catch((error: unknown) => {
    if (isAppError(error) && (error.code === 'not_found' || error.code === 'forbidden')) notFound();
    throw error;
  });
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const section = 'rounded-lg border border-slate-200 bg-white p-4';

  return (
    <>
      <p className="mb-2">
        <Link href="/facilitator">← {t('backToFacilitator')}</Link>
      </p>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {nets.length > 1 ? (
        <nav aria-label={t('network')} className="mb-4 flex flex-wrap gap-3 text-sm">
          {nets.map((n) => (
            <Link
              key={n.ref}
              href={`/facilitator/vocabulary?network=${n.ref}`}
              aria-current={n.ref === page.network.ref ? 'page' : undefined}
              className="aria-[current=page]:font-semibold"
            >
              {n.name}
            </Link>
          ))}
        </nav>
      ) : null}
      <p className="mb-4 text-sm text-slate-700">
        {t('network')}: <span className="font-medium">{page.network.name}</span>
      </p>

      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="synonym-heading" className={section}>
          <h2 id="synonym-heading" className="mb-3 text-lg font-semibold">
            {t('synonym.heading')}
          </h2>
          <SynonymFormClient networkRef={page.network.ref} />
        </section>
        <section aria-labelledby="stop-heading" className={section}>
          <h2 id="stop-heading" className="mb-3 text-lg font-semibold">
            {t('stop.heading')}
          </h2>
          <StopWordFormClient networkRef={page.network.ref} />
        </section>
      </div>

      <section aria-labelledby="entries-heading" className={`${section} mt-4`}>
        <h2 id="entries-heading" className="mb-3 text-lg font-semibold">
          {t('entries.heading')}
        </h2>
        {page.entries.length === 0 ? (
          <p className="text-slate-700">{t('entries.none')}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {page.entries.map((e) => (
              <li key={e.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="break-words">
                    <span className="mr-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">{t(`entries.${e.kind}`)}</span>
                    {e.terms.join(' = ')}
                  </p>
                  <p className="text-xs text-slate-600">{t('entries.by', { name: e.byName ?? t('audit.unknownUser'), date: when(e.createdAt) })}</p>
                </div>
                <RemoveEntryClient networkRef={page.network.ref} id={e.id} label={e.terms.join(', ')} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="unknown-heading" className={`${section} mt-4`}>
        <h2 id="unknown-heading" className="mb-1 text-lg font-semibold">
          {t('unknown.heading')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t('unknown.intro')}</p>
        {page.unknown.length === 0 ? (
          <p className="text-slate-700">{t('unknown.none')}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {page.unknown.map((u) => (
              <UnknownWordClient key={u.word} networkRef={page.network.ref} word={u.word} count={u.count} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="audit-heading" className={`${section} mt-4`}>
        <h2 id="audit-heading" className="mb-3 text-lg font-semibold">
          {t('audit.heading')}
        </h2>
        {page.audit.length === 0 ? (
          <p className="text-slate-700">{t('audit.none')}</p>
        ) : (
          <ol className="flex flex-col gap-1 text-sm">
            {page.audit.map((a) => (
              <li key={a.id}>
                <time dateTime={a.createdAt} className="text-slate-600">
                  {when(a.createdAt)}
                </time>{' '}
                · {t(`audit.${a.action}`, { name: a.byName ?? t('audit.unknownUser') })} {t(`audit.${a.kind}`, { terms: a.terms.join(', ') })}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
