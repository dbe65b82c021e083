// What rank.ts does to stay fast and bounded, checked against what it must not change: the early
// exit of a ranking (candidates that score 0 are not scored further) and the analysis caches'
// bound by memory.
import { describe, expect, it } from 'vitest';
import { LISTING_CATEGORIES } from '@/db/schema';
import { analysisCacheStats, analyzeListing, rank, resetAnalysisCaches, scoreCandidate } from '@/lib/matching/rank';
import type { MatchListing } from '@/lib/matching/types';

const now = new Date('2026-02-01T12:00:00Z');
let n = 0;
const listing = (over: Partial<MatchListing>): MatchListing => ({
  id: `p${++n}`,
  companyId: `c${n}`,
  kind: 'offer',
  category: 'capacity',
  title: '',
  description: '',
  language: 'da',
  status: 'open',
  updatedAt: '2026-01-20T00:00:00Z',
  lat: 55.62,
  lng: 11.6,
  companyNace: [],
  ...over,
});

const TEXTS = [
  ['Ledig kapacitet på CNC-fræser', 'Vi har 20 timer om ugen på vores fræser.'],
  ['Søger lagerplads til paller', 'Ca. 30 pallepladser i Holbæk.'],
  ['Transport til Hamborg', 'Daglige ture med plads til 8 paller.'],
  ['Fælles indkøb af strøm', 'Vi vil gerne købe el sammen med andre.'],
  ['Truck kan lejes', 'Gaffeltruck med fører, 2 dage om ugen.'],
  ['Regnskabshjælp', 'Bogholder med ledige timer.'],
  ['Svejsning af rustfrit stål', 'TIG og MIG, små serier.'],
  ['Kursus i førstehjælp', 'For medarbejdere i industrien.'],
] as const;

describe('rank: the early exit for candidates that score 0', () => {
  it('drops exactly the candidates whose full score is 0, and scores the others as before', () => {
    let dropped = 0;
    let kept = 0;
    for (const [si, [st, sd]] of TEXTS.entries()) {
      for (const sourceCategory of LISTING_CATEGORIES) {
        const source = listing({ kind: 'need', category: sourceCategory, title: st, description: sd });
        for (const [ci, [ct, cd]] of TEXTS.entries()) {
          for (const category of LISTING_CATEGORIES) {
            const candidate = listing({ kind: ci % 3 === 0 && si % 2 === 0 ? 'need' : 'offer', category, title: ct, description: cd });
            const full = scoreCandidate(source, candidate, { now }, undefined, true);
            const fast = scoreCandidate(source, candidate, { now }, undefined, false);
            if (fast === null) {
              if (full) {
                expect(full.score, `${st} / ${ct} (${sourceCategory}/${category})`).toBe(0);
                dropped++;
              }
            } else {
              expect(fast.score).toBe(full?.score);
              expect(fast.components).toEqual(full?.components);
              kept++;
            }
          }
        }
      }
    }
    // Both branches are exercised.
    expect(dropped).toBeGreaterThan(100);
    expect(kept).toBeGreaterThan(100);
  }, 60_000);

  it('ranks as before: the pairs with a score are returned', () => {
    const source = listing({ kind: 'need', category: 'logistics', title: 'Transport af paller til Hamborg', description: 'Hver uge 8 paller.' });
    const candidates = TEXTS.flatMap(([title, description]) => LISTING_CATEGORIES.map((category) => listing({ category, title, description })));
    const result = rank(source, candidates, { now, top: 100 });
    const expected = candidates
      .map((c) => scoreCandidate(source, c, { now }, undefined, true))
      .filter((m) => m && m.score > 0)
      .map((m) => m!.listing.id);
    expect(result.matches.map((m) => m.listing.id).sort()).toEqual(expected.sort());
  });
});

describe('rank: analysis caches bounded by memory', () => {
  it('keeps the texts and analyses it holds under its byte budgets, however long the texts', () => {
    const budget = { textBytes: 2 ** 20, listingBytes: 2 ** 19 };
    resetAnalysisCaches(budget);
    try {
      // ~8 KB a text: 1 MiB of texts and analyses holds ~100 of them, far below the caches' counts.
      const long = 'plast svejsning transport lager truck '.repeat(100);
      const text = (i: number) => ({ id: `long${i}`, title: `Tekst ${i}`, description: long + i, language: 'da', category: 'capacity' }) as const;
      for (let i = 0; i < 400; i++) analyzeListing(text(i));
      const stats = analysisCacheStats();
      expect(stats.textBytes).toBeGreaterThan(budget.textBytes / 2);
      expect(stats.textBytes).toBeLessThanOrEqual(budget.textBytes);
      expect(stats.listingBytes).toBeLessThanOrEqual(budget.listingBytes);
      expect(stats.texts).toBeLessThan(200);
      expect(stats.listings).toBeLessThan(200);
      // The most recent are still there: a second look is a cache hit (the same object).
      expect(analyzeListing(text(399))).toBe(analyzeListing({ ...text(399), id: 'other' }));
    } finally {
      resetAnalysisCaches();
    }
  }, 60_000);
});
