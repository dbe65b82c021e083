'use client';
import { useId } from 'react';

interface Props {
  name?: string;
  label: string;
  options: { code: string; label: string }[];
  initial: string[];
  errors?: string[] | undefined;
}

/** Languages as a group of checkboxes: quicker than a multi-select on a phone, and every screen
 * reader announces a labelled fieldset of checkboxes well. */
export function LanguagePicker({ name = 'languages[]', label, options, initial, errors }: Props) {
  const uid = useId();
  const errorId = `${uid}-error`;
  return (
    <fieldset aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="mb-2 text-sm font-medium text-slate-800">{label}</legend>
      <div className="grid grid-cols-2 gap-x-4 sm:grid-cols-3 md:grid-cols-4">
        {options.map((o) => (
          <label key={o.code} className="flex min-h-11 cursor-pointer items-center gap-2 text-sm text-slate-900">
            <input type="checkbox" name={name} value={o.code} defaultChecked={initial.includes(o.code)} className="size-5 accent-teal-800" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
