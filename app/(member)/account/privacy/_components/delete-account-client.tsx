'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { buttonClass } from '@/components/ui/button-class';
import { deleteAccountAction } from '@/lib/actions/privacy';
import { initialFormState } from '@/lib/form-state';

/** Two steps: a button that opens the confirmation, then the e-mail typed again and a final button. */
export function DeleteAccountClient({ email }: { email: string }) {
  const t = useTranslations('privacy.delete');
  const [state, action] = useActionState(deleteAccountAction, initialFormState);
  const [open, setOpen] = useState(false);
  if (!open && !state.message) {
    return (
      <button type="button" className={buttonClass('secondary')} onClick={() => setOpen(true)}>
        {t('start')}
      </button>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4 rounded-md border border-red-300 bg-red-50 p-4" noValidate>
      <p className="font-semibold text-red-900">{t('confirmTitle')}</p>
      <p className="text-sm text-slate-800">{t('confirmBody')}</p>
      <TextField
        name="confirmEmail"
        type="email"
        label={t('confirmLabel', { email })}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={typeof state.values?.confirmEmail === 'string' ? state.values.confirmEmail : ''}
        errors={state.fieldErrors?.confirmEmail}
      />
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton variant="danger" pendingLabel={t('deleting')}>
          {t('submit')}
        </SubmitButton>
        <button type="button" className={buttonClass('secondary')} onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
