'use client';
// Charts of the municipality view (recharts). They are pictures of the tables printed right under
// them, which are the accessible version: the charts are hidden from assistive technology and
// take no keyboard focus.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export type ChartRow = { label: string } & Record<string, number | string | null>;

const axisTick = { fontSize: 12, fill: '#334155' };

/** Horizontal grouped bars: one row per category or sector, one bar per series (offers, needs). */
export function BarsChart({ rows, series }: { rows: ChartRow[]; series: ChartSeries[] }) {
  const height = 48 + rows.length * (14 + 12 * series.length);
  return (
    <div aria-hidden="true" className="w-full">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tick={axisTick} />
          <YAxis type="category" dataKey="label" width={150} tick={axisTick} interval={0} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Per month: one bar per series, side by side. */
export function MonthsChart({ rows, series }: { rows: ChartRow[]; series: ChartSeries[] }) {
  return (
    <div aria-hidden="true" className="w-full">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: -20 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" minTickGap={8} />
          <YAxis allowDecimals={false} tick={axisTick} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} maxBarSize={40} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
