// What the database stage asks for and what is stored per ranking.
import { describe, expect, it } from 'vitest';
import { LISTING_CATEGORIES } from '@/db/schema';
import { storedRows } from '@/lib/matching/engine';
import { candidateFilters, pairTypesFor, walkCompatible } from '@/lib/matching/pair-rules';
import type { RankResult } from '@/lib/matching/rank';
import type { MatchListing } from '@/lib/matching/types';

describe('candidateFilters', () => {
  it('walks exactly the kinds and the same or listed compatible categories the pair rules accept', () => {
    for (const kind of ['offer', 'need'] as const) {
      for (const category of LISTING_CATEGORIES) {
        const filters = candidateFilters({ kind, category }, LISTING_CATEGORIES);
        for (const otherKind of ['offer', 'need'] as const) {
          for (const otherCategory of LISTING_CATEGORIES) {
            const asked = filters.some((f) => f.kind === otherKind && f.categories.includes(otherCategory));
            // Other categories pair too (category is a prior), but come from the text candidate source.
            const accepted =
              pairTypesFor({ kind, category }, { kind: otherKind, category: otherCategory }).length > 0 &&
              (kind === otherKind || walkCompatible(category, otherCategory));
            expect(asked, `${kind}/${category} → ${otherKind}/${otherCategory}`).toBe(accepted);
          }
        }
      }
    }
  });
});

describe('storedRows', () => {
  const l = (id: string): MatchListing => ({
    id,
    companyId: `c-${id}`,
    kind: 'need',
    category: 'purchasing',
    title: id,
    description: '',
    language: 'da',
    status: 'open',
    updatedAt: new Date(),
  });
  const components = { category: 1, text: 1, geo: 1, sector: 1, window: 1, quantity: 1, freshness: 1 };
  const pair = (id: string, type: 'pair' | 'pooling', score: number) => ({ listing: l(id), type, score, components, reasons: [], sharedConcepts: [] });

  it('stores pairs and groups, one row per partner and type: a pooling group replaces its members’ pooling pairs', () => {
    const result: RankResult = {
      matches: [pair('a', 'pooling', 0.8), pair('b', 'pooling', 0.6), pair('c', 'pair', 0.5)],
      pooling: [{ type: 'pooling', listings: [l('a'), l('b')], score: 0.7, reasons: [{ key: 'pooling', values: { count: 3 } }] }],
      bundles: [
        { type: 'bundling', listings: [l('c'), l('d')], score: 0.5, reasons: [] },
        { type: 'bundling', listings: [l('c'), l('e')], score: 0.4, reasons: [] },
      ],
    };
    const rows = storedRows(result);
    expect(rows.map((r) => `${r.type}|${r.otherListingId}|${r.groupListingIds.join('+')}`)).toEqual(['pair|c|', 'pooling|a|a+b', 'bundling|c|c+d']);
    expect(new Set(rows.map((r) => `${r.type}|${r.otherListingId}`)).size).toBe(rows.length);
  });
});
