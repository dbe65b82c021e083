// Number and month formatting for the municipality view (pure; server and client).
import type { Count } from '@/lib/municipality/protect';

/** The mark shown in place of a withheld count (explained in the legend). */
export const WITHHELD_MARK = '·';

export function formatCount(value: Count, locale: string): string {
  return value === null ? WITHHELD_MARK : new Intl.NumberFormat(locale).format(value);
}

/** 'YYYY-MM' → "jun. 2025" / "Jun 2025" / "kesä 2025", read as a calendar month (no time zone). */
export function monthLabel(key: string, locale: string, style: 'short' | 'long' = 'short'): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15)));
}
