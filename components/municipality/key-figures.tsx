import type { Count } from '@/lib/municipality/protect';
import { CountCell } from './count-cell';

export interface KeyFigure {
  key: string;
  label: string;
  value: Count;
  help?: string;
}

/** Big numbers for a meeting slide: label, value, and what the number means. */
export function KeyFigures({ figures, locale, withheldLabel }: { figures: KeyFigure[]; locale: string; withheldLabel: string }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {figures.map((f) => (
        <div key={f.key} className="flex flex-col rounded-lg border border-slate-200 bg-white p-3 sm:p-4" data-figure={f.key}>
          <dt className="order-2 text-sm font-medium break-words hyphens-auto text-slate-700">{f.label}</dt>
          <dd className="order-1 text-3xl font-bold text-teal-900 tabular-nums">
            <CountCell value={f.value} locale={locale} withheldLabel={withheldLabel} />
          </dd>
          {f.help ? <dd className="order-3 mt-1 text-xs text-slate-600">{f.help}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
