import { describe, expect, it } from 'vitest';
import { addMonths, buildActivity, isPeriod, monthKeyOf, monthRange, periodStart } from '@/lib/municipality/activity';
import { countOutcomes } from '@/lib/municipality/outcomes';

const none = { listings: [], matches: [], introductions: [], outcomes: [], meetings: [] };

describe('months for the activity figures', () => {
  it('puts an instant in the month of the network’s time zone', () => {
    // 23:30 UTC on 28 February is already March in Copenhagen and Helsinki.
    const t = new Date('2025-02-28T23:30:00Z');
    expect(monthKeyOf(t, 'Europe/Copenhagen')).toBe('2025-03');
    expect(monthKeyOf(t, 'Europe/Helsinki')).toBe('2025-03');
    expect(monthKeyOf(t, 'UTC')).toBe('2025-02');
  });

  it('adds months across years and lists a range', () => {
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2024-12', 13)).toBe('2026-01');
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange('2025-03', '2025-02')).toEqual([]);
  });

  it('knows its periods', () => {
    expect(periodStart('12m', '2025-03')).toBe('2024-04');
    expect(periodStart('year', '2025-03')).toBe('2025-01');
    expect(periodStart('all', '2025-03')).toBeNull();
    expect(isPeriod('12m')).toBe(true);
    expect(isPeriod('5y')).toBe(false);
  });
});

describe('buildActivity', () => {
  it('fills every month of the last 12 with zeros and drops months outside the period', () => {
    const a = buildActivity(
      {
        ...none,
        listings: [
          { month: '2024-03', n: 9 },
          { month: '2024-04', n: 2 },
          { month: '2025-03', n: 5 },
        ],
        matches: [{ month: '2025-01', n: 3 }],
      },
      { period: '12m', currentMonth: '2025-03' },
    );
    expect(a.months).toHaveLength(12);
    expect(a.from).toBe('2024-04');
    expect(a.months[0]).toEqual({ month: '2024-04', listings: 2, matches: 0, introductions: 0, outcomes: 0, meetings: 0 });
    expect(a.months.at(-1)).toMatchObject({ month: '2025-03', listings: 5 });
    expect(a.totals).toEqual({ listings: 7, matches: 3, introductions: 0, outcomes: 0, meetings: 0 });
  });

  it('starts "all" at the first month with data, and at the current month when there is none', () => {
    const a = buildActivity({ ...none, outcomes: [{ month: '2023-11', n: 1 }] }, { period: 'all', currentMonth: '2024-02' });
    expect(a.months.map((m) => m.month)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(buildActivity(none, { period: 'all', currentMonth: '2024-02' }).months.map((m) => m.month)).toEqual(['2024-02']);
  });
});

describe('countOutcomes', () => {
  it('counts known kinds, puts unknown ones under other, and leaves "none" out of the results', () => {
    const c = countOutcomes([
      { kind: 'deal', n: 2 },
      { kind: 'shared_hire', n: 1 },
      { kind: 'none', n: 3 },
      { kind: 'Regstrup Plast ApS bought a machine', n: 1 },
    ]);
    expect(c.byKind).toMatchObject({ deal: 2, shared_hire: 1, none: 3, other: 1, project: 0 });
    expect(c.results).toBe(4);
    expect(c.total).toBe(7);
    expect(JSON.stringify(c)).not.toContain('Regstrup');
  });
});
