'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { tagListingAction } from '@/lib/actions/themes';
import { initialFormState } from '@/lib/form-state';

/** The listing's firm picks one of its networks' open themes and adds the listing to it. */
export function TagFormClient({ listingRef, themes }: { listingRef: string; themes: { ref: string; title: string; networkName: string }[] }) {
  const t = useTranslations('themes.listing');
  const tf = useTranslations('themes.form');
  const [state, dispatch] = useActionState(tagListingAction, initialFormState);
  const networks = new Set(themes.map((th) => th.networkName));
  const problem = !state.ok && state.message ? (state.fieldErrors?._form?.join(' ') ?? state.fieldErrors?.themeRef?.join(' ') ?? state.message) : null;
  return (
    <form action={dispatch} className="flex flex-col gap-2">
      <input type="hidden" name="listingRef" value={listingRef} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="sm:min-w-72">
          <SelectField
            id="tag-theme"
            name="themeRef"
            label={t('choose')}
            options={themes.map((th) => ({ value: th.ref, label: networks.size > 1 ? `${th.title} (${th.networkName})` : th.title }))}
          />
        </div>
        <SubmitButton pendingLabel={tf('saving')}>{t('addButton')}</SubmitButton>
      </div>
      <div aria-live="polite" role="status" className="text-sm">
        {problem ? <p className="text-red-700">{problem}</p> : state.ok && state.message ? <p className="text-emerald-900">{state.message}</p> : null}
      </div>
    </form>
  );
}
