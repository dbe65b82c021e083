import { getTranslations } from 'next-intl/server';
import { MERGE_RADIUS_KM } from '@/lib/municipality/cells';

/** How the figures are made: what is counted, the three-firm rule, areas, activity. */
export async function MethodNote({ min }: { min: number }) {
  const t = await getTranslations('municipality.method');
  return (
    <section aria-labelledby="method-heading" className="mt-10 max-w-3xl rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="method-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
        <li>{t('counts')}</li>
        <li>{t('threshold', { min })}</li>
        <li>{t('areas', { min, km: MERGE_RADIUS_KM })}</li>
        <li>{t('activity', { min })}</li>
      </ul>
    </section>
  );
}
