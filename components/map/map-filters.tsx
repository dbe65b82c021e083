'use client';
// The map's filters: a normal, labelled GET form to /map (it works as a link without JavaScript),
// which with JavaScript applies each change at once without reloading. The free-text "near" field
// applies on Enter or when leaving it, not on every keystroke. On a phone the form folds away
// behind a button that says how many filters are on.
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-class';
import { activeFilterCount, type MapFilterState, type MapKind } from '@/lib/map/params';

export const DISTANCE_CHOICES = [5, 10, 25, 50, 100] as const;

export interface Option {
  value: string;
  label: string;
}

interface Props {
  filters: MapFilterState;
  onChange: (next: MapFilterState) => void;
  categories: Option[];
  sectors: Option[];
  themes: Option[];
  hasOrigin: boolean;
  /** The viewer has listings of their own: offer the match-lines switch. */
  canShowLines: boolean;
  showLines: boolean;
  onShowLines: (on: boolean) => void;
  /** The applied `near` is neither a known postcode nor coordinates. */
  nearUnknown: boolean;
}

const inputClass =
  'min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-teal-700 focus:outline-none focus:ring-2 focus:ring-teal-700 aria-[invalid=true]:border-red-700';

function Select({
  id,
  label,
  value,
  options,
  anyLabel,
  onChange,
  describedBy,
}: {
  id: string;
  label: string;
  value: string | undefined;
  options: Option[];
  anyLabel: string;
  onChange: (v: string | undefined) => void;
  describedBy?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`map-${id}`} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={`map-${id}`}
        name={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
        className={inputClass}
        aria-describedby={describedBy}
      >
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

function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label htmlFor={`map-${id}`} className="flex min-h-11 cursor-pointer items-center gap-3 text-sm font-medium text-slate-800">
      <input
        id={`map-${id}`}
        type="checkbox"
        name={id === 'companies' ? 'companies' : undefined}
        value="1"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="size-5 accent-teal-800"
      />
      {label}
    </label>
  );
}

export function MapFilters({ filters, onChange, categories, sectors, themes, hasOrigin, canShowLines, showLines, onShowLines, nearUnknown }: Props) {
  const t = useTranslations('map.filters');
  const ts = useTranslations('search');
  const tl = useTranslations('listings');
  const [open, setOpen] = useState(false);
  const [near, setNear] = useState(filters.near ?? '');
  const set = (patch: Partial<MapFilterState>) => {
    const next: MapFilterState = { ...filters, ...patch };
    for (const k of Object.keys(next) as (keyof MapFilterState)[]) if (next[k] === undefined || next[k] === false || next[k] === '') delete next[k];
    onChange(next);
  };
  const applyNear = () => {
    const value = near.trim() || undefined;
    if (value !== filters.near) set({ near: value });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    applyNear();
  };
  const count = activeFilterCount(filters);
  const kinds: { value: MapKind | ''; label: string }[] = [
    { value: '', label: tl('filters.any') },
    { value: 'offer', label: tl('kinds.offer') },
    { value: 'need', label: tl('kinds.need') },
  ];

  return (
    <section aria-labelledby="map-filters-heading" className="mb-4 lg:mb-0">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="map-filters-form"
        onClick={() => setOpen((o) => !o)}
        className={`${buttonClass('secondary')} w-full justify-between lg:hidden`}
      >
        <span>{t('toggle', { count })}</span>
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <form
        id="map-filters-form"
        method="get"
        action="/map"
        onSubmit={submit}
        role="search"
        className={`${open ? 'flex' : 'hidden'} mt-2 flex-col gap-4 rounded-lg border border-slate-300 bg-slate-50 p-4 lg:mt-0 lg:flex`}
      >
        <h2 id="map-filters-heading" className="text-base font-semibold text-slate-900">
          {t('heading')}
        </h2>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium text-slate-800">{t('kind')}</legend>
          <div className="grid grid-cols-3 gap-2">
            {kinds.map((k) => (
              <label
                key={k.value}
                className="flex min-h-11 cursor-pointer items-center justify-center rounded-md border border-slate-400 bg-white px-2 text-sm font-semibold text-slate-800 has-checked:border-teal-800 has-checked:bg-teal-800 has-checked:text-white has-focus-visible:ring-2 has-focus-visible:ring-teal-700 has-focus-visible:ring-offset-2"
              >
                <input
                  type="radio"
                  name="kind"
                  value={k.value}
                  checked={(filters.kind ?? '') === k.value}
                  onChange={() => set({ kind: k.value || undefined })}
                  className="sr-only"
                />
                {k.label}
              </label>
            ))}
          </div>
        </fieldset>
        {themes.length ? (
          <Select id="theme" label={t('theme')} value={filters.theme} options={themes} anyLabel={t('anyTheme')} onChange={(v) => set({ theme: v })} />
        ) : null}
        <Select
          id="category"
          label={tl('filters.category')}
          value={filters.category}
          options={categories}
          anyLabel={tl('filters.any')}
          onChange={(v) => set({ category: v })}
        />
        <Select
          id="sector"
          label={tl('filters.sector')}
          value={filters.sector}
          options={sectors}
          anyLabel={tl('filters.any')}
          onChange={(v) => set({ sector: v })}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="map-near" className="text-sm font-medium text-slate-800">
            {t('near')}
          </label>
          <input
            id="map-near"
            name="near"
            value={near}
            onChange={(e) => setNear(e.target.value)}
            onBlur={applyNear}
            placeholder={t('nearPlaceholder')}
            autoComplete="postal-code"
            maxLength={40}
            className={inputClass}
            aria-invalid={nearUnknown || undefined}
            aria-describedby={nearUnknown ? 'map-near-error map-near-hint' : 'map-near-hint'}
          />
          {nearUnknown ? (
            <p id="map-near-error" className="text-sm font-medium text-red-800">
              {ts('near.unknown', { near: filters.near ?? '' })}
            </p>
          ) : null}
          <p id="map-near-hint" className="text-xs text-slate-600">
            {t('nearHint')}
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <Select
            id="km"
            label={t('distance')}
            value={filters.km ? String(filters.km) : undefined}
            options={DISTANCE_CHOICES.map((km) => ({ value: String(km), label: tl('filters.withinKm', { km }) }))}
            anyLabel={tl('filters.anyDistance')}
            onChange={(v) => set({ km: v ? Number(v) : undefined })}
            describedBy={hasOrigin || filters.near ? undefined : 'map-km-hint'}
          />
          {hasOrigin || filters.near ? null : (
            <p id="map-km-hint" className="text-xs text-slate-600">
              {t('distanceHint')}
            </p>
          )}
        </div>
        <div className="flex flex-col">
          <Check id="companies" label={t('companies')} checked={!!filters.companies} onChange={(on) => set({ companies: on })} />
          {canShowLines ? <Check id="lines" label={t('lines')} checked={showLines} onChange={onShowLines} /> : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass('primary')}>
            {t('apply')}
          </button>
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => {
              setNear('');
              onChange({});
            }}
          >
            {tl('filters.reset')}
          </button>
        </div>
      </form>
    </section>
  );
}
