'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/form-state';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

interface Props {
  action: Action;
  /** Hidden fields sent with the click (refs only: nothing confidential). */
  fields: Record<string, string>;
  label: string;
  /** Names the thing acted on for screen readers when the visible label is short ("Pin"). */
  ariaLabel?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Show the success message next to the button (failures are always shown). */
  confirm?: boolean;
}

/** One button that runs one theme action; says what went wrong (or right) next to itself. */
export function ThemeButton({ action, fields, label, ariaLabel, variant = 'secondary', confirm = false }: Props) {
  const t = useTranslations('themes.form');
  const [state, dispatch] = useActionState(action, initialFormState);
  const problem = !state.ok && state.message ? (state.fieldErrors?._form?.join(' ') ?? state.message) : null;
  return (
    <form action={dispatch} className="flex flex-col items-start gap-1">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <SubmitButton variant={variant} aria-label={ariaLabel} pendingLabel={t('saving')}>
        {label}
      </SubmitButton>
      <div aria-live="polite" role="status" className="text-sm">
        {problem ? (
          <p className="text-red-700">{problem}</p>
        ) : confirm && state.ok && state.message ? (
          <p className="text-emerald-900">{state.message}</p>
        ) : null}
      </div>
    </form>
  );
}
