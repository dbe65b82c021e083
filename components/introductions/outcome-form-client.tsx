'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { recordOutcomeAction } from '@/lib/actions/introductions';
import { initialFormState } from '@/lib/form-state';
import { OUTCOME_KINDS, SUMMARY_MAX } from '@/lib/validations/introductions';

/** What came of an accepted introduction: a kind and an optional short summary and date. */
export function OutcomeFormClient({ introductionId }: { introductionId: string }) {
  const t = useTranslations('introductions.outcome');
  const [state, action] = useActionState(recordOutcomeAction, initialFormState);
  const id = useId();
  const v = state.ok ? {} : (state.values ?? {});
  const str = (k: string) => (typeof v[k] === 'string' ? v[k] : undefined);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate key={state.ok ? state.message : 'form'}>
      <input type="hidden" name="introductionId" value={introductionId} />
      <SelectField
        id={`${id}-kind`}
        name="kind"
        label={t('kind')}
        options={OUTCOME_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        defaultValue={str('kind')}
        errors={state.fieldErrors?.kind}
      />
      <TextAreaField
        id={`${id}-summary`}
        name="summary"
        label={t('summary')}
        hint={t('summaryHint')}
        maxLength={SUMMARY_MAX}
        rows={2}
        defaultValue={str('summary')}
        errors={state.fieldErrors?.summary}
      />
      <TextField
        id={`${id}-date`}
        name="occurredOn"
        type="date"
        label={t('occurredOn')}
        defaultValue={str('occurredOn')}
        errors={state.fieldErrors?.occurredOn}
      />
      <FormMessage state={{ ...state, message: state.fieldErrors?._form?.join(' ') ?? state.message }} />
      <div>
        <SubmitButton pendingLabel={t('saving')}>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
