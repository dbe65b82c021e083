import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MeetingLine } from '@/components/themes/meeting-info';
import { CountsLine } from '@/components/themes/theme-card';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import { listManagedThemes, type ThemeSummary } from '@/lib/dal/themes';
import { requireFacilitator } from '@/lib/dal/viewer-page';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('themes.manage');
  return { title: t('title') };
}

export default async function FacilitatorThemesPage() {
  const viewer = await requireFacilitator();
  const [t, themes] = await Promise.all([getTranslations('themes'), listManagedThemes(viewer)]);
  const networks = new Set(themes.map((th) => th.network.ref));
  const groups = [
    { id: 'open-heading', title: t('manage.openHeading'), items: themes.filter((th) => th.status === 'open') },
    { id: 'archived-heading', title: t('manage.archivedHeading'), items: themes.filter((th) => th.status === 'archived') },
  ];
  const row = (theme: ThemeSummary) => (
    <li key={theme.ref} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="flex min-w-0 flex-col gap-2">
        {networks.size > 1 ? <span className="text-xs font-medium text-slate-700">{theme.network.name}</span> : null}
        <h3 className="text-lg leading-snug font-semibold">
          <Link href={`/facilitator/themes/${theme.ref}`}>{theme.title}</Link>
        </h3>
        <MeetingLine meeting={theme.meeting} />
        <CountsLine counts={theme.counts} label={(key, count) => t(`card.${key}`, { count })} />
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        <Link href={`/facilitator/themes/${theme.ref}`} className={`${buttonClass('primary')} no-underline`} aria-label={`${t('manage.edit')}: ${theme.title}`}>
          {t('manage.edit')}
        </Link>
        <Link href={`/themes/${theme.ref}`} className={`${buttonClass('secondary')} no-underline`} aria-label={`${t('manage.board')}: ${theme.title}`}>
          {t('manage.board')}
        </Link>
      </div>
    </li>
  );

  return (
    <>
      <p className="mb-2">
        <Link href="/facilitator">← {t('manage.backToFacilitator')}</Link>
      </p>
      <PageHeader
        title={t('manage.title')}
        subtitle={t('manage.subtitle')}
        actions={
          <Link href="/facilitator/themes/new" className={`${buttonClass('primary')} whitespace-nowrap no-underline`}>
            + {t('manage.new')}
          </Link>
        }
      />
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={g.id} className="mb-8">
          <h2 id={g.id} className="mb-3 text-xl font-semibold">
            {g.title} ({g.items.length})
          </h2>
          {g.items.length ? (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">{g.items.map(row)}</ul>
          ) : (
            <p className="text-slate-700">{t('manage.none')}</p>
          )}
        </section>
      ))}
    </>
  );
}
