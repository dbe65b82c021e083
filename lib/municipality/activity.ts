// Activity over time for the municipality view (pure): months as 'YYYY-MM' in the network's time
// zone, the period a figure covers, and monthly series filled with zeros so every month shows.
//
// Every monthly figure (listings created, matches suggested, introductions accepted, results
// recorded, meetings held) and every period total follows the small-count rule like the area's
// figures: "1 introduction accepted in March" is about the two firms behind it, whoever reads it.
// A month backed by 1–2 firms is withheld (null), and each series is protected as a list whose
// total is published (protectList), so the withheld months cannot be recovered by subtraction.

export const PERIODS = ['12m', 'year', 'all'] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = '12m';

export const isPeriod = (value: unknown): value is Period => typeof value === 'string' && (PERIODS as readonly string[]).includes(value);

import { protectList, type Contribution, type Count } from './protect';

const MONTH = /^(\d{4})-(\d{2})$/;

/** The month of an instant in a time zone, as 'YYYY-MM'. */
export function monthKeyOf(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(date);
  const year = parts.find((p) => p.type === 'year')?.value;
  const month = parts.find((p) => p.type === 'month')?.value;
  return `${year}-${month}`;
}

export function addMonths(key: string, n: number): string {
  const m = MONTH.exec(key);
  if (!m) throw new Error(`not a month: ${key}`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (empty when from > to). */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let k = from; k <= to; k = addMonths(k, 1)) out.push(k);
  return out;
}

/** The first month a period covers; null for 'all' (from the first month with data). */
export function periodStart(period: Period, currentMonth: string): string | null {
  if (period === '12m') return addMonths(currentMonth, -11);
  if (period === 'year') return `${currentMonth.slice(0, 4)}-01`;
  return null;
}

export const ACTIVITY_SERIES = ['listings', 'matches', 'introductions', 'outcomes', 'meetings'] as const;
export type ActivitySeries = (typeof ACTIVITY_SERIES)[number];

/** A count of one month and the firms behind it (firmB null when one firm stands behind it). */
export interface MonthCount {
  month: string;
  firmA: string;
  firmB?: string | null;
  n: number;
}

export type ActivityMonth = { month: string } & Record<ActivitySeries, Count>;

/** A row's share of a protected count: the first firm carries the count, the second only counts as a firm. */
export function contributions<K extends string>(key: K, row: { firmA: string; firmB?: string | null; n: number }): Contribution[] {
  const out: Contribution[] = [{ key, firmId: row.firmA, count: row.n }];
  if (row.firmB && row.firmB !== row.firmA) out.push({ key, firmId: row.firmB, count: 0 });
  return out;
}

/**
 * One row per month of the period, every series filled (0 where nothing happened, null where the
 * month's count is backed by 1–2 firms). For 'all' the period starts at the earliest month with
 * data (or the current month when there is none). A series' total is null when the whole period's
 * count is backed by 1–2 firms; `withheld` is the sum of a series' withheld months (published as
 * the series' "other months", backed by ≥ MIN_FIRMS firms).
 */
export function buildActivity(
  series: Record<ActivitySeries, MonthCount[]>,
  options: { period: Period; currentMonth: string },
): { from: string; to: string; months: ActivityMonth[]; totals: Record<ActivitySeries, Count>; withheld: Record<ActivitySeries, number> } {
  const to = options.currentMonth;
  const earliest = ACTIVITY_SERIES.flatMap((s) => series[s].map((r) => r.month)).sort()[0];
  const from = periodStart(options.period, to) ?? (earliest && earliest < to ? earliest : to);
  const keys = monthRange(from, to);
  const inRange = new Set(keys);
  const protectedSeries = Object.fromEntries(
    ACTIVITY_SERIES.map((s) => [
      s,
      // Rows outside the period (or in a future month) are left out.
      protectList(
        keys,
        series[s].filter((r) => inRange.has(r.month)).flatMap((r) => contributions(r.month, r)),
      ),
    ]),
  ) as Record<ActivitySeries, ReturnType<typeof protectList>>;
  const months = keys.map(
    (month) => ({ month, ...Object.fromEntries(ACTIVITY_SERIES.map((s) => [s, protectedSeries[s].values[month] ?? null])) }) as ActivityMonth,
  );
  const totals = Object.fromEntries(ACTIVITY_SERIES.map((s) => [s, protectedSeries[s].total])) as Record<ActivitySeries, Count>;
  const withheld = Object.fromEntries(ACTIVITY_SERIES.map((s) => [s, protectedSeries[s].other])) as Record<ActivitySeries, number>;
  return { from, to, months, totals, withheld };
}
