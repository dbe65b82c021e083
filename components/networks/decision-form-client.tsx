'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { decideMembershipAction } from '@/lib/actions/networks';
import { initialFormState } from '@/lib/form-state';

/** Approve / decline one request; the clicked button's value is the decision. */
export function DecisionFormClient({ membershipId, companyName }: { membershipId: string; companyName: string }) {
  const t = useTranslations('networks.queue');
  const [state, action] = useActionState(decideMembershipAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="approve" aria-label={`${t('approve')}: ${companyName}`}>
          {t('approve')}
        </SubmitButton>
        <SubmitButton name="decision" value="decline" variant="secondary" aria-label={`${t('decline')}: ${companyName}`}>
          {t('decline')}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
      {state.fieldErrors?.decision ? <p className="text-sm text-red-700">{state.fieldErrors.decision.join(' ')}</p> : null}
    </form>
  );
}
