'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { requestMembershipAction } from '@/lib/actions/networks';
import { initialFormState } from '@/lib/form-state';

export function RequestMembershipFormClient({ networkRef, firms }: { networkRef: string; firms: { ref: string; name: string }[] }) {
  const t = useTranslations('networks.request');
  const [state, action] = useActionState(requestMembershipAction, initialFormState);
  // Stays mounted after success: the page re-renders without firms left to ask for, and the
  // confirmation must still be shown.
  if (state.ok) return <FormMessage state={state} />;
  if (!firms.length) return null;
  return (
    <>
      <h3 className="mb-2 font-semibold">{t('title')}</h3>
      <form action={action} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="networkRef" value={networkRef} />
        <SelectField
          name="companyRef"
          label={t('company')}
          options={firms.map((f) => ({ value: f.ref, label: f.name }))}
          errors={state.fieldErrors?.companyRef}
        />
        <TextAreaField
          name="message"
          label={t('message')}
          hint={t('messageHint')}
          maxLength={1000}
          defaultValue={typeof state.values?.message === 'string' ? state.values.message : undefined}
          errors={state.fieldErrors?.message}
        />
        <FormMessage state={state} />
        <div>
          <SubmitButton pendingLabel={t('submitting')}>{t('submit')}</SubmitButton>
        </div>
      </form>
    </>
  );
}
