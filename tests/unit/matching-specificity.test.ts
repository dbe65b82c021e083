// Specificity (lib/matching/specificity.ts): a concept that many listings nearby carry says little,
// so a candidate that shares only it cannot outrank one that shares the specific thing.
import { describe, expect, it } from 'vitest';
import { BROAD_FACTOR, specificity, specificityFactor } from '@/lib/matching/specificity';
import { analyzeListing, rank } from '@/lib/matching/rank';
import type { MatchListing } from '@/lib/matching/types';

describe('specificityFactor', () => {
  it('counts rare features fully and common ones little, falling in between', () => {
    expect(specificityFactor(1, 100)).toBe(1);
    expect(specificityFactor(50, 100)).toBe(BROAD_FACTOR);
    const mid = specificityFactor(20, 100);
    expect(mid).toBeGreaterThan(BROAD_FACTOR);
    expect(mid).toBeLessThan(1);
  });
  it('does not discount anything in a handful of candidates', () => {
    expect(specificityFactor(3, 3)).toBe(1);
  });
});

const now = new Date('2026-02-01T12:00:00Z');
let n = 0;
const l = (over: Partial<MatchListing>): MatchListing => ({
  id: `s${++n}`,
  companyId: `c${n}`,
  kind: 'offer',
  category: 'logistics',
  title: '',
  description: '',
  language: 'en',
  status: 'open',
  updatedAt: '2026-01-20T00:00:00Z',
  lat: 55.62,
  lng: 11.6,
  companyNace: [],
  ...over,
});

describe('specificity over the candidates', () => {
  // An area where a third of the offers are about transport of some kind.
  const filler = Array.from({ length: 60 }, (_, i) =>
    i % 3 === 0
      ? l({ title: `Transport for passengers ${i}`, description: 'Taxi and bus transport, day and night.', distanceKm: 3 })
      : l({
          category: 'capacity',
          title: `Spare capacity ${i}`,
          description: ['Printing of brochures', 'Laser cutting of sheet', 'Accounting hours', 'Cleaning of offices'][i % 4]!,
          distanceKm: 5,
        }),
  );

  it('discounts the concept a third of the area carries', () => {
    const source = analyzeListing(l({ kind: 'need', title: 'Transport of machine parts to Hamburg', description: 'Crated gearboxes, 3 pallets.' }));
    const spec = specificity(
      source,
      filler.map((f) => analyzeListing(f)),
    );
    const factors = [...source.conceptVector.ids].map((_, i) => spec.concept[i]!);
    expect(Math.min(...factors)).toBeLessThan(0.5);
    expect(Math.max(...factors)).toBe(1);
  });

  it('keeps a taxi that shares only "transport" out of the strong suggestions (below 0.4), the haulier first', () => {
    const need = l({
      id: 'need',
      companyId: 'N',
      kind: 'need',
      title: 'Transport of machine parts to Hamburg',
      description: 'Crated gearboxes, a few times a month.',
    });
    const taxi = l({ id: 'taxi', title: 'Transport service', description: 'Transport by car, day and night, we drive anywhere.', distanceKm: 1 });
    const haulier = l({
      id: 'haulier',
      title: 'Room for crates to Hamburg',
      description: 'Weekly trips, gearboxes welcome.',
      distanceKm: 20,
      updatedAt: '2025-10-01T00:00:00Z',
    });
    const result = rank(need, [taxi, haulier, ...filler], { now, radiusKm: 25 });
    expect(result.matches[0]?.listing.id).toBe('haulier');
    expect(result.matches.find((m) => m.listing.id === 'taxi')?.score ?? 0).toBeLessThan(0.4);
  });
});
