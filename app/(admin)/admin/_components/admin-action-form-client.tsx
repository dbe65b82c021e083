'use client';
import { useActionState } from 'react';
import { TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/form-state';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * One admin action as a small form: hidden fields name the target, an optional reason field, one
 * button. The result (or the refusal, e.g. "the last admin") is announced next to the button.
 */
export function AdminActionFormClient({
  action,
  fields,
  submitLabel,
  pendingLabel,
  variant = 'secondary',
  reason,
  confirmText,
  idPrefix,
}: {
  action: Action;
  fields: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** A reason field: required (hiding) or optional (disabling); multiline for longer texts. */
  reason?: { label: string; hint?: string; required: boolean; multiline?: boolean };
  /** Asked before submitting (a destructive action). */
  confirmText?: string;
  /** Keeps field ids unique when a page holds several of these forms. */
  idPrefix: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const formMessage = errors._form?.[0] ?? state.message;
  const reasonValue = !state.ok && typeof state.values?.reason === 'string' ? state.values.reason : undefined;
  return (
    <form
      action={formAction}
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        if (confirmText && !window.confirm(confirmText)) e.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {reason ? (
        reason.multiline ? (
          <TextAreaField
            id={`${idPrefix}-reason`}
            name="reason"
            label={reason.label}
            hint={reason.hint}
            required={reason.required}
            maxLength={500}
            defaultValue={reasonValue}
            errors={errors.reason}
          />
        ) : (
          <TextField
            id={`${idPrefix}-reason`}
            name="reason"
            label={reason.label}
            hint={reason.hint}
            required={reason.required}
            maxLength={500}
            defaultValue={reasonValue}
            errors={errors.reason}
          />
        )
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant={variant} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
        <p aria-live="polite" role="status" className={`text-sm ${state.ok ? 'text-emerald-800' : 'text-red-700'}`}>
          {formMessage}
        </p>
      </div>
    </form>
  );
}
