// Activity over time for the municipality view (pure): months as 'YYYY-MM' in the network's time
// zone, the period a figure covers, and monthly series filled with zeros so every month shows.
//
// The monthly figures are network-wide totals (listings created, matches suggested, introductions
// accepted, results recorded, meetings held) with no place, category or firm attached, so they are
// not subject to the small-count rule: "4 listings were created in March" cannot be attributed to
// a firm. Only the network as a whole must have at least MIN_FIRMS member firms (see aggregate.ts).

export const PERIODS = ['12m', 'year', 'all'] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = '12m';

export const isPeriod = (value: unknown): value is Period => typeof value === 'string' && (PERIODS as readonly string[]).includes(value);

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

export interface MonthCount {
  month: string;
  n: number;
}

export type ActivityMonth = { month: string } & Record<ActivitySeries, number>;

/**
 * One row per month of the period, every series filled (0 where nothing happened). For 'all' the
 * period starts at the earliest month with data (or the current month when there is none).
 */
export function buildActivity(
  series: Record<ActivitySeries, MonthCount[]>,
  options: { period: Period; currentMonth: string },
): { from: string; to: string; months: ActivityMonth[]; totals: Record<ActivitySeries, number> } {
  const to = options.currentMonth;
  const earliest = ACTIVITY_SERIES.flatMap((s) => series[s].map((r) => r.month)).sort()[0];
  const from = periodStart(options.period, to) ?? (earliest && earliest < to ? earliest : to);
  const months = monthRange(from, to).map((month) => ({ month, listings: 0, matches: 0, introductions: 0, outcomes: 0, meetings: 0 }));
  const index = new Map(months.map((m, i) => [m.month, i]));
  const totals = { listings: 0, matches: 0, introductions: 0, outcomes: 0, meetings: 0 };
  for (const s of ACTIVITY_SERIES) {
    for (const r of series[s]) {
      const i = index.get(r.month);
      if (i === undefined) continue; // outside the period (or in a future month)
      months[i]![s] += r.n;
      totals[s] += r.n;
    }
  }
  return { from, to, months, totals };
}
