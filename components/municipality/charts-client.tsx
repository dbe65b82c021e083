'use client';
// Charts of the municipality view (recharts). They are pictures of the tables printed right under
// them, which are the accessible version: the charts are hidden from assistive technology and
// take no keyboard focus.
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

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
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Per month: bars for the first series (new listings), lines for the others. */
export function ActivityChart({ rows, bars, lines }: { rows: ChartRow[]; bars: ChartSeries[]; lines: ChartSeries[] }) {
  return (
    <div aria-hidden="true" className="w-full">
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" minTickGap={12} />
          <YAxis allowDecimals={false} tick={axisTick} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {bars.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
          ))}
          {lines.map((s) => (
            <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
