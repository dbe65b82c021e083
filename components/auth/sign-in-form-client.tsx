'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { requestSignInLinkAction, signInAction } from '@/lib/actions/auth';
import { initialFormState } from '@/lib/form-state';

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export function SignInFormClient({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth.signIn');
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} />
      <TextField
        name="email"
        id="signin-email"
        type="email"
        label={t('email')}
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={str(state.values?.email)}
        errors={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        id="signin-password"
        type="password"
        label={t('password')}
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <SubmitButton pendingLabel={t('submitting')}>{t('submit')}</SubmitButton>
    </form>
  );
}

export function SignInLinkFormClient({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth.link');
  const tSignIn = useTranslations('auth.signIn');
  const [state, action] = useActionState(requestSignInLinkAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} />
      <TextField
        name="email"
        id="link-email"
        type="email"
        label={tSignIn('email')}
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={str(state.values?.email)}
        errors={state.fieldErrors?.email}
      />
      <SubmitButton variant="secondary" pendingLabel={t('submitting')}>
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
