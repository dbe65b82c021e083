import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BoardListings } from '@/components/themes/board-listings';
import { MatchList } from '@/components/themes/match-list';
import { MeetingLine } from '@/components/themes/meeting-info';
import { ThemeButton } from '@/components/themes/theme-button-client';
import { buttonClass } from '@/components/ui/button-class';
import { followThemeAction, unfollowThemeAction } from '@/lib/actions/themes';
import { getThemeBoard } from '@/lib/dal/themes';
import { getViewer } from '@/lib/dal/viewer';
import { requireMember } from '@/lib/dal/viewer-page';
import { isAppError } from '@/lib/errors';
import { orNotFound } from '@/lib/listings/or-not-found';

export const dynamic = 'force-dynamic';

type Params = Promise<{ ref: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { ref } = await params;
  try {
    const board = await getThemeBoard(await getViewer(), ref);
    return { title: board.title };
  } catch (error) {
    if (isAppError(error)) return {};
    throw error;
  }
}

export default async function ThemeBoardPage({ params }: { params: Params }) {
  const { ref } = await params;
  const viewer = await requireMember();
  const [t, board] = await Promise.all([getTranslations('themes'), orNotFound(getThemeBoard(viewer, ref))]);
  const open = board.status === 'open';
  const canPin = board.canManage && open;

  return (
    <article className="flex flex-col gap-8">
      <div className="flex flex-col gap-4">
        <p>
          <Link href="/themes">← {t('board.back')}</Link>
        </p>
        <header className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-6">
          <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span>{t('board.network', { name: board.network.name })}</span>
            {!open ? <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-800">{t('card.archived')}</span> : null}
          </div>
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{board.title}</h1>
          <section aria-labelledby="challenge-heading" className="border-l-4 border-teal-700 pl-4">
            <h2 id="challenge-heading" className="text-xs font-bold tracking-wide text-teal-900 uppercase">
              {t('board.challenge')}
            </h2>
            <p className="mt-1 max-w-prose text-lg leading-relaxed whitespace-pre-line text-slate-900">{board.statement}</p>
          </section>
          <MeetingLine meeting={board.meeting} linkHost />
          {!open ? (
            <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
              {t('board.archivedNotice')}
            </p>
          ) : null}
          <div className="flex flex-wrap items-start gap-3 border-t border-slate-200 pt-4">
            {board.following ? (
              <ThemeButton key="unfollow" action={unfollowThemeAction} fields={{ ref: board.ref }} label={t('follow.unfollow')} />
            ) : board.canFollow ? (
              <ThemeButton key="follow" action={followThemeAction} fields={{ ref: board.ref }} label={t('follow.follow')} variant="primary" />
            ) : null}
            <Link href={`/map?theme=${encodeURIComponent(board.ref)}`} className={`${buttonClass('secondary')} no-underline`}>
              {t('board.showOnMap')}
            </Link>
            {board.canManage ? (
              <Link href={`/facilitator/themes/${board.ref}`} className={`${buttonClass('secondary')} no-underline`}>
                {t('board.manage')}
              </Link>
            ) : null}
          </div>
          <p className="text-sm text-slate-700">{board.following ? t('follow.following') : board.canFollow ? t('follow.hint') : null}</p>
        </header>
      </div>

      <div className="grid gap-8 lg:grid-cols-2">
        <BoardListings id="offers-heading" title={t('board.offers')} empty={t('board.noOffers')} items={board.offers} themeRef={board.ref} canPin={canPin} />
        <BoardListings id="needs-heading" title={t('board.needs')} empty={t('board.noNeeds')} items={board.needs} themeRef={board.ref} canPin={canPin} />
      </div>

      <MatchList matches={board.matches} introduceIn={board.canManage ? board.network.ref : undefined} />

      {open && viewer.companyIds.length ? <p className="text-sm text-slate-700">{t('board.addOwn')}</p> : null}
    </article>
  );
}
