import Link from 'next/link';
import { inputClass } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-class';
import type { Period } from '@/lib/municipality/activity';

export const municipalityHref = (p: { network: string; period: Period }, path = '/municipality') =>
  `${path}?${new URLSearchParams({ network: p.network, period: p.period }).toString()}`;

/** Which network (when the viewer has several) and which period: plain links and a GET form. */
export function AreaFilters({
  networks,
  network,
  period,
  periods,
  labels,
}: {
  networks: { ref: string; name: string }[];
  network: string;
  period: Period;
  periods: { value: Period; label: string }[];
  labels: { network: string; period: string; show: string };
}) {
  return (
    <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
      {networks.length > 1 ? (
        <form method="get" action="/municipality" className="flex items-end gap-2">
          <input type="hidden" name="period" value={period} />
          <div className="flex flex-col gap-1">
            <label htmlFor="municipality-network" className="text-sm font-medium text-slate-800">
              {labels.network}
            </label>
            <select id="municipality-network" name="network" defaultValue={network} className={inputClass}>
              {networks.map((n) => (
                <option key={n.ref} value={n.ref}>
                  {n.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass('secondary')}>
            {labels.show}
          </button>
        </form>
      ) : null}
      <nav aria-label={labels.period} className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-800" aria-hidden="true">
          {labels.period}
        </span>
        <ul className="flex flex-wrap gap-2">
          {periods.map((p) => {
            const current = p.value === period;
            return (
              <li key={p.value}>
                <Link
                  href={municipalityHref({ network, period: p.value })}
                  aria-current={current ? 'page' : undefined}
                  className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-semibold no-underline ${
                    current ? 'border-teal-800 bg-teal-800 text-white' : 'border-slate-400 bg-white text-slate-900 hover:bg-slate-100'
                  }`}
                >
                  {p.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
