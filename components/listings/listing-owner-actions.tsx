'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { buttonClass } from '@/components/ui/button-class';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/form-state';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

interface Props {
  listingRef: string;
  status: 'open' | 'paused' | 'closed';
  pauseAction: Action;
  resumeAction: Action;
  closeAction: Action;
}

function OneButtonForm({
  action,
  listingRef,
  label,
  variant,
}: {
  action: Action;
  listingRef: string;
  label: string;
  variant: 'primary' | 'secondary' | 'danger';
}) {
  const t = useTranslations('listings');
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="ref" value={listingRef} />
      <SubmitButton variant={variant} pendingLabel={t('actions.working')}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Edit, pause/resume and close (with a confirmation step that works without JavaScript). */
export function ListingOwnerActions({ listingRef, status, pauseAction, resumeAction, closeAction }: Props) {
  const t = useTranslations('listings');
  if (status === 'closed') return null;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-2">
        <Link href={`/listings/${listingRef}/edit`} className={buttonClass('primary')}>
          {t('actions.edit')}
        </Link>
        {status === 'open' ? (
          <OneButtonForm action={pauseAction} listingRef={listingRef} label={t('actions.pause')} variant="secondary" />
        ) : (
          <OneButtonForm action={resumeAction} listingRef={listingRef} label={t('actions.resume')} variant="secondary" />
        )}
      </div>
      <details className="group rounded-md border border-slate-300 p-3">
        <summary className="flex min-h-11 cursor-pointer items-center font-semibold text-red-800">
          <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
            ▸
          </span>
          {t('actions.close')}
        </summary>
        <p className="mb-3 text-sm text-slate-800">{t('actions.closeConfirm')}</p>
        <OneButtonForm action={closeAction} listingRef={listingRef} label={t('actions.closeYes')} variant="danger" />
      </details>
    </div>
  );
}
