'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { addColleagueAction, removeColleagueAction, revokeInviteAction } from '@/lib/actions/companies';
import { initialFormState } from '@/lib/form-state';

interface Props {
  companyRef: string;
  viewerId: string;
  canManage: boolean;
  members: { userId: string; name: string | null; email: string; role: 'owner' | 'member' }[];
  invites: { id: string; email: string }[];
}

function RowAction({ action, fields, label, text }: { action: typeof removeColleagueAction; fields: Record<string, string>; label: string; text: string }) {
  const [state, dispatch] = useActionState(action, initialFormState);
  return (
    <form action={dispatch} className="flex flex-col items-end gap-1">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <SubmitButton variant="secondary" aria-label={label}>
        {text}
      </SubmitButton>
      {!state.ok && state.message ? (
        <p role="alert" className="text-sm text-red-700">
          {state.fieldErrors?._form?.join(' ') ?? state.message}
        </p>
      ) : null}
    </form>
  );
}

/** Who has access to the firm, and (for the owner) adding, removing and inviting colleagues. */
export function TeamSection({ companyRef, viewerId, canManage, members, invites }: Props) {
  const t = useTranslations('companies.team');
  const [state, dispatch] = useActionState(addColleagueAction, initialFormState);
  return (
    <section aria-labelledby="team-heading" className="flex flex-col gap-4">
      <h2 id="team-heading" className="text-xl font-semibold text-slate-900">
        {t('title')}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
        {members.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div>
              <p className="font-medium text-slate-900">
                {m.name ?? m.email}
                {m.userId === viewerId ? <span className="text-slate-600"> ({t('you')})</span> : null}
              </p>
              <p className="text-sm text-slate-700">
                {m.name ? `${m.email} · ` : ''}
                {m.role === 'owner' ? t('owner') : t('member')}
              </p>
            </div>
            {canManage && m.userId !== viewerId ? (
              <RowAction
                action={removeColleagueAction}
                fields={{ companyRef, userId: m.userId }}
                label={t('removeLabel', { name: m.name ?? m.email })}
                text={t('remove')}
              />
            ) : null}
          </li>
        ))}
      </ul>

      {invites.length ? (
        <div>
          <h3 className="mb-2 text-base font-semibold text-slate-900">{t('pending')}</h3>
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {invites.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <span className="break-all text-slate-900">{i.email}</span>
                {canManage ? (
                  <RowAction
                    action={revokeInviteAction}
                    fields={{ companyRef, inviteId: i.id }}
                    label={t('revokeLabel', { email: i.email })}
                    text={t('revoke')}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {canManage ? (
        <form action={dispatch} noValidate className="flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-4">
          <p className="text-sm text-slate-700">{t('intro')}</p>
          <input type="hidden" name="companyRef" value={companyRef} />
          <TextField
            name="email"
            type="email"
            label={t('email')}
            autoComplete="off"
            defaultValue={state.ok ? '' : typeof state.values?.email === 'string' ? state.values.email : ''}
            errors={state.fieldErrors?.email}
            required
            maxLength={254}
          />
          <FormMessage state={state.fieldErrors?.email ? { ok: false } : state} />
          <div>
            <SubmitButton pendingLabel={t('adding')}>{t('add')}</SubmitButton>
          </div>
        </form>
      ) : (
        <p className="text-sm text-slate-700">{t('onlyOwner')}</p>
      )}
    </section>
  );
}
