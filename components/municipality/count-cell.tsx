import type { Count } from '@/lib/municipality/protect';
import { formatCount, WITHHELD_MARK } from './format';

/** A count in a table: the number, or the withheld mark with its meaning for screen readers. */
export function CountCell({ value, locale, withheldLabel }: { value: Count; locale: string; withheldLabel: string }) {
  if (value !== null) return <>{formatCount(value, locale)}</>;
  return (
    <>
      <span aria-hidden="true" title={withheldLabel} className="font-bold text-slate-500">
        {WITHHELD_MARK}
      </span>
      <span className="sr-only">{withheldLabel}</span>
    </>
  );
}
