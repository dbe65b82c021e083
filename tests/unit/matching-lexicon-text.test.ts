// The lexicon in the text score (lib/matching/normalize.ts wordLexFeatures, score.ts LEX_SHARE):
// words the hand-written thesaurus does not know meet across languages and synonyms through their
// WordNet senses (lexicon.ts). The examples are things the thesaurus has no concept for (bicycles,
// ladders), so these tests exercise the lexicon, not the thesaurus.
import { describe, expect, it } from 'vitest';
import { LEX_MAX_KEYS, LEX_WORD_MASS, analyzeListingText, analyzeText, wordLexFeatures } from '@/lib/matching/normalize';
import { textScore } from '@/lib/matching/score';
import { specificity } from '@/lib/matching/specificity';
import { analyzeListing, rank } from '@/lib/matching/rank';
import type { MatchListing } from '@/lib/matching/types';

const a = (text: string, lang: string) => analyzeListingText(text, '', lang);

describe('lexical keys in the text score', () => {
  it('the examples share no thesaurus concept (the lexicon, not the thesaurus, makes them meet)', () => {
    const bikeFi = a('Myydään polkupyöriä', 'fi');
    const bikeEn = a('Bicycles needed', 'en');
    expect([...bikeFi.concepts]).toEqual([]);
    expect([...bikeEn.concepts]).toEqual([]);
    const ladderDa = a('Vi låner en stige ud', 'da');
    const ladderEn = a('We need a ladder', 'en');
    expect([...ladderDa.concepts].filter((c) => ladderEn.concepts.has(c))).toEqual([]);
  });

  it('a Finnish and an English text about the same thing the thesaurus lacks now score > 0', () => {
    expect(textScore(a('Myydään polkupyöriä', 'fi'), a('Bicycles needed', 'en')).score).toBeGreaterThan(0.1);
  });

  it('a Danish and an English text about a ladder score > 0', () => {
    expect(textScore(a('Vi låner en stige ud', 'da'), a('We need a ladder', 'en')).score).toBeGreaterThan(0.1);
  });

  it('unrelated texts do not gain', () => {
    const pairs: [string, string, string, string][] = [
      ['Myydään polkupyöriä', 'fi', 'Piano lessons for children', 'en'],
      ['Myydään polkupyöriä', 'fi', 'Umbrellas for sale', 'en'],
      ['Lainaan tikkaat', 'fi', 'Piano lessons for children', 'en'],
      ['Vi låner en stige ud', 'da', 'Piano lessons for children', 'en'],
      ['Lainaan tikkaat', 'fi', 'Accounting help wanted', 'en'],
    ];
    for (const [x, lx, y, ly] of pairs) expect(textScore(a(x, lx), a(y, ly)).score, `${x} | ${y}`).toBe(0);
  });

  it('never lowers a score: shared concepts and words count as before, lexical keys only add', () => {
    const x = a('Pulverlakering af stålemner, cykelstel', 'da');
    const y = a('Powder coating of steel parts and bicycle frames', 'en');
    const without = (t: ReturnType<typeof a>) => ({ ...t, lexWeights: new Map<string, number>() });
    const withLex = textScore(x, y).score;
    expect(withLex).toBeGreaterThanOrEqual(textScore(without(x), without(y)).score);
  });

  it('adds no lexical keys for words the thesaurus maps to a concept', () => {
    expect(analyzeText('trukki', 'fi').concepts.size).toBeGreaterThan(0);
    expect(analyzeText('trukki', 'fi').lexWeights.size).toBe(0);
  });

  it('caps what one word brings: few keys, bounded mass, no too-general keys', () => {
    for (const [w, lang] of [
      ['varasto', 'fi'],
      ['polkupyoria', 'fi'],
      ['ladder', 'en'],
      ['stige', 'da'],
    ] as const) {
      const f = wordLexFeatures(w, lang);
      expect(f.length).toBeLessThanOrEqual(LEX_MAX_KEYS);
      expect(f.reduce((s, [, x]) => s + x, 0)).toBeLessThanOrEqual(LEX_WORD_MASS + 1e-9);
    }
    expect(wordLexFeatures('xq', 'en')).toEqual([]);
    expect(wordLexFeatures('polkupyoria', 'sv')).toEqual([]);
  });
});

const now = new Date('2026-02-01T12:00:00Z');
let n = 0;
const l = (over: Partial<MatchListing>): MatchListing => ({
  id: `x${++n}`,
  companyId: `c${n}`,
  kind: 'offer',
  category: 'materials',
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

describe('lexical keys in the ranking', () => {
  it('ranks a Finnish offer of bicycles for an English need for bicycles (the thesaurus knows neither word)', () => {
    const need = l({ id: 'need', companyId: 'N', kind: 'need', title: 'Bicycles for our staff', description: 'We want a few used bicycles.' });
    const bikes = l({ id: 'bikes', language: 'fi', title: 'Käytettyjä polkupyöriä', description: 'Kymmenen polkupyörää ylijäämänä.', distanceKm: 10 });
    const pianos = l({ id: 'pianos', title: 'Pianos', description: 'Two pianos to give away.', distanceKm: 2 });
    const result = rank(need, [pianos, bikes], { now, radiusKm: 25 });
    expect(result.matches[0]?.listing.id).toBe('bikes');
    expect(result.matches[0]?.components.text).toBeGreaterThan(0.1);
  });

  it('discounts lexical keys that many candidates carry (specificity)', () => {
    const source = analyzeListing(l({ kind: 'need', title: 'Bicycles needed' }));
    const sample = Array.from({ length: 60 }, (_, i) => analyzeListing(l({ language: 'fi', title: i % 2 ? `Polkupyöriä ${i}` : `Tulostus ${i}` })));
    const spec = specificity(source, sample);
    expect(spec.lex?.length).toBe(source.lexVector.ids.length);
    expect(Math.min(...spec.lex!)).toBeLessThan(0.5);
  });
});
