'use client';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { inviteColleagueAction, makeOwnerAction, removeColleagueAction, revokeInviteAction } from '@/lib/actions/team';
import { initialFormState } from '@/lib/form-state';

interface Props {
  companyRef: string;
  viewerId: string;
  canManage: boolean;
  members: { userId: string; name: string | null; email: string; role: 'owner' | 'member' }[];
  invites: { id: string; email: string; sentAt: string; expiresAt: string; expired: boolean }[];
}

type RowActionFn = typeof removeColleagueAction;

function RowAction({
  action,
  fields,
  label,
  text,
  variant = 'secondary',
}: {
  action: RowActionFn;
  fields: Record<string, string>;
  label: string;
  text: string;
  variant?: 'secondary' | 'danger';
}) {
  const [state, dispatch] = useActionState(action, initialFormState);
  const problem = !state.ok && state.message ? (state.fieldErrors?._form?.join(' ') ?? state.fieldErrors?.email?.join(' ') ?? state.message) : null;
  return (
    <form action={dispatch} className="flex flex-col items-end gap-1">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <SubmitButton variant={variant} aria-label={label}>
        {text}
      </SubmitButton>
      {problem ? (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      ) : state.ok && state.message ? (
        <p role="status" className="text-sm text-emerald-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

/** Who has access to the firm, and (for the owner) inviting, promoting and removing colleagues. */
export function TeamSection({ companyRef, viewerId, canManage, members, invites }: Props) {
  const t = useTranslations('team');
  const tc = useTranslations('companies.team');
  const format = useFormatter();
  const locale = useLocale();
  const [state, dispatch] = useActionState(inviteColleagueAction, initialFormState);
  const day = (iso: string) => format.dateTime(new Date(iso), { day: 'numeric', month: 'short' });
  return (
    <section aria-labelledby="team-heading" className="flex flex-col gap-4">
      <h2 id="team-heading" className="text-xl font-semibold text-slate-900">
        {tc('title')}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
        {members.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <p className="font-medium break-words text-slate-900">
                {m.name ?? m.email}
                {m.userId === viewerId ? <span className="text-slate-600"> ({tc('you')})</span> : null}
              </p>
              <p className="text-sm break-all text-slate-700">
                {m.name ? `${m.email} · ` : ''}
                {m.role === 'owner' ? tc('owner') : tc('member')}
              </p>
            </div>
            {canManage && m.userId !== viewerId ? (
              <div className="flex flex-wrap justify-end gap-2">
                {m.role === 'member' ? (
                  <RowAction
                    action={makeOwnerAction}
                    fields={{ companyRef, userId: m.userId }}
                    label={t('makeOwnerLabel', { name: m.name ?? m.email })}
                    text={t('makeOwner')}
                  />
                ) : null}
                <RowAction
                  action={removeColleagueAction}
                  fields={{ companyRef, userId: m.userId }}
                  label={tc('removeLabel', { name: m.name ?? m.email })}
                  text={tc('remove')}
                />
              </div>
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
                <div className="min-w-0">
                  <p className="break-all text-slate-900">{i.email}</p>
                  <p className={`text-sm ${i.expired ? 'font-medium text-amber-800' : 'text-slate-700'}`}>
                    {i.expired ? t('expired', { date: day(i.expiresAt) }) : t('sent', { sent: day(i.sentAt), expires: day(i.expiresAt) })}
                  </p>
                </div>
                {canManage ? (
                  <div className="flex flex-wrap justify-end gap-2">
                    <RowAction
                      action={inviteColleagueAction}
                      fields={{ companyRef, email: i.email, locale }}
                      label={t('resendLabel', { email: i.email })}
                      text={t('resend')}
                    />
                    <RowAction
                      action={revokeInviteAction}
                      fields={{ companyRef, inviteId: i.id }}
                      label={tc('revokeLabel', { email: i.email })}
                      text={tc('revoke')}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {canManage ? (
        <form action={dispatch} noValidate className="flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-4">
          <h3 className="text-base font-semibold text-slate-900">{t('inviteTitle')}</h3>
          <p className="text-sm text-slate-700">{t('intro')}</p>
          <input type="hidden" name="companyRef" value={companyRef} />
          {/* Own ids: the firm's form above has an e-mail field too (f-email). */}
          <TextField
            id="team-email"
            name="email"
            type="email"
            inputMode="email"
            label={tc('email')}
            autoComplete="off"
            defaultValue={state.ok ? '' : typeof state.values?.email === 'string' ? state.values.email : ''}
            errors={state.fieldErrors?.email}
            required
            maxLength={254}
          />
          <SelectField
            id="team-locale"
            name="locale"
            label={t('language')}
            hint={t('languageHint')}
            defaultValue={typeof state.values?.locale === 'string' ? state.values.locale : locale}
            options={(['da', 'en', 'fi'] as const).map((l) => ({ value: l, label: t(`languages.${l}`) }))}
          />
          <FormMessage state={state.fieldErrors?.email ? { ok: false } : state} />
          <div>
            <SubmitButton pendingLabel={t('sending')}>{t('send')}</SubmitButton>
          </div>
        </form>
      ) : (
        <p className="text-sm text-slate-700">{tc('onlyOwner')}</p>
      )}
    </section>
  );
}
