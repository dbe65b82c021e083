import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';
import type { BrowseFilters } from '@/lib/validations/listings';

export const DISTANCE_CHOICES = [5, 10, 25, 50, 100] as const;

interface Option {
  value: string;
  label: string;
}

interface Props {
  filters: BrowseFilters;
  categories: Option[];
  sectors: Option[];
  networks: Option[];
  hasOrigin: boolean;
  /** The `near` value as typed (postcode or "lat,lng"), to keep it in the field. */
  near?: string;
  nearUnknown?: boolean;
}

function Select({
  name,
  label,
  value,
  options,
  anyLabel,
  disabled,
  describedBy,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: Option[];
  anyLabel: string;
  disabled?: boolean;
  describedBy?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''} className={inputClass} disabled={disabled} aria-describedby={describedBy}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: filters live in the URL, so results can be shared and work without JavaScript. */
export async function BrowseFiltersForm({ filters, categories, sectors, networks, hasOrigin, near, nearUnknown }: Props) {
  const [t, ts] = await Promise.all([getTranslations('listings'), getTranslations('search')]);
  const moreOpen = !!(filters.sector || filters.network || filters.km || filters.sort || near);
  const kinds = [
    { value: '', label: t('filters.any') },
    { value: 'offer', label: t('kinds.offer') },
    { value: 'need', label: t('kinds.need') },
  ];
  return (
    <section role="search" aria-label={t('filters.heading')} className="mb-6 rounded-lg border border-slate-300 bg-slate-50 p-4 lg:self-start">
      <form method="get" action="/listings" className="flex flex-col gap-4">
        <h2 className="sr-only">{t('filters.heading')}</h2>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-q" className="text-sm font-medium text-slate-800">
            {t('filters.q')}
          </label>
          <input
            id="filter-q"
            type="search"
            name="q"
            defaultValue={filters.q ?? ''}
            placeholder={t('filters.qPlaceholder')}
            maxLength={100}
            className={inputClass}
          />
        </div>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium text-slate-800">{t('filters.kind')}</legend>
          <div className="grid grid-cols-3 gap-2">
            {kinds.map((k) => (
              <label
                key={k.value}
                className="flex min-h-11 cursor-pointer items-center justify-center rounded-md border border-slate-400 bg-white px-2 text-sm font-semibold text-slate-800 has-checked:border-teal-800 has-checked:bg-teal-800 has-checked:text-white has-focus-visible:ring-2 has-focus-visible:ring-teal-700 has-focus-visible:ring-offset-2"
              >
                <input type="radio" name="kind" value={k.value} defaultChecked={(filters.kind ?? '') === k.value} className="sr-only" />
                {k.label}
              </label>
            ))}
          </div>
        </fieldset>
        <Select name="category" label={t('filters.category')} value={filters.category} options={categories} anyLabel={t('filters.any')} />
        <details open={moreOpen} className="group">
          <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold text-teal-900">
            <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
              ▸
            </span>
            {t('filters.more')}
          </summary>
          <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
            <Select name="sector" label={t('filters.sector')} value={filters.sector} options={sectors} anyLabel={t('filters.any')} />
            {networks.length ? (
              <Select name="network" label={t('filters.network')} value={filters.network} options={networks} anyLabel={t('filters.any')} />
            ) : null}
            <div className="flex flex-col gap-1">
              <label htmlFor="filter-near" className="text-sm font-medium text-slate-800">
                {ts('near.label')}
              </label>
              <input
                id="filter-near"
                name="near"
                defaultValue={near ?? ''}
                placeholder={ts('near.placeholder')}
                inputMode="text"
                autoComplete="postal-code"
                maxLength={40}
                className={inputClass}
                aria-invalid={nearUnknown || undefined}
                aria-describedby={nearUnknown ? 'filter-near-error filter-near-hint' : 'filter-near-hint'}
              />
              {nearUnknown ? (
                <p id="filter-near-error" className="text-sm font-medium text-red-800">
                  {ts('near.unknown', { near: near ?? '' })}
                </p>
              ) : null}
              <p id="filter-near-hint" className="text-xs text-slate-600">
                {ts('near.hint')}
              </p>
            </div>
            <div className="flex flex-col gap-1">
              <Select
                name="km"
                label={t('filters.distance')}
                value={filters.km ? String(filters.km) : undefined}
                options={DISTANCE_CHOICES.map((km) => ({ value: String(km), label: t('filters.withinKm', { km }) }))}
                anyLabel={t('filters.anyDistance')}
                describedBy={hasOrigin ? undefined : 'filter-km-hint'}
              />
              {hasOrigin ? null : (
                <p id="filter-km-hint" className="text-xs text-slate-600">
                  {ts('distanceHint')}
                </p>
              )}
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="filter-sort" className="text-sm font-medium text-slate-800">
                {t('filters.sort')}
              </label>
              {/* The default is "automatic" (best match when searching, newest otherwise) so that a
                  search typed after a plain browse is still ranked by relevance. */}
              <select id="filter-sort" name="sort" defaultValue={filters.sort ?? ''} className={inputClass}>
                <option value="">{ts('sortAuto')}</option>
                {filters.q ? <option value="relevance">{ts('sortRelevance')}</option> : null}
                <option value="newest">{t('filters.sortNewest')}</option>
                {hasOrigin ? <option value="nearest">{t('filters.sortNearest')}</option> : null}
              </select>
            </div>
          </div>
        </details>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass('primary')}>
            {t('filters.apply')}
          </button>
          <Link href="/listings" className={buttonClass('secondary')}>
            {t('filters.reset')}
          </Link>
        </div>
      </form>
    </section>
  );
}
