'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button-class';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/form-state';

export interface Option {
  value: string;
  label: string;
}

export interface ListingFormDefaults {
  ref?: string;
  kind?: string;
  category?: string;
  title?: string;
  description?: string;
  quantity?: string;
  unit?: string;
  availableFrom?: string;
  availableUntil?: string;
  lat?: string;
  lng?: string;
  visibility: string;
  expiresOn: string;
  language: string;
  company?: string;
}

interface Props {
  mode: 'create' | 'edit';
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  defaults: ListingFormDefaults;
  categories: Option[];
  languages: Option[];
  /** Shown as a choice only when the user belongs to several firms. */
  companies: Option[];
  minExpiry: string;
  maxExpiry: string;
  cancelHref: string;
}

const choiceCard =
  'flex min-h-11 cursor-pointer gap-3 rounded-lg border-2 border-slate-300 bg-white p-4 has-checked:border-teal-800 has-checked:bg-teal-50 has-focus-visible:ring-2 has-focus-visible:ring-teal-700 has-focus-visible:ring-offset-2';

function RadioGroup({ name, legend, errors, children }: { name: string; legend: string; errors: string[] | undefined; children: ReactNode }) {
  const errorId = errors?.length ? `f-${name}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} aria-invalid={errorId ? true : undefined}>
      <legend className="mb-2 text-base font-semibold text-slate-900">{legend}</legend>
      {children}
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm text-red-700" role="alert">
          {errors!.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

export function ListingForm({ mode, action, defaults, categories, languages, companies, minExpiry, maxExpiry, cancelHref }: Props) {
  const t = useTranslations('listings');
  const [state, formAction] = useActionState(action, initialFormState);
  // After a failed submit, show what was typed rather than the stored values.
  const v = (name: keyof ListingFormDefaults): string => {
    const typed = state.values?.[name];
    if (typeof typed === 'string') return typed;
    return defaults[name] ?? '';
  };
  const err = (name: string) => state.fieldErrors?.[name];
  // React updates a select's defaultValue only on mount, and resets the form after each submit:
  // remounting a select when its value changes keeps the user's choice through a failed submit.
  const hasLocation = !!(v('lat') || v('lng') || err('lat') || err('lng'));

  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-6" noValidate>
      {defaults.ref ? <input type="hidden" name="ref" value={defaults.ref} /> : null}

      <RadioGroup name="kind" legend={t('form.kindLegend')} errors={err('kind')}>
        <div className="grid gap-3 sm:grid-cols-2">
          {(['offer', 'need'] as const).map((kind) => (
            <label key={kind} className={choiceCard}>
              <input type="radio" name="kind" value={kind} defaultChecked={v('kind') === kind} required className="mt-1 size-5 accent-teal-800" />
              <span className="flex flex-col">
                <span className="text-lg font-bold text-slate-900">{t(`kinds.${kind}`)}</span>
                <span className="text-sm text-slate-700">{t(`kindHelp.${kind}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </RadioGroup>

      {companies.length > 1 ? (
        <SelectField
          key={`company-${v('company')}`}
          name="company"
          label={t('form.company')}
          options={companies}
          defaultValue={v('company')}
          errors={err('company')}
        />
      ) : null}

      <SelectField
        key={`category-${v('category')}`}
        name="category"
        label={t('form.category')}
        required
        options={[{ value: '', label: t('form.chooseCategory') }, ...categories]}
        defaultValue={v('category')}
        errors={err('category')}
      />

      <TextField
        name="title"
        label={t('form.titleLabel')}
        hint={t('form.titleHint')}
        required
        maxLength={120}
        defaultValue={v('title')}
        errors={err('title')}
      />

      <TextAreaField
        name="description"
        label={t('form.description')}
        hint={t('form.descriptionHint')}
        rows={6}
        maxLength={5000}
        defaultValue={v('description')}
        errors={err('description')}
      />

      <div className="grid grid-cols-2 gap-3">
        <TextField
          name="quantity"
          label={t('form.quantity')}
          hint={t('form.quantityHint')}
          inputMode="decimal"
          defaultValue={v('quantity')}
          errors={err('quantity')}
        />
        <TextField name="unit" label={t('form.unit')} hint={t('form.unitHint')} maxLength={30} defaultValue={v('unit')} errors={err('unit')} />
      </div>

      <fieldset>
        <legend className="mb-2 text-base font-semibold text-slate-900">{t('form.availabilityLegend')}</legend>
        <div className="grid grid-cols-2 gap-3">
          <TextField name="availableFrom" type="date" label={t('form.availableFrom')} defaultValue={v('availableFrom')} errors={err('availableFrom')} />
          <TextField name="availableUntil" type="date" label={t('form.availableUntil')} defaultValue={v('availableUntil')} errors={err('availableUntil')} />
        </div>
      </fieldset>

      <RadioGroup name="visibility" legend={t('form.visibilityLegend')} errors={err('visibility')}>
        <div className="flex flex-col gap-2">
          {(['public', 'network', 'facilitators'] as const).map((vis) => (
            <label key={vis} className={choiceCard}>
              <input type="radio" name="visibility" value={vis} defaultChecked={v('visibility') === vis} className="mt-1 size-5 shrink-0 accent-teal-800" />
              <span className="flex flex-col">
                <span className="font-semibold text-slate-900">{t(`visibility.${vis}`)}</span>
                <span className="text-sm text-slate-700">{t(`visibilityHelp.${vis}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </RadioGroup>

      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="expiresOn"
          type="date"
          label={t('form.expiresOn')}
          hint={t('form.expiresHint')}
          min={minExpiry}
          max={maxExpiry}
          defaultValue={v('expiresOn')}
          errors={err('expiresOn')}
        />
        <SelectField
          key={`language-${v('language')}`}
          name="language"
          label={t('form.language')}
          options={languages}
          defaultValue={v('language')}
          errors={err('language')}
        />
      </div>

      <details open={hasLocation} className="group rounded-lg border border-slate-300 bg-slate-50 p-4">
        <summary className="flex min-h-11 cursor-pointer items-center font-semibold text-teal-900">
          <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
            ▸
          </span>
          {t('form.locationSummary')}
        </summary>
        <p className="mb-3 text-sm text-slate-700">{t('form.locationHint')}</p>
        <div className="grid grid-cols-2 gap-3">
          <TextField name="lat" label={t('form.lat')} inputMode="decimal" placeholder="55.6664" defaultValue={v('lat')} errors={err('lat')} />
          <TextField name="lng" label={t('form.lng')} inputMode="decimal" placeholder="11.6185" defaultValue={v('lng')} errors={err('lng')} />
        </div>
      </details>

      {/* The result sits by the button just pressed: on a phone the top of the form is far away. */}
      <div className="flex flex-col gap-3">
        <FormMessage state={state} />
        <div className="flex flex-wrap gap-3">
          <SubmitButton pendingLabel={t('form.saving')}>{mode === 'create' ? t('form.submitCreate') : t('form.submitEdit')}</SubmitButton>
          <Link href={cancelHref} className={buttonClass('secondary')}>
            {t('form.cancel')}
          </Link>
        </div>
      </div>
    </form>
  );
}
