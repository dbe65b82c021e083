'use client';
// Wraps a suggestion card: "Not relevant" hides it in place and offers an undo, so a slip of the
// thumb costs nothing. The decision is stored server-side (match_dismissals) for good.
import { useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/form-state';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

interface Props {
  action: Action;
  listingRef: string;
  otherRef: string;
  title: string;
  children: ReactNode;
}

export function DismissibleMatch({ action, listingRef, otherRef, title, children }: Props) {
  const t = useTranslations('matching');
  const [state, formAction] = useActionState(action, initialFormState);
  const hidden = state.ok && state.values?.undo === '0';
  const form = (undo: '0' | '1', label: string, aria?: string) => (
    <form action={formAction}>
      <input type="hidden" name="listingRef" value={listingRef} />
      <input type="hidden" name="otherRef" value={otherRef} />
      <input type="hidden" name="undo" value={undo} />
      <SubmitButton variant="secondary" aria-label={aria}>
        {label}
      </SubmitButton>
    </form>
  );
  if (hidden) {
    return (
      <div className="flex flex-wrap items-center gap-3 rounded-lg border border-dashed border-slate-400 bg-slate-50 p-3 text-sm text-slate-800">
        <p role="status">{state.message}</p>
        {form('1', t('undo'))}
      </div>
    );
  }
  return (
    <div className="flex h-full flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      {children}
      <div className="mt-auto flex flex-wrap items-center gap-2 border-t border-slate-200 pt-3">
        {form('0', t('dismiss'), t('dismissLabel', { title }))}
        {!state.ok && state.message ? (
          <p role="alert" className="text-sm text-red-800">
            {state.message}
          </p>
        ) : null}
        {state.ok && state.values?.undo === '1' ? (
          <p role="status" className="text-sm text-slate-700">
            {state.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
