'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { buttonClass } from '@/components/ui/button-class';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { confirmSignUpAction } from '@/lib/actions/signup';
import { initialFormState } from '@/lib/form-state';

/** One button: opening the link alone (a mail scanner does) must not use it up. */
export function ConfirmSignUpClient({ token }: { token: string }) {
  const t = useTranslations('credentials.confirm');
  const [state, action] = useActionState(confirmSignUpAction, initialFormState);
  if (state.ok) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        <div>
          <Link href="/signin?callbackUrl=%2Fonboarding" className={`${buttonClass()} no-underline`}>
            {t('signIn')}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {state.fieldErrors?._form ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.fieldErrors._form.join(' ')}
        </p>
      ) : (
        <FormMessage state={state} />
      )}
      <div>
        <SubmitButton pendingLabel={t('confirming')}>{t('button')}</SubmitButton>
      </div>
    </form>
  );
}
