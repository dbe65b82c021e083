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

// Rows from many firms (f1…f9) unless a test says otherwise.
const from = (month: string, n: number, firms = ['f1', 'f2', 'f3']) => firms.map((firmA, i) => ({ month, firmA, n: i === 0 ? n : 0 }));

describe('buildActivity', () => {
  it('fills every month of the last 12 with zeros and drops months outside the period', () => {
    const a = buildActivity(
      {
        ...none,
        listings: [...from('2024-03', 9), ...from('2024-04', 2), ...from('2025-03', 5)],
        matches: from('2025-01', 3),
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
    const a = buildActivity({ ...none, outcomes: from('2023-11', 1) }, { period: 'all', currentMonth: '2024-02' });
    expect(a.months.map((m) => m.month)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(buildActivity(none, { period: 'all', currentMonth: '2024-02' }).months.map((m) => m.month)).toEqual(['2024-02']);
  });

  it('withholds a month backed by 1–2 firms, and enough other months that it cannot be subtracted out', () => {
    const a = buildActivity(
      {
        ...none,
        // March: one introduction between f1 and f2 (two firms); April: f3 and f4; May: five firms.
        introductions: [
          { month: '2025-03', firmA: 'f1', firmB: 'f2', n: 1 },
          { month: '2025-04', firmA: 'f3', firmB: 'f4', n: 2 },
          ...from('2025-05', 5, ['f5', 'f6', 'f7']),
        ],
        // The whole period's meetings are hosted by one firm: no figure at all.
        meetings: [{ month: '2025-03', firmA: 'f1', n: 4 }],
      },
      { period: '12m', currentMonth: '2025-05' },
    );
    const month = (m: string) => a.months.find((x) => x.month === m)!;
    expect(month('2025-03').introductions).toBeNull();
    expect(month('2025-04').introductions).toBeNull();
    expect(month('2025-05').introductions).toBe(5);
    expect(a.totals.introductions).toBe(8);
    // The withheld months together stand for four firms: their sum may be said.
    expect(a.withheld.introductions).toBe(3);
    expect(a.totals.meetings).toBeNull();
    expect(a.months.every((m) => m.meetings === null)).toBe(true);
  });

  it('never shows a figure backed by fewer than three firms, whatever the rows (random worlds)', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const rows = Array.from({ length: rand(8) }, () => ({
        month: `2025-0${1 + rand(5)}`,
        firmA: `f${rand(5)}`,
        firmB: rand(2) ? `f${rand(5)}` : null,
        n: 1 + rand(3),
      }));
      const a = buildActivity({ ...none, matches: rows }, { period: 'year', currentMonth: '2025-05' });
      const firmsOf = (ms: string[]) => new Set(rows.filter((r) => ms.includes(r.month)).flatMap((r) => [r.firmA, r.firmB ?? r.firmA])).size;
      for (const m of a.months) if (m.matches !== null && m.matches > 0) expect(firmsOf([m.month])).toBeGreaterThanOrEqual(3);
      const hidden = a.months.filter((m) => m.matches === null).map((m) => m.month);
      if (a.totals.matches !== null && hidden.length) expect(firmsOf(hidden)).toBeGreaterThanOrEqual(3);
      if (a.totals.matches !== null && a.totals.matches > 0) expect(firmsOf(a.months.map((m) => m.month))).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('countOutcomes', () => {
  const by = (kind: string, n: number, firms: string[]) => firms.map((firmA, i) => ({ kind, firmA, n: i === 0 ? n : 0 }));
  it('counts known kinds, puts unknown ones under other, and leaves "none" out of the results', () => {
    const c = countOutcomes([
      ...by('deal', 2, ['a', 'b', 'c']),
      ...by('shared_hire', 1, ['d', 'e', 'f']),
      ...by('none', 3, ['a', 'b', 'c']),
      ...by('Regstrup Plast ApS bought a machine', 1, ['g', 'h', 'i']),
    ]);
    expect(c.byKind).toMatchObject({ deal: 2, shared_hire: 1, none: 3, other: 1, project: 0 });
    expect(c.results).toBe(4);
    expect(JSON.stringify(c)).not.toContain('Regstrup');
  });

  it('withholds a kind, the results and "none" when 1–2 firms stand behind them', () => {
    // The case: "Delt medarbejder 1" from one introduction between two firms.
    const c = countOutcomes([
      { kind: 'shared_hire', firmA: 'a', firmB: 'b', n: 1 },
      ...by('deal', 4, ['c', 'd', 'e']),
      { kind: 'none', firmA: 'a', firmB: 'b', n: 1 },
    ]);
    expect(c.byKind.shared_hire).toBeNull();
    expect(c.byKind.none).toBeNull();
    // Withholding one kind alone would give it away (results − deals): deals are withheld too.
    expect(c.byKind.deal).toBeNull();
    expect(c.results).toBe(5);
    expect(c.otherKinds).toBe(5);
    expect(countOutcomes([{ kind: 'deal', firmA: 'a', firmB: 'b', n: 3 }]).results).toBeNull();
  });
});
