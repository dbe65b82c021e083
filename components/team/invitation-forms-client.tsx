'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { requestSignInLinkAction } from '@/lib/actions/auth';
import { acceptInvitationAction, declineInvitationAction, signUpFromInvitationAction } from '@/lib/actions/team';
import { initialFormState } from '@/lib/form-state';
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/validations/password-rules';

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
const formProblem = (s: { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> }) =>
  !s.ok && s.message ? (s.fieldErrors?._form?.join(' ') ?? s.message) : null;

/** Joining (signed in with the invited, confirmed address) or declining. */
export function AcceptInvitationClient({ token, firm, canAccept }: { token: string; firm: string; canAccept: boolean }) {
  const t = useTranslations('team.accept');
  const [accepted, accept] = useActionState(acceptInvitationAction, initialFormState);
  const [declined, decline] = useActionState(declineInvitationAction, initialFormState);
  if (declined.ok)
    return (
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900">
        {declined.message}
      </p>
    );
  const problem = formProblem(accepted) ?? formProblem(declined);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {canAccept ? (
          <form action={accept}>
            <input type="hidden" name="token" value={token} />
            <SubmitButton pendingLabel={t('joining')}>{t('join', { firm })}</SubmitButton>
          </form>
        ) : null}
        <form action={decline}>
          <input type="hidden" name="token" value={token} />
          <SubmitButton variant="secondary">{t('decline')}</SubmitButton>
        </form>
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** A sign-in link to the invited address that brings the person back to the invitation. */
export function InvitationLinkClient({ email, callbackUrl, label }: { email: string; callbackUrl: string; label: string }) {
  const [state, action] = useActionState(requestSignInLinkAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} />
      <div>
        <SubmitButton>{label}</SubmitButton>
      </div>
    </form>
  );
}

/** A new account for the invited address, joined to the firm at once. */
export function InvitationSignUpClient({ token, email }: { token: string; email: string }) {
  const t = useTranslations('team.accept');
  const ts = useTranslations('auth.signUp');
  const [state, action] = useActionState(signUpFromInvitationAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {state.fieldErrors?._form ? (
        <p role="alert" className="text-sm text-red-700">
          {state.fieldErrors._form.join(' ')}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <TextField name="invitedEmail" label={ts('email')} value={email} readOnly autoComplete="username" hint={t('emailFixed')} />
      <TextField
        name="name"
        label={ts('name')}
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={str(state.values?.name)}
        errors={state.fieldErrors?.name}
      />
      <TextField
        name="password"
        type="password"
        label={ts('password')}
        hint={ts('passwordHint')}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        errors={state.fieldErrors?.password}
      />
      <div>
        <SubmitButton pendingLabel={ts('submitting')}>{t('createAndJoin')}</SubmitButton>
      </div>
    </form>
  );
}
