'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { markAllReadAction, markReadAction } from '@/lib/actions/notifications';
import { initialFormState } from '@/lib/form-state';

export function MarkReadClient({ notificationId, label }: { notificationId: string; label: string }) {
  const t = useTranslations('notifications');
  const [state, action] = useActionState(markReadAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton variant="secondary" pendingLabel={t('working')} aria-label={label}>
        {t('markRead')}
      </SubmitButton>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}

export function MarkAllReadClient() {
  const t = useTranslations('notifications');
  const [state, action] = useActionState(markAllReadAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <SubmitButton variant="secondary" pendingLabel={t('working')}>
        {t('markAllRead')}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
