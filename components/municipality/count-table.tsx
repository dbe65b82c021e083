import type { ReactNode } from 'react';
import type { Count } from '@/lib/municipality/protect';
import { CountCell } from './count-cell';

export interface CountRow {
  key: string;
  label: ReactNode;
  /** undefined: nothing to say in that column (an empty cell). */
  values: (Count | undefined)[];
  /** Other/total rows are set apart. */
  emphasis?: 'other' | 'total';
}

/**
 * A table of counts: the accessible (and printable) form of every chart on the page. Wide tables
 * scroll inside their own box so that the page itself never scrolls sideways on a phone.
 */
export function CountTable({
  caption,
  headers,
  rows,
  locale,
  withheldLabel,
  captionHidden = false,
}: {
  caption: string;
  headers: string[];
  rows: CountRow[];
  locale: string;
  withheldLabel: string;
  captionHidden?: boolean;
}) {
  return (
    // relative: the screen-reader-only texts (absolutely positioned) stay inside the scroll box.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-sm">
        <caption className={captionHidden ? 'sr-only' : 'px-3 pt-3 text-left font-semibold text-slate-900'}>{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-700">
            {headers.map((h, i) => (
              <th key={h} scope="col" className={`px-3 py-2 font-semibold ${i === 0 ? '' : 'text-right'}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              className={`border-b border-slate-100 last:border-0 ${r.emphasis === 'total' ? 'bg-slate-50 font-semibold' : ''} ${r.emphasis === 'other' ? 'text-slate-700 italic' : ''}`}
            >
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {r.label}
              </th>
              {r.values.map((v, i) => (
                <td key={i} className="px-3 py-2 text-right tabular-nums">
                  {v === undefined ? null : <CountCell value={v} locale={locale} withheldLabel={withheldLabel} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
