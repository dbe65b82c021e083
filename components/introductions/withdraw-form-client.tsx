'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { withdrawAction } from '@/lib/actions/introductions';
import { initialFormState } from '@/lib/form-state';

/** Takes back a pending interest (the sender) or proposal (the facilitator). */
export function WithdrawFormClient({
  introductionId,
  label,
  ariaLabel,
  returnTo = 'introductions',
}: {
  introductionId: string;
  label: string;
  ariaLabel: string;
  returnTo?: 'introductions' | 'facilitator';
}) {
  const t = useTranslations('introductions.answer');
  const [state, action] = useActionState(withdrawAction, initialFormState);
  if (state.ok) return <FormMessage state={state} />;
  const shown = { ...state, message: state.fieldErrors?._form?.join(' ') ?? state.message };
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="introductionId" value={introductionId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t('working')} aria-label={ariaLabel}>
          {label}
        </SubmitButton>
      </div>
      <FormMessage state={shown} />
    </form>
  );
}
