'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { inputClass, TextAreaField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { respondAction } from '@/lib/actions/introductions';
import { initialFormState } from '@/lib/form-state';
import { REPLY_MAX } from '@/lib/validations/introductions';

/** Accept (and share contact details) or decline, with an optional short reply. */
export function AnswerFormClient({ introductionId, companyName }: { introductionId: string; companyName: string }) {
  const t = useTranslations('introductions.answer');
  const [state, action] = useActionState(respondAction, initialFormState);
  const id = useId();
  if (state.ok) return <FormMessage state={state} />;
  const shown = { ...state, message: state.fieldErrors?._form?.join(' ') ?? state.message };
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="introductionId" value={introductionId} />
      <TextAreaField
        id={`${id}-reply`}
        name="reply"
        label={t('reply')}
        hint={t('replyHint')}
        maxLength={REPLY_MAX}
        rows={2}
        className={`${inputClass} min-h-16`}
        defaultValue={typeof state.values?.reply === 'string' ? state.values.reply : undefined}
        errors={state.fieldErrors?.reply}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="accept" pendingLabel={t('working')} aria-label={t('acceptLabel', { company: companyName })}>
          {t('accept')}
        </SubmitButton>
        <SubmitButton name="decision" value="decline" variant="secondary" pendingLabel={t('working')} aria-label={t('declineLabel', { company: companyName })}>
          {t('decline')}
        </SubmitButton>
      </div>
      <FormMessage state={shown} />
    </form>
  );
}
