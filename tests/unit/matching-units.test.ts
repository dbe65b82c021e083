// "Covers N % of the need" only when the two quantities really compare: converted when the units
// convert (pallets a month vs pallets a week), left out otherwise (hours a week vs hours in total).
import { describe, expect, it } from 'vitest';
import { buildReasons, formatReasons } from '@/lib/matching/explain';
import { comparableQuantities, parseUnit } from '@/lib/matching/units';

/** The coverage reason as the ranking words it (rank.ts: offer / need when comparable). */
function coverage(offer: { quantity: number; unit: string }, need: { quantity: number; unit: string }, locale: 'da' | 'en' | 'fi' = 'en') {
  const q = comparableQuantities(offer, need);
  return formatReasons(buildReasons({ coverage: q ? q[0] / q[1] : null }), locale);
}

describe('units: periods', () => {
  it('reads rates written in da/en/fi, with or without a separator', () => {
    for (const u of [
      'paller/måned',
      'paller om måneden',
      'paller pr. md.',
      'pallets a month',
      'pallets per month',
      'pallets monthly',
      'lavaa kuukaudessa',
      'paller månedligt',
    ]) {
      expect(parseUnit(u), u).toMatchObject({ dim: 'pallets', rate: true });
      expect(parseUnit(u)!.factor, u).toBeCloseTo(1 / 4.33);
    }
    for (const u of ['timer/uge', 'hours a week', 'hours per week', 'tuntia viikossa', 'timer ugentligt'])
      expect(parseUnit(u), u).toEqual({ dim: 'hours', factor: 1, rate: true });
  });
  it('reads "in total" as an amount, not a rate', () => {
    for (const u of ['timer i alt', 'hours in total', 'tuntia yhteensä', 'timer']) expect(parseUnit(u), u).toEqual({ dim: 'hours', factor: 1, rate: false });
  });
});

describe('coverage reason', () => {
  it('converts pallets a month vs pallets a week instead of claiming 100 %', () => {
    // 20 pallets a month ≈ 4.6 a week, for a need of 10 a week: under half.
    expect(coverage({ quantity: 20, unit: 'paller/måned' }, { quantity: 10, unit: 'paller/uge' })).toEqual(['covers 46% of the need']);
    expect(coverage({ quantity: 20, unit: 'pallets a month' }, { quantity: 10, unit: 'pallets a week' }, 'fi')).toEqual(['kattaa 46 % tarpeesta']);
    expect(coverage({ quantity: 20, unit: 'lavaa kuukaudessa' }, { quantity: 10, unit: 'paller om ugen' }, 'da')).toEqual(['dækker 46 % af behovet']);
    // The other way round it covers all of it.
    expect(coverage({ quantity: 10, unit: 'paller/uge' }, { quantity: 20, unit: 'paller/måned' })).toEqual(['covers 100% of the need']);
  });
  it('converts units of one dimension (tonnes vs kg, days vs hours)', () => {
    expect(coverage({ quantity: 1, unit: 'ton' }, { quantity: 2000, unit: 'kg' })).toEqual(['covers 50% of the need']);
    expect(coverage({ quantity: 2, unit: 'dage/uge' }, { quantity: 37, unit: 'timer/uge' })).toEqual(['covers 40% of the need']);
  });
  it('leaves coverage out for hours a week vs hours in total', () => {
    expect(coverage({ quantity: 40, unit: 'timer/uge' }, { quantity: 20, unit: 'timer i alt' })).toEqual([]);
    expect(coverage({ quantity: 40, unit: 'hours a week' }, { quantity: 20, unit: 'hours' })).toEqual([]);
  });
  it('leaves coverage out when the units differ or are not understood', () => {
    expect(coverage({ quantity: 40, unit: 'paller' }, { quantity: 20, unit: 'm2' })).toEqual([]);
    expect(coverage({ quantity: 40, unit: 'paller/uge' }, { quantity: 20, unit: 'paller' })).toEqual([]);
    expect(coverage({ quantity: 40, unit: 'kasser' }, { quantity: 20, unit: 'kasser' })).toEqual([]);
    expect(coverage({ quantity: 40, unit: 'paller pr. kvartal' }, { quantity: 20, unit: 'paller/uge' })).toEqual([]);
  });
});
