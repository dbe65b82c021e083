import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

// Labelled form controls whose errors sit next to them and are announced: the control points at
// its hint and error with aria-describedby and says aria-invalid.

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[] | undefined;
  required?: boolean;
  children: (aria: { 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

export function FieldShell({ id, label, hint, errors, required, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-red-700">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children({ 'aria-describedby': describedBy, 'aria-invalid': errorId ? true : undefined })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="text-sm text-red-700" role="alert">
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

const control =
  'min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-teal-700 focus:outline-none focus:ring-2 focus:ring-teal-700 aria-[invalid=true]:border-red-700';

type Common = { name: string; label: ReactNode; hint?: ReactNode; errors?: string[] | undefined; id?: string };

export function TextField({ name, label, hint, errors, id, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? `f-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors} required={rest.required}>
      {(aria) => <input id={fieldId} name={name} className={control} {...aria} {...rest} />}
    </FieldShell>
  );
}

export function TextAreaField({ name, label, hint, errors, id, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fieldId = id ?? `f-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors} required={rest.required}>
      {(aria) => <textarea id={fieldId} name={name} className={`${control} min-h-28`} {...aria} {...rest} />}
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  id,
  options,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const fieldId = id ?? `f-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors} required={rest.required}>
      {(aria) => (
        <select id={fieldId} name={name} className={control} {...aria} {...rest}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export const inputClass = control;
