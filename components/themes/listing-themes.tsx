import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { untagListingAction } from '@/lib/actions/themes';
import { getListingThemes } from '@/lib/dal/theme-options';
import { getViewer } from '@/lib/dal/viewer';
import { isAppError } from '@/lib/errors';
import { PinIcon } from './pin-icon';
import { TagFormClient } from './tag-form-client';
import { ThemeButton } from './theme-button-client';

/**
 * The "Themes" section of a listing's page: the themes it is on (that the reader may see) and, for
 * the listing's own firm, adding it to an open theme of its networks or taking it off one.
 * Renders nothing when there is nothing to show.
 */
export async function ListingThemesSection({ listingRef }: { listingRef: string }) {
  const panel = await getListingThemes(await getViewer(), listingRef).catch((error: unknown) => {
    if (isAppError(error)) return null;
    throw error;
  });
  if (!panel) return null;
  const t = await getTranslations('themes.listing');
  return (
    <section aria-labelledby="listing-themes-heading" className="mt-8 flex max-w-2xl flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="listing-themes-heading" className="text-lg font-semibold text-slate-900">
        {t('title')}
      </h2>
      {panel.themes.length ? (
        <>
          <p className="text-sm text-slate-700">{t('onThemes')}:</p>
          <ul className="flex flex-col divide-y divide-slate-200">
            {panel.themes.map((th) => (
              <li key={th.ref} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="flex flex-wrap items-center gap-2">
                  <Link href={`/themes/${th.ref}`} className="font-semibold">
                    {th.title}
                  </Link>
                  {th.pinned ? (
                    <span className="inline-flex items-center gap-1 text-xs font-semibold text-teal-900">
                      <PinIcon className="h-3.5 w-3.5" />
                      {t('pinned')}
                    </span>
                  ) : null}
                  {th.status === 'archived' ? (
                    <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-800">{t('archived')}</span>
                  ) : null}
                </span>
                {panel.canTag ? (
                  <ThemeButton
                    action={untagListingAction}
                    fields={{ themeRef: th.ref, listingRef }}
                    label={t('remove')}
                    ariaLabel={t('removeLabel', { title: th.title })}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-sm text-slate-700">{t('none')}</p>
      )}
      {panel.canTag && panel.available.length ? (
        <div className="flex flex-col gap-2 border-t border-slate-200 pt-3">
          <h3 className="text-base font-semibold text-slate-900">{t('add')}</h3>
          <p className="text-sm text-slate-700">{t('hint')}</p>
          <TagFormClient key={panel.available.map((a) => a.ref).join()} listingRef={listingRef} themes={panel.available} />
        </div>
      ) : null}
    </section>
  );
}
