'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { changePasswordAction, signOutEverywhereAction, updateProfileAction } from '@/lib/actions/auth';
import { initialFormState } from '@/lib/form-state';
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/validations/password-rules';

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export function ProfileFormClient({ name, email, locale }: { name: string; email: string; locale: string }) {
  const t = useTranslations('account');
  const [state, action] = useActionState(updateProfileAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <TextField
        name="name"
        label={t('profile.name')}
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={str(state.values?.name) ?? name}
        errors={state.fieldErrors?.name}
      />
      <TextField name="email" label={t('profile.email')} value={email} readOnly hint={t('profile.emailHint')} />
      <SelectField
        name="locale"
        label={t('profile.locale')}
        defaultValue={str(state.values?.locale) ?? locale}
        errors={state.fieldErrors?.locale}
        options={(['da', 'en', 'fi'] as const).map((l) => ({ value: l, label: t(`locales.${l}`) }))}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel={t('profile.saving')}>{t('profile.save')}</SubmitButton>
      </div>
    </form>
  );
}

export function PasswordFormClient({ hasPassword, needsCurrent, email }: { hasPassword: boolean; needsCurrent: boolean; email: string }) {
  const t = useTranslations('account.password');
  const tc = useTranslations('credentials.password');
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <p className="text-sm text-slate-700">{!hasPassword ? t('introNoPassword') : needsCurrent ? t('intro') : tc('afterLink')}</p>
      {/* Lets password managers attach the new password to the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      {needsCurrent ? (
        <TextField
          name="currentPassword"
          type="password"
          label={t('current')}
          autoComplete="current-password"
          required
          errors={state.fieldErrors?.currentPassword}
        />
      ) : null}
      <TextField
        name="newPassword"
        type="password"
        label={t('new')}
        hint={t('newHint')}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        errors={state.fieldErrors?.newPassword}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel={t('submitting')}>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}

export function SignOutEverywhereFormClient() {
  const t = useTranslations('account.sessions');
  const [state, action] = useActionState(signOutEverywhereAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div>
        <SubmitButton variant="danger" pendingLabel={t('signingOut')}>
          {t('signOutAll')}
        </SubmitButton>
      </div>
    </form>
  );
}
