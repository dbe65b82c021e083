// Cross-category candidates (issue 13): the category is a prior, so a partner filed under a
// category nobody listed as compatible is ranked when the texts fit; and the words the text
// candidate source looks for are the source's telling ones.
import { describe, expect, it } from 'vitest';
import { rank } from '@/lib/matching/rank';
import { CONCEPT_QUERY_TERMS, conceptQueryTerms, TEXT_QUERY_WORDS, textQueryWords } from '@/lib/matching/text-candidates';
import { analyzeListing } from '@/lib/matching/rank';
import type { MatchListing } from '@/lib/matching/types';

const now = new Date('2026-02-01T12:00:00Z');
const l = (over: Partial<MatchListing> & Pick<MatchListing, 'id' | 'kind' | 'category' | 'title' | 'description'>): MatchListing => ({
  companyId: `c-${over.id}`,
  language: 'da',
  status: 'open',
  updatedAt: '2026-01-20T00:00:00Z',
  lat: 55.62,
  lng: 11.6,
  companyNace: [],
  ...over,
});

describe('textQueryWords', () => {
  it('keeps names, compounds and acronyms, leaves out filler and broad words', () => {
    const words = textQueryWords('Transport af maskine og PLC til Hamborg', 'Vi mangler en falsemaskine.', 'da');
    expect(words).toEqual(expect.arrayContaining(['hamborg', 'falsemaskine', 'plc']));
    for (const w of ['transport', 'maskine', 'mangler', 'til']) expect(words).not.toContain(w);
  });
  it('returns only letters and digits, at most TEXT_QUERY_WORDS words', () => {
    const words = textQueryWords('Æbler & pærer: 3 tons!', 'a'.repeat(3) + ' ' + Array.from({ length: 30 }, (_, i) => `ord${'x'.repeat(i)}`).join(' '), 'da');
    expect(words.length).toBeLessThanOrEqual(TEXT_QUERY_WORDS);
    for (const w of words) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
  });
});

describe('conceptQueryTerms', () => {
  it('adds the other languages’ words for the specific concepts the source names, not for broad ones', () => {
    const source = analyzeListing({
      title: 'Makkaroille kylmätilaa joulun alle',
      description: 'Noin 20 lavaa, kuusi viikkoa.',
      language: 'fi',
      category: 'capacity',
    });
    const terms = conceptQueryTerms(source.concepts);
    expect(terms.length).toBeGreaterThan(1);
    expect(terms.length).toBeLessThanOrEqual(CONCEPT_QUERY_TERMS);
    // Words the Finnish text does not use: the concepts' other spellings and languages.
    expect(terms.some((t) => !/kylm|makkar|lava|viikko/.test(t))).toBe(true);
    expect(conceptQueryTerms(['machine', 'transport', 'staff'])).toEqual([]);
  });
});

describe('rank across categories nobody listed as compatible', () => {
  it('ranks a folding machine to lend, filed under materials, for a print shop that needs folding capacity', () => {
    const need = l({
      id: 'need',
      kind: 'need',
      category: 'capacity',
      title: 'Falsning af 40.000 foldere',
      description: 'Vores falsemaskine er brudt sammen, foldere skal falses inden fredag.',
    });
    const lend = l({
      id: 'lend',
      kind: 'offer',
      category: 'materials',
      title: 'Falsemaskine kan lånes',
      description: 'Bogbinderiets falsemaskine står stille om eftermiddagen; I kan låne den eller vi falser foldere for jer.',
      distanceKm: 8,
      via: 'text',
    });
    const other = l({
      id: 'other',
      kind: 'offer',
      category: 'materials',
      title: 'Fælles stand på messe',
      description: 'Vi deler gerne en stand på Hi-messen.',
      distanceKm: 2,
      via: 'text',
    });
    const result = rank(need, [lend, other], { now, radiusKm: 25 });
    expect(result.matches[0]?.listing.id).toBe('lend');
    expect(result.matches[0]?.components.category).toBeLessThan(0.5);
    expect(result.matches.map((m) => m.listing.id)).not.toContain('other');
  });
});
