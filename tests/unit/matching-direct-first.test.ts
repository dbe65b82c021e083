// Direct answers first (rank.ts POOLING_FACTOR): for a need, the firm that can deliver ranks above
// another firm that needs the same thing, unless the need asks for someone to share with.
import { describe, expect, it } from 'vitest';
import { rank } from '@/lib/matching/rank';
import type { MatchListing } from '@/lib/matching/types';

const now = new Date('2026-02-01T12:00:00Z');
const l = (over: Partial<MatchListing> & Pick<MatchListing, 'id' | 'kind' | 'title' | 'description'>): MatchListing => ({
  companyId: `c-${over.id}`,
  category: 'logistics',
  language: 'da',
  status: 'open',
  updatedAt: '2026-01-20T00:00:00Z',
  lat: 55.62,
  lng: 11.6,
  companyNace: [],
  ...over,
});

describe('direct answers before pooling partners', () => {
  const coNeeder = l({ id: 'co', kind: 'need', title: 'Fragt af paller til Oslo', description: 'Vi skal have 8 paller til Oslo hver uge.', distanceKm: 2 });
  const haulier = l({
    id: 'haulier',
    kind: 'offer',
    title: 'Ledig plads på lastbil til Norge',
    description: 'Plads til 10 paller, kører til Oslo om tirsdagen.',
    distanceKm: 15,
  });

  it('puts the haulier first for a need that does not ask to share', () => {
    const need = l({ id: 'need', kind: 'need', title: 'Fragt af paller til Oslo', description: 'Vi har 6 paller til Oslo hver uge.' });
    const r = rank(need, [coNeeder, haulier], { now, radiusKm: 25 });
    expect(r.matches.map((m) => m.listing.id)).toEqual(['haulier', 'co']);
    expect(r.matches.map((m) => m.type)).toEqual(['pair', 'pooling']);
  });

  it('keeps the co-needer first when the need asks for someone to share with', () => {
    const need = l({
      id: 'need',
      kind: 'need',
      title: 'Fragt af paller til Oslo – vi deler gerne',
      description: 'Vi har 6 paller til Oslo hver uge og deler gerne en bil med andre.',
    });
    const r = rank(need, [coNeeder, haulier], { now, radiusKm: 25 });
    expect(r.matches[0]?.listing.id).toBe('co');
  });
});
