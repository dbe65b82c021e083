'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { leaveFirmAction } from '@/lib/actions/team';
import { initialFormState } from '@/lib/form-state';

interface Firm {
  ref: string;
  name: string;
  role: 'owner' | 'member';
  cannotLeave: 'lastOwner' | 'onlyPerson' | null;
}

function LeaveForm({ firm }: { firm: Firm }) {
  const t = useTranslations('team.leave');
  const [state, action] = useActionState(leaveFirmAction, initialFormState);
  const problem = !state.ok && state.message ? (state.fieldErrors?._form?.join(' ') ?? state.message) : null;
  return (
    <form
      action={action}
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        if (!window.confirm(t('confirm', { firm: firm.name }))) e.preventDefault();
      }}
    >
      <input type="hidden" name="companyRef" value={firm.ref} />
      <div>
        <SubmitButton variant="danger" pendingLabel={t('leaving')}>
          {t('button', { firm: firm.name })}
        </SubmitButton>
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      ) : null}
    </form>
  );
}

/** The firms the person belongs to, and leaving one (or why they cannot yet). */
export function MyFirmsClient({ firms }: { firms: Firm[] }) {
  const t = useTranslations('team.leave');
  if (!firms.length) return <p className="text-slate-800">{t('none')}</p>;
  return (
    <ul className="flex flex-col gap-4">
      {firms.map((f) => (
        <li key={f.ref} className="flex flex-col gap-2">
          <p className="text-slate-900">
            <Link href={`/companies/${f.ref}/edit#team`} className="font-semibold">
              {f.name}
            </Link>{' '}
            · {f.role === 'owner' ? t('owner') : t('member')}
          </p>
          {f.cannotLeave ? <p className="text-sm text-slate-700">{t(f.cannotLeave)}</p> : <LeaveForm firm={f} />}
        </li>
      ))}
    </ul>
  );
}
