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

/** A column heading, with a shorter form for phones ("Virks." for "Virksomheder"). */
export type CountHeader = string | { label: string; short: string };

function Header({ h }: { h: CountHeader }) {
  if (typeof h === 'string') return <>{h}</>;
  return (
    <>
      <abbr title={h.label} className="no-underline sm:hidden">
        {h.short}
      </abbr>
      <span className="hidden sm:inline">{h.label}</span>
    </>
  );
}

/**
 * A table of counts: the accessible (and printable) form of every chart on the page. Wide tables
 * scroll inside their own box (keyboard-focusable, first column kept in view) so that the page
 * itself never scrolls sideways on a phone.
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
  headers: CountHeader[];
  rows: CountRow[];
  locale: string;
  withheldLabel: string;
  captionHidden?: boolean;
}) {
  const sticky = 'sticky left-0 z-[1]';
  return (
    // relative: the screen-reader-only texts (absolutely positioned) stay inside the scroll box.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0}>
      <table className="w-full border-collapse text-sm">
        <caption className={captionHidden ? 'sr-only' : 'px-3 pt-3 text-left font-semibold text-slate-900'}>{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-700">
            {headers.map((h, i) => (
              <th key={i} scope="col" className={`px-2 py-2 font-semibold sm:px-3 ${i === 0 ? `${sticky} bg-white` : 'text-right'}`}>
                <Header h={h} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const bg = r.emphasis === 'total' ? 'bg-slate-50' : 'bg-white';
            return (
              <tr
                key={r.key}
                className={`border-b border-slate-100 last:border-0 ${bg} ${r.emphasis === 'total' ? 'font-semibold' : ''} ${r.emphasis === 'other' ? 'text-slate-700 italic' : ''}`}
              >
                <th scope="row" className={`min-w-32 px-2 py-2 text-left font-normal sm:px-3 ${sticky} ${bg}`}>
                  {r.label}
                </th>
                {r.values.map((v, i) => (
                  <td key={i} className="px-2 py-2 text-right tabular-nums sm:px-3">
                    {v === undefined ? null : <CountCell value={v} locale={locale} withheldLabel={withheldLabel} />}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
