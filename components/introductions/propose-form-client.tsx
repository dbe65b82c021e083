'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { proposeIntroductionAction } from '@/lib/actions/introductions';
import type { PickerFirm, ProposeInitial } from '@/lib/dal/introduction-proposals';
import { initialFormState } from '@/lib/form-state';
import { MESSAGE_MAX } from '@/lib/validations/introductions';

/** A facilitator proposes that two member firms talk, optionally about one listing of each. */
export function ProposeFormClient({ networkRef, firms, initial = {} }: { networkRef: string; firms: PickerFirm[]; initial?: ProposeInitial }) {
  const t = useTranslations('introductions.facilitator');
  const [state, action] = useActionState(proposeIntroductionAction, initialFormState);
  // Before the first submit the starting values; after a failed one what was sent.
  const v: Record<string, unknown> = state.ok ? {} : (state.values ?? { ...initial });
  const str = (k: string) => (typeof v[k] === 'string' ? v[k] : '');
  const [from, setFrom] = useState(str('fromCompanyRef'));
  const [to, setTo] = useState(str('toCompanyRef'));
  // React resets the uncontrolled fields after each submit; the two firm pickers are controlled
  // (they filter the listing pickers), so they start over when a new successful result arrives.
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) {
      setFrom('');
      setTo('');
    }
  }

  const firmOptions = [{ value: '', label: t('chooseFirm') }, ...firms.map((f) => ({ value: f.ref, label: f.city ? `${f.name} (${f.city})` : f.name }))];
  const listingOptions = (ref: string) => {
    const firm = firms.find((f) => f.ref === ref);
    return [
      { value: '', label: firm ? t('noListing') : t('chooseFirmFirst') },
      ...(firm?.listings ?? []).map((l) => ({ value: l.ref, label: `${t(`listingKinds.${l.kind}`)}: ${l.title}` })),
    ];
  };

  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="networkRef" value={networkRef} />
      <div className="grid gap-4 md:grid-cols-2">
        <fieldset className="flex flex-col gap-3 rounded-md border border-slate-300 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-900">{t('firstFirm')}</legend>
          <SelectField
            name="fromCompanyRef"
            id="propose-from"
            label={t('firm')}
            options={firmOptions}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            required
            errors={state.fieldErrors?.fromCompanyRef}
          />
          <SelectField
            name="fromListingRef"
            id="propose-from-listing"
            label={t('listing')}
            options={listingOptions(from)}
            disabled={!from}
            defaultValue={str('fromListingRef')}
            errors={state.fieldErrors?.fromListingRef}
          />
        </fieldset>
        <fieldset className="flex flex-col gap-3 rounded-md border border-slate-300 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-900">{t('secondFirm')}</legend>
          <SelectField
            name="toCompanyRef"
            id="propose-to"
            label={t('firm')}
            options={firmOptions}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            required
            errors={state.fieldErrors?.toCompanyRef}
          />
          <SelectField
            name="toListingRef"
            id="propose-to-listing"
            label={t('listing')}
            options={listingOptions(to)}
            disabled={!to}
            defaultValue={str('toListingRef')}
            errors={state.fieldErrors?.toListingRef}
          />
        </fieldset>
      </div>
      <TextAreaField
        name="message"
        id="propose-message"
        label={t('message')}
        hint={t('messageHint')}
        required
        maxLength={MESSAGE_MAX}
        rows={3}
        defaultValue={str('message') || undefined}
        errors={state.fieldErrors?.message}
      />
      <FormMessage state={{ ...state, message: state.fieldErrors?._form?.join(' ') ?? state.message }} />
      <div>
        <SubmitButton pendingLabel={t('sending')}>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
