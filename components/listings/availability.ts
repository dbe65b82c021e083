import type { getFormatter } from 'next-intl/server';

type T = (key: string, values?: Record<string, string | number>) => string;
type F = Awaited<ReturnType<typeof getFormatter>>;

/** A date-only value ('YYYY-MM-DD') in the reader's locale. Noon UTC keeps the day in every zone. */
export function formatDay(format: F, day: string) {
  return format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: 'medium' });
}

export function availabilityText(t: T, format: F, from: string | null, until: string | null) {
  if (from && until) return t('availability.fromUntil', { from: formatDay(format, from), until: formatDay(format, until) });
  if (from) return t('availability.from', { from: formatDay(format, from) });
  if (until) return t('availability.until', { until: formatDay(format, until) });
  return null;
}
