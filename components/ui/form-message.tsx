import type { FormState } from '@/lib/form-state';

/** The form-level result, announced politely to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" role="status" className="min-h-0">
      {state.message ? (
        <p
          className={`rounded-md px-3 py-2 text-sm ${state.ok ? 'bg-emerald-50 text-emerald-900' : 'bg-red-50 text-red-800'}`}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
