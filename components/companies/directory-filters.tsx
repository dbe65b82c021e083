import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-class';
import { SelectField, TextField } from '@/components/ui/field';
import type { Locale as UiLocale } from '@/lib/i18n/config';
import { naceDivisions, naceSections } from '@/lib/nace';
import { EMPLOYEE_BANDS, type DirectoryFilters } from '@/lib/validations/companies';
import { bandKey } from './labels';

interface Props {
  filters: DirectoryFilters;
  locale: UiLocale;
  networkRef: string | null;
  networkOptions: { ref: string; name: string }[];
  allNetworksValue: string;
}

/** A plain GET form: filters live in the URL, so results can be shared, bookmarked and reloaded,
 * and the page works without JavaScript. */
export async function DirectoryFilterForm({ filters, locale, networkRef, networkOptions, allNetworksValue }: Props) {
  const [t, tc] = await Promise.all([getTranslations('companies'), getTranslations('common')]);
  const sectors = naceSections().flatMap((s) => [
    { value: s.code, label: `${s.code} – ${s.names[locale]}` },
    ...naceDivisions()
      .filter((d) => d.parent === s.code)
      .map((d) => ({ value: d.code, label: `\u00a0\u00a0\u00a0${d.code} ${d.names[locale]}` })),
  ]);
  // On a phone the search box and button come first; the other filters fold away until used.
  const open = !!(filters.sector || filters.town || filters.size || filters.network);
  return (
    <form
      method="get"
      action="/companies"
      role="search"
      aria-label={t('directory.filters')}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <TextField name="q" type="search" label={t('directory.q')} defaultValue={filters.q ?? ''} maxLength={100} />
        </div>
        <button type="submit" className={buttonClass()}>
          {tc('search')}
        </button>
      </div>
      <details open={open} className="group">
        <summary className="min-h-11 cursor-pointer py-3 text-sm font-semibold text-teal-800">{t('directory.filters')}</summary>
        <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField
            name="network"
            label={t('directory.network')}
            defaultValue={networkRef ?? allNetworksValue}
            options={[{ value: allNetworksValue, label: t('directory.allNetworks') }, ...networkOptions.map((n) => ({ value: n.ref, label: n.name }))]}
          />
          <SelectField
            name="sector"
            label={t('directory.sector')}
            defaultValue={filters.sector ?? ''}
            options={[{ value: '', label: t('directory.anySector') }, ...sectors]}
          />
          <TextField name="town" label={t('directory.town')} defaultValue={filters.town ?? ''} maxLength={60} autoComplete="address-level2" />
          <SelectField
            name="size"
            label={t('directory.size')}
            defaultValue={filters.size ?? ''}
            options={[{ value: '', label: t('directory.anySize') }, ...EMPLOYEE_BANDS.map((b) => ({ value: b, label: t(`bands.${bandKey(b)}`) }))]}
          />
        </div>
        <div className="mt-3 flex gap-2">
          <button type="submit" className={buttonClass()}>
            {t('directory.apply')}
          </button>
          <Link href="/companies" className={buttonClass('secondary')}>
            {t('directory.reset')}
          </Link>
        </div>
      </details>
    </form>
  );
}
