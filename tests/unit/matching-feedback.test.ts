import { describe, expect, it } from 'vitest';
import { reasonsLine } from '@/lib/matching/explain';
import { MAX_FACTOR, MIN_FACTOR, countsFor, feedbackAdjuster, feedbackFactor, feedbackFromRows, pairKey } from '@/lib/matching/feedback';
import { rank } from '@/lib/matching/rank';
import type { MatchListing } from '@/lib/matching/types';

const counts = (over: Partial<{ dismissed: number; declined: number; accepted: number; results: number }>) => ({
  dismissed: 0,
  declined: 0,
  accepted: 0,
  results: 0,
  ...over,
});

describe('feedbackFactor: bounded and explained', () => {
  it('is neutral without signals', () => {
    expect(feedbackFactor(undefined)).toEqual({ factor: 1, reason: null });
    expect(feedbackFactor(counts({}))).toEqual({ factor: 1, reason: null });
  });

  it('lowers a pair the network dismissed, more with more dismissals, never below the bound', () => {
    const one = feedbackFactor(counts({ dismissed: 1 }));
    const ten = feedbackFactor(counts({ dismissed: 10 }));
    const many = feedbackFactor(counts({ dismissed: 100_000, declined: 100_000 }));
    expect(one.factor).toBeLessThan(1);
    expect(ten.factor).toBeLessThan(one.factor);
    expect(many.factor).toBeGreaterThanOrEqual(MIN_FACTOR);
    expect(ten.reason).toEqual({ key: 'feedbackDown', values: { count: 10 } });
  });

  it('raises a pair that led to introductions and results, never above the bound', () => {
    const some = feedbackFactor(counts({ accepted: 3, results: 2 }));
    expect(some.factor).toBeGreaterThan(1);
    expect(some.reason).toEqual({ key: 'feedbackUp', values: { count: 5 } });
    expect(feedbackFactor(counts({ accepted: 1e6, results: 1e6 })).factor).toBeLessThanOrEqual(MAX_FACTOR);
  });

  it('weighs mixed evidence: results outweigh a few dismissals, a decline counts less than a dismissal', () => {
    expect(feedbackFactor(counts({ dismissed: 2, results: 3 })).factor).toBeGreaterThan(1);
    expect(feedbackFactor(counts({ declined: 4 })).factor).toBeGreaterThan(feedbackFactor(counts({ dismissed: 4 })).factor);
  });
});

describe('pair keys and network scope', () => {
  it('keys a pair the same whichever side is the source', () => {
    expect(pairKey({ kind: 'need', category: 'logistics' }, { kind: 'offer', category: 'equipment' })).toBe(
      pairKey({ kind: 'offer', category: 'equipment' }, { kind: 'need', category: 'logistics' }),
    );
  });

  it("never lets another network's signals reach a source", () => {
    const fb = feedbackFromRows([
      { networkId: 'N1', aKind: 'need', aCategory: 'capacity', bKind: 'offer', bCategory: 'capacity', ...counts({ dismissed: 9 }) },
    ]);
    const key = pairKey({ kind: 'need', category: 'capacity' }, { kind: 'offer', category: 'capacity' });
    expect(countsFor(fb, ['N2'], key)).toBeUndefined();
    expect(countsFor(fb, ['N1', 'N2'], key)?.dismissed).toBe(9);
    expect(feedbackAdjuster(fb, { kind: 'need', category: 'capacity', networkIds: ['N2'] })).toBeUndefined();
  });
});

describe('rank with feedback', () => {
  const now = new Date('2026-02-01T12:00:00Z');
  const base = { language: 'da', status: 'open' as const, updatedAt: '2026-01-20T00:00:00Z', lat: 55.62, lng: 11.6, companyNace: [], description: '' };
  const source: MatchListing = {
    ...base,
    id: 'need',
    companyId: 'A',
    kind: 'need',
    category: 'capacity',
    title: 'Søger kapacitet til pulverlakering af stålemner',
  };
  const capacity: MatchListing = {
    ...base,
    id: 'cap',
    companyId: 'B',
    kind: 'offer',
    category: 'capacity',
    title: 'Ledig kapacitet på pulverlakering',
    distanceKm: 3,
  };
  const equipment: MatchListing = {
    ...base,
    id: 'eq',
    companyId: 'C',
    kind: 'offer',
    category: 'equipment',
    title: 'Pulverlakeringsanlæg til udlejning af kapacitet',
    distanceKm: 3,
  };

  it('a dismissed category pair sinks below the one the network took up, with the reason in words', () => {
    const plain = rank(source, [capacity, equipment], { now });
    const fb = feedbackFromRows([
      { networkId: 'N', aKind: 'need', aCategory: 'capacity', bKind: 'offer', bCategory: 'capacity', ...counts({ dismissed: 12 }) },
      { networkId: 'N', aKind: 'need', aCategory: 'capacity', bKind: 'offer', bCategory: 'equipment', ...counts({ results: 6 }) },
    ]);
    const learned = rank(source, [capacity, equipment], { now, feedback: feedbackAdjuster(fb, { ...source, networkIds: ['N'] }) });
    const score = (r: typeof plain, id: string) => r.matches.find((m) => m.listing.id === id)?.score ?? 0;
    expect(score(learned, 'cap')).toBeLessThan(score(plain, 'cap'));
    expect(score(learned, 'cap')).toBeGreaterThanOrEqual(Math.round(score(plain, 'cap') * MIN_FACTOR * 1000) / 1000 - 0.001);
    expect(score(learned, 'eq')).toBeGreaterThanOrEqual(score(plain, 'eq'));
    const cap = learned.matches.find((m) => m.listing.id === 'cap')!;
    expect(reasonsLine(cap.reasons, 'en')).toContain('turned down similar suggestions (12)');
    expect(reasonsLine(cap.reasons, 'fi')).toContain('hylänneet');
  });
});
