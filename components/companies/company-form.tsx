'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Country } from '@/lib/validations/companies';
import { createCompanyAction, updateCompanyAction } from '@/lib/actions/companies';
import { initialFormState } from '@/lib/form-state';
import { LanguagePicker } from './language-picker';
import { LocationFields } from './location-fields';
import type { CompanyFormValues } from './form-values';
import { NacePicker, type NaceOptionItem } from './nace-picker';

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');
const arr = (v: string | string[] | undefined) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);

/** What the user just submitted, so a rejected form keeps every value they typed. */
function fromSubmitted(values: Record<string, string | string[]>, fallback: CompanyFormValues): CompanyFormValues {
  const country = values.country === 'FI' ? 'FI' : values.country === 'DK' ? 'DK' : fallback.country;
  return {
    name: str(values.name),
    country,
    registrationNumber: str(values.registrationNumber),
    nace: arr(values.nace),
    employees: str(values.employees),
    street: str(values.street),
    postcode: str(values.postcode),
    city: str(values.city),
    lat: str(values.lat),
    lng: str(values.lng),
    languages: arr(values.languages),
    description: str(values.description),
    website: str(values.website),
    email: str(values.email),
    phone: str(values.phone),
  };
}

interface Props {
  mode: 'create' | 'edit';
  companyRef?: string;
  initial: CompanyFormValues;
  naceOptions: NaceOptionItem[];
  languageOptions: { code: string; label: string }[];
  maxNace: number;
}

export function CompanyForm({ mode, companyRef, initial, naceOptions, languageOptions, maxNace }: Props) {
  const t = useTranslations('companies');
  const [state, dispatch] = useActionState(mode === 'create' ? createCompanyAction : updateCompanyAction, initialFormState);
  const v = state.values ? fromSubmitted(state.values, initial) : initial;
  const [country, setCountry] = useState<Country>(v.country);
  const errors = state.fieldErrors ?? {};
  // Remount the stateful pickers after each answer, so they show what was submitted (React
  // resets the form after an action; the pickers' own state must follow).
  const [round, setRound] = useState(0);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    setRound((r) => r + 1);
  }

  return (
    <form action={dispatch} noValidate className="flex flex-col gap-8">
      {companyRef ? <input type="hidden" name="ref" value={companyRef} /> : null}

      <fieldset className="grid gap-4">
        <legend className="mb-2 text-lg font-semibold text-slate-900">{t('form.basics')}</legend>
        <TextField name="name" label={t('fields.name')} defaultValue={v.name} errors={errors.name} required maxLength={120} autoComplete="organization" />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="country"
            label={t('fields.country')}
            value={country}
            onChange={(e) => setCountry(e.target.value === 'FI' ? 'FI' : 'DK')}
            options={[
              { value: 'DK', label: t('countries.DK') },
              { value: 'FI', label: t('countries.FI') },
            ]}
            errors={errors.country}
            required
          />
          <TextField
            name="registrationNumber"
            label={country === 'DK' ? t('fields.registrationNumberDK') : t('fields.registrationNumberFI')}
            hint={country === 'DK' ? t('fields.registrationHintDK') : t('fields.registrationHintFI')}
            defaultValue={v.registrationNumber}
            errors={errors.registrationNumber}
            required
            maxLength={20}
            inputMode={country === 'DK' ? 'numeric' : 'text'}
          />
        </div>
        <NacePicker
          key={`nace-${round}`}
          label={t('fields.nace')}
          hint={t('fields.naceHint')}
          errors={errors.nace}
          options={naceOptions}
          initial={v.nace}
          max={maxNace}
          required
        />
        <TextField
          name="employees"
          label={t('fields.employees')}
          hint={t('fields.employeesHint')}
          defaultValue={v.employees}
          errors={errors.employees}
          required
          type="number"
          min={1}
          max={100000}
          inputMode="numeric"
          className="w-40 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-teal-700 focus:ring-2 focus:ring-teal-700 focus:outline-none aria-[invalid=true]:border-red-700"
        />
      </fieldset>

      <fieldset className="grid gap-4">
        <legend className="mb-2 text-lg font-semibold text-slate-900">{t('form.address')}</legend>
        <LocationFields
          key={`loc-${round}`}
          country={country}
          initial={{ street: v.street, postcode: v.postcode, city: v.city, lat: v.lat, lng: v.lng }}
          errors={errors}
        />
      </fieldset>

      <fieldset className="grid gap-4">
        <legend className="mb-2 text-lg font-semibold text-slate-900">{t('form.about')}</legend>
        <LanguagePicker key={`lang-${round}`} label={t('fields.languages')} options={languageOptions} initial={v.languages} errors={errors.languages} />
        <TextAreaField
          name="description"
          label={t('fields.description')}
          hint={t('fields.descriptionHint')}
          defaultValue={v.description}
          errors={errors.description}
          maxLength={5000}
          rows={6}
        />
        <TextField
          name="website"
          label={t('fields.website')}
          hint={t('fields.websiteHint')}
          defaultValue={v.website}
          errors={errors.website}
          type="url"
          inputMode="url"
          autoComplete="url"
          maxLength={200}
        />
      </fieldset>

      <fieldset className="grid gap-4">
        <legend className="mb-1 text-lg font-semibold text-slate-900">{t('form.contact')}</legend>
        <p className="text-sm text-slate-700">{t('fields.contactHint')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="email" label={t('fields.email')} defaultValue={v.email} errors={errors.email} type="email" autoComplete="email" maxLength={254} />
          <TextField name="phone" label={t('fields.phone')} defaultValue={v.phone} errors={errors.phone} type="tel" autoComplete="tel" maxLength={30} />
        </div>
      </fieldset>

      {/* The result sits by the button the user just pressed (on a phone the top is far away). */}
      <div className="flex flex-col gap-3">
        <FormMessage state={state} />
        {errors._form ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {errors._form.join(' ')}
          </p>
        ) : null}
        <div>
          <SubmitButton pendingLabel={mode === 'create' ? t('form.creating') : t('form.saving')}>
            {mode === 'create' ? t('form.create') : t('form.save')}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
