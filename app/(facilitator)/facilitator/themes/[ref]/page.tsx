import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ListingRow } from '@/components/themes/listing-row';
import { ThemeButton } from '@/components/themes/theme-button-client';
import { ThemeFormClient } from '@/components/themes/theme-form-client';
import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { pinListingAction, removeThemeListingAction, setThemeStatusAction, unpinListingAction, updateThemeAction } from '@/lib/actions/themes';
import { getThemeForEdit, searchPinCandidates } from '@/lib/dal/theme-options';
import { getThemeBoard } from '@/lib/dal/themes';
import { requireFacilitator } from '@/lib/dal/viewer-page';
import { isAppError } from '@/lib/errors';
import { orNotFound } from '@/lib/listings/or-not-found';
import { parsePinSearch, PIN_SEARCH_MAX } from '@/lib/validations/themes';
import { notFound } from 'next/navigation';

export const dynamic = 'force-dynamic';

type Params = Promise<{ ref: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('themes.form');
  return { title: t('editTitle') };
}

/** Only the network's facilitators (and admins) manage a theme: to anyone else it is not here. */
async function managed<T>(promise: Promise<T>): Promise<T> {
  try {
    return await orNotFound(promise);
  } catch (error) {
    if (isAppError(error) && error.code === 'forbidden') notFound();
    throw error;
  }
}

export default async function ManageThemePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { ref } = await params;
  const query = await searchParams;
  const q = parsePinSearch(query.q);
  const viewer = await requireFacilitator();
  const values = await managed(getThemeForEdit(viewer, ref));
  const [t, board, candidates] = await Promise.all([getTranslations('themes'), getThemeBoard(viewer, ref), searchPinCandidates(viewer, ref, q)]);
  const open = values.status === 'open';
  const onBoard = [...board.offers, ...board.needs].sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.activityAt.localeCompare(a.activityAt));
  const fields = (listingRef: string) => ({ themeRef: values.ref, listingRef });

  return (
    <div className="flex flex-col gap-10">
      <div>
        <p className="mb-2">
          <Link href="/facilitator/themes">← {t('manage.back')}</Link>
        </p>
        <PageHeader
          title={values.title}
          subtitle={t('board.network', { name: values.network.name })}
          actions={
            <Link href={`/themes/${values.ref}`} className={`${buttonClass('secondary')} no-underline`}>
              {t('manage.board')}
            </Link>
          }
        />
        {query.created ? (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            {t('manage.created')}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="search-heading" className="flex flex-col gap-3">
        <h2 id="search-heading" className="text-xl font-semibold">
          {t('search.title')}
        </h2>
        {open ? (
          <>
            <form method="get" role="search" className="flex max-w-2xl flex-col gap-2 sm:flex-row sm:items-end">
              <div className="flex flex-1 flex-col gap-1">
                <label htmlFor="pin-q" className="text-sm font-medium text-slate-800">
                  {t('search.label')}
                </label>
                <input
                  id="pin-q"
                  name="q"
                  type="search"
                  defaultValue={q ?? ''}
                  placeholder={t('search.placeholder')}
                  maxLength={PIN_SEARCH_MAX}
                  className={inputClass}
                />
              </div>
              <button type="submit" className={buttonClass('primary')}>
                {t('search.submit')}
              </button>
            </form>
            <h3 className="text-base font-semibold text-slate-800" aria-live="polite">
              {q ? t('search.results', { q }) : t('search.newest')}
            </h3>
            {candidates.length ? (
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
                {candidates.map((l) => (
                  <ListingRow
                    key={l.ref}
                    listing={l}
                    pinned={l.pinned}
                    status={l.onBoard ? t('pin.onBoard') : undefined}
                    actions={
                      l.pinned ? null : (
                        <ThemeButton
                          action={pinListingAction}
                          fields={fields(l.ref)}
                          label={t('pin.pin')}
                          ariaLabel={t('pin.pinLabel', { title: l.title })}
                          variant="primary"
                        />
                      )
                    }
                  />
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">{t('search.none')}</p>
            )}
          </>
        ) : (
          <p className="text-slate-700">{t('board.archivedNotice')}</p>
        )}
      </section>

      <section aria-labelledby="onboard-heading" className="flex flex-col gap-3">
        <h2 id="onboard-heading" className="text-xl font-semibold">
          {t('onBoard.title')} ({onBoard.length})
        </h2>
        {onBoard.length ? (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
            {onBoard.map((l) => (
              <ListingRow
                key={l.ref}
                listing={l}
                pinned={l.pinned}
                actions={
                  <>
                    {open ? (
                      l.pinned ? (
                        <ThemeButton
                          action={unpinListingAction}
                          fields={fields(l.ref)}
                          label={t('pin.unpin')}
                          ariaLabel={t('pin.unpinLabel', { title: l.title })}
                        />
                      ) : (
                        <ThemeButton action={pinListingAction} fields={fields(l.ref)} label={t('pin.pin')} ariaLabel={t('pin.pinLabel', { title: l.title })} />
                      )
                    ) : null}
                    <ThemeButton
                      action={removeThemeListingAction}
                      fields={fields(l.ref)}
                      label={t('pin.remove')}
                      ariaLabel={t('pin.removeLabel', { title: l.title })}
                    />
                  </>
                }
              />
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">{t('onBoard.none')}</p>
        )}
      </section>

      <section aria-labelledby="edit-heading" className="flex flex-col gap-3">
        <h2 id="edit-heading" className="text-xl font-semibold">
          {t('form.editTitle')}
        </h2>
        <ThemeFormClient
          mode="edit"
          action={updateThemeAction}
          themeRef={values.ref}
          values={{ title: values.title, description: values.description, meetingId: values.meetingId, status: values.status }}
          meetings={values.meetings}
        />
      </section>

      <section aria-labelledby="status-heading" className="flex max-w-2xl flex-col gap-3 rounded-lg border border-slate-300 bg-slate-50 p-4">
        <h2 id="status-heading" className="text-base font-semibold">
          {open ? t('status.archive') : t('status.reopen')}
        </h2>
        <p className="text-sm text-slate-700">{t('status.archiveHint')}</p>
        <ThemeButton
          key={values.status}
          action={setThemeStatusAction}
          fields={{ ref: values.ref, status: open ? 'archived' : 'open' }}
          label={open ? t('status.archive') : t('status.reopen')}
          variant={open ? 'danger' : 'primary'}
          confirm
        />
      </section>
    </div>
  );
}
