'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { acceptInviteAction, declineInviteAction } from '@/lib/actions/team';
import { initialFormState } from '@/lib/form-state';

function InviteItem({ invite }: { invite: { id: string; companyName: string; city: string | null } }) {
  const t = useTranslations('companies.onboarding');
  const [accepted, accept] = useActionState(acceptInviteAction, initialFormState);
  const [declined, decline] = useActionState(declineInviteAction, initialFormState);
  const problem = [accepted, declined].find((s) => !s.ok && s.message);
  return (
    <li className="flex flex-col gap-3 rounded-md border border-teal-700/30 bg-teal-50 p-4">
      <div>
        <p className="font-semibold text-slate-900">
          {invite.companyName}
          {invite.city ? <span className="font-normal text-slate-700">, {invite.city}</span> : null}
        </p>
        <p className="text-sm text-slate-800">{t('inviteFrom')}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <form action={accept}>
          <input type="hidden" name="inviteId" value={invite.id} />
          <SubmitButton>{t('accept', { name: invite.companyName })}</SubmitButton>
        </form>
        <form action={decline}>
          <input type="hidden" name="inviteId" value={invite.id} />
          <SubmitButton variant="secondary">{t('decline')}</SubmitButton>
        </form>
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-red-700">
          {problem.fieldErrors?._form?.join(' ') ?? problem.message}
        </p>
      ) : null}
    </li>
  );
}

export function InviteList({ invites }: { invites: { id: string; companyName: string; city: string | null }[] }) {
  return (
    <ul className="flex flex-col gap-3">
      {invites.map((i) => (
        <InviteItem key={i.id} invite={i} />
      ))}
    </ul>
  );
}
