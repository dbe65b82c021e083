'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { signUpAction } from '@/lib/actions/auth';
import { initialFormState } from '@/lib/form-state';
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/validations/password-rules';

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export function SignUpFormClient() {
  const t = useTranslations('auth.signUp');
  const [state, action] = useActionState(signUpAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="name"
        label={t('name')}
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={str(state.values?.name)}
        errors={state.fieldErrors?.name}
      />
      <TextField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={str(state.values?.email)}
        errors={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        hint={t('passwordHint')}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        errors={state.fieldErrors?.password}
      />
      <SubmitButton pendingLabel={t('submitting')}>{t('submit')}</SubmitButton>
    </form>
  );
}
