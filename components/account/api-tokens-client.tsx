'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { createApiTokenAction, revokeApiTokenAction } from '@/lib/actions/api-tokens';
import { initialFormState } from '@/lib/form-state';

export interface ApiTokenItem {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

function RevokeForm({ token }: { token: ApiTokenItem }) {
  const t = useTranslations('search.apiTokens');
  const [state, action] = useActionState(revokeApiTokenAction, initialFormState);
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="id" value={token.id} />
      <SubmitButton variant="secondary" aria-label={t('revokeLabel', { name: token.name })}>
        {t('revoke')}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Create a token (shown once, right here) and list/revoke the active ones. */
export function ApiTokensClient({ tokens }: { tokens: ApiTokenItem[] }) {
  const t = useTranslations('search.apiTokens');
  const format = useFormatter();
  const [state, action] = useActionState(createApiTokenAction, initialFormState);
  const created = state.ok && typeof state.values?.token === 'string' ? state.values.token : null;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium' });
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">
        {t('intro')} {t('docs')}: <code className="text-xs">docs/api.md</code>
      </p>
      <form action={action} className="flex flex-col gap-3" noValidate>
        <TextField name="name" label={t('nameLabel')} hint={t('nameHint')} required maxLength={60} errors={state.fieldErrors?.name} />
        <FormMessage state={state} />
        {created ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="new-api-token" className="text-sm font-medium text-slate-800">
              {t('tokenLabel')}
            </label>
            <input
              id="new-api-token"
              readOnly
              value={created}
              className="min-h-11 rounded-md border border-slate-400 bg-amber-50 px-3 font-mono text-sm"
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
        ) : null}
        <div>
          <SubmitButton>{t('create')}</SubmitButton>
        </div>
      </form>
      {tokens.length ? (
        <ul aria-label={t('listLabel')} className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div>
                <p className="font-semibold text-slate-900">{token.name}</p>
                <p className="text-sm text-slate-700">
                  {t('createdOn', { date: date(token.createdAt) })} · {token.lastUsedAt ? t('lastUsed', { date: date(token.lastUsedAt) }) : t('neverUsed')}
                </p>
              </div>
              <RevokeForm token={token} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">{t('none')}</p>
      )}
    </div>
  );
}
