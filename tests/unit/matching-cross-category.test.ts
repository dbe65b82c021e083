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

describe('category prior lifted by the texts (categoryWithEvidence)', () => {
  it('leaves the same category and listed pairs alone, lifts an unlisted pair as the text rises', async () => {
    const { categoryWithEvidence, combine, EVIDENCE_TEXT, TEXT_FULL } = await import('@/lib/matching/score');
    const { CROSS_CATEGORY_PRIOR } = await import('@/lib/matching/pair-rules');
    expect(categoryWithEvidence(1, 0.9)).toBe(1);
    expect(categoryWithEvidence(0.6, 0.9)).toBe(0.6);
    expect(categoryWithEvidence(0, 0.9)).toBe(0);
    expect(categoryWithEvidence(CROSS_CATEGORY_PRIOR, TEXT_FULL)).toBe(CROSS_CATEGORY_PRIOR);
    expect(categoryWithEvidence(CROSS_CATEGORY_PRIOR, EVIDENCE_TEXT)).toBe(1);
    const mid = categoryWithEvidence(CROSS_CATEGORY_PRIOR, (TEXT_FULL + EVIDENCE_TEXT) / 2);
    expect(mid).toBeGreaterThan(CROSS_CATEGORY_PRIOR);
    expect(mid).toBeLessThan(1);
    // A pair across unlisted categories whose texts clearly fit scores as if filed alike; one
    // whose texts fit only weakly keeps the prior's handicap.
    const c = { geo: 0.5, sector: 0.5, window: 0.5, quantity: 0.5, freshness: 1 };
    expect(combine({ ...c, category: CROSS_CATEGORY_PRIOR, text: 0.8 })).toBe(combine({ ...c, category: 1, text: 0.8 }));
    expect(combine({ ...c, category: CROSS_CATEGORY_PRIOR, text: 0.25 })).toBeLessThan(combine({ ...c, category: 1, text: 0.25 }));
  });

  it('scores a partner whose text clearly fits the same whether its firm filed it under the need’s category or an unlisted one', () => {
    const need = l({
      id: 'n',
      kind: 'need',
      category: 'materials',
      title: 'Logoer broderet på 300 arbejdsjakker',
      description: 'Vi skal have broderet vores logo på 300 jakker.',
    });
    const asEquipment = l({
      id: 'p',
      kind: 'offer',
      category: 'equipment',
      title: 'Broderimaskine med ledige dage',
      description: 'Vi broderer logoer på arbejdstøj og jakker.',
      lat: 55.7,
    });
    const asMaterials = { ...asEquipment, id: 'q', companyId: 'c-q', category: 'materials' as const };
    const r = rank(need, [asEquipment, asMaterials], { now, radiusKm: 25 });
    const score = (id: string) => r.matches.find((m) => m.listing.id === id)?.score;
    expect(score('p')).toBeGreaterThan(0.5);
    // Equal but for the category's implied concept in the text (equipment: machine).
    expect(Math.abs((score('p') ?? 0) - (score('q') ?? 0))).toBeLessThan(0.01);
  });
});
