'use client';
import { useEffect, useRef } from 'react';
import type { FormState } from '@/lib/form-state';

/**
 * The form-level result, announced politely to screen readers. After a failed submit it also moves
 * keyboard focus to the first invalid field, so keyboard and screen-reader users land on the error.
 */
export function FormMessage({ state }: { state: FormState }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.ok || !state.fieldErrors) return;
    const invalid = ref.current?.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [state]);
  return (
    <div ref={ref} aria-live="polite" role="status" className="min-h-0">
      {state.message ? (
        <p className={`rounded-md px-3 py-2 text-sm ${state.ok ? 'bg-emerald-50 text-emerald-900' : 'bg-red-50 text-red-800'}`}>{state.message}</p>
      ) : null}
    </div>
  );
}
