import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ThemeCard } from '@/components/themes/theme-card';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import { listThemes } from '@/lib/dal/themes';
import { requireMember } from '@/lib/dal/viewer-page';
import { parseArchivedFlag } from '@/lib/validations/themes';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('themes');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ThemesPage({ searchParams }: { searchParams: SearchParams }) {
  const archived = parseArchivedFlag((await searchParams).archived);
  const viewer = await requireMember();
  const [t, themes] = await Promise.all([getTranslations('themes'), listThemes(viewer, { status: archived ? 'archived' : 'open' })]);
  const canManage = viewer.isAdmin || viewer.facilitatorNetworkIds.length > 0;
  const inNoNetwork = !viewer.isAdmin && viewer.memberNetworkIds.length === 0 && viewer.facilitatorNetworkIds.length === 0;
  const networks = new Set(themes.map((th) => th.network.ref));
  const tab = (active: boolean) =>
    `inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold no-underline ${active ? 'bg-teal-800 text-white' : 'text-slate-800 hover:bg-slate-100'}`;

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          canManage ? (
            <Link href="/facilitator/themes/new" className={`${buttonClass('primary')} whitespace-nowrap no-underline`}>
              + {t('manage.new')}
            </Link>
          ) : undefined
        }
      />
      <nav aria-label={t('tabs.label')} className="mb-4">
        <ul className="inline-flex gap-1 rounded-lg border border-slate-300 bg-white p-1">
          <li>
            <Link href="/themes" className={tab(!archived)} aria-current={!archived ? 'page' : undefined}>
              {t('tabs.open')}
            </Link>
          </li>
          <li>
            <Link href="/themes?archived=1" className={tab(archived)} aria-current={archived ? 'page' : undefined}>
              {t('tabs.archived')}
            </Link>
          </li>
        </ul>
      </nav>
      {themes.length ? (
        <ul className="grid gap-4 md:grid-cols-2">
          {themes.map((theme) => (
            <li key={theme.ref}>
              <ThemeCard theme={theme} showNetwork={networks.size > 1 || viewer.isAdmin} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-slate-400 bg-white p-6">
          <p className="text-slate-800">{inNoNetwork ? t('empty.noNetwork') : archived ? t('empty.archived') : t('empty.open')}</p>
          {inNoNetwork ? (
            <Link href="/networks" className={`${buttonClass('secondary')} no-underline`}>
              {t('empty.findNetwork')}
            </Link>
          ) : canManage && !archived ? (
            <Link href="/facilitator/themes/new" className={`${buttonClass('primary')} no-underline`}>
              {t('empty.create')}
            </Link>
          ) : null}
        </div>
      )}
    </>
  );
}
