// The text candidate source's search terms (issue 13): a concept's terms are chosen by the source's
// language and as whole words a full-text index holds, not as the first two of the concept's
// mixed-language list; long compounds add their parts. Each case failed with the first-two choice.
import { describe, expect, it } from 'vitest';
import { completeWord, isHeadword } from '@/lib/matching/lexicon';
import { analyzeListing } from '@/lib/matching/rank';
import { COMPOUND_PART_TERMS, CONCEPT_QUERY_TERMS, compoundPartTerms, conceptQueryTerms, conceptTermsFor, termLanguage } from '@/lib/matching/text-candidates';

const conceptsOf = (title: string, description: string, language: string) => analyzeListing({ title, description, language, category: 'materials' }).concepts;

describe('termLanguage', () => {
  it('tells a term’s language by its tag, its letters or the one dictionary that knows it', () => {
    expect(termLanguage('fi:kone')).toBe('fi');
    expect(termLanguage('kølerum')).toBe('da');
    expect(termLanguage('kylmähuone')).toBe('fi');
    expect(termLanguage('embroidery')).toBe('en');
  });
});

describe('lexicon helpers', () => {
  it('knows headwords per language and completes a prefix stem to the dictionary’s word', () => {
    expect(isHeadword('embroidered', 'en')).toBe(true);
    expect(isHeadword('kaivertaa', 'da')).toBe(false);
    expect(completeWord('kylmävarast', 'fi')).toBe('kylmavarasto');
    expect(completeWord('zzzzqx', 'fi')).toBeUndefined();
  });
});

describe('conceptTermsFor', () => {
  it('puts the source language’s whole words first and leaves prefix fragments out', () => {
    const en = conceptTermsFor('textile-printing', 'en').map((t) => t.term);
    expect(en.slice(0, 3)).toEqual(['kirjailtu', 'embroidery', 'embroidered']);
    // "kirjail" is the beginning of "kirjailtu" and no word: as a whole word it matches nothing.
    expect(en).not.toContain('kirjail');
    expect(en).toContain('kirjailtu');
    const fi = conceptTermsFor('cold-storage', 'fi').map((t) => t.term);
    // The prefix term "kylmävarast" completed by the Finnish dictionary, with its own letters.
    expect(fi[0]).toBe('kylmävarasto');
    expect(fi.slice(0, 4).every((t) => /kylm|jäähd|viileä/.test(t))).toBe(true);
  });
});

describe('conceptQueryTerms', () => {
  it('finds embroidery for logos stitched on jackets (an English need, an English partner)', () => {
    const terms = conceptQueryTerms(conceptsOf('Logos stitched on 300 work jackets', 'We need the company logo embroidered on the chest.', 'en'), 'en');
    expect(terms).toContain('embroidery');
    expect(terms.length).toBeLessThanOrEqual(CONCEPT_QUERY_TERMS);
  });

  it('gives a Finnish cold room need the Finnish words first, then one of another language', () => {
    const terms = conceptQueryTerms(conceptsOf('Makkaroille kylmätilaa joulun alle', 'Noin 20 lavaa, kuusi viikkoa.', 'fi'), 'fi');
    expect(terms.slice(0, 2)).toEqual(['kylmävarasto', 'kylmiö']);
    expect(terms.some((t) => !/kylm/.test(t))).toBe(true);
    expect(terms.length).toBeLessThanOrEqual(CONCEPT_QUERY_TERMS);
  });

  it('keeps a word in its own right that begins another term ("flis" beside "flisfyr")', () => {
    const concepts = conceptsOf('Billig træflis til gårdens fyr', 'Vi søger flis.', 'da');
    expect(concepts.flatMap((c) => conceptTermsFor(c, 'da').map((t) => t.term))).toContain('flis');
  });

  it('takes the most specific concept first and repeats none of the source’s own words', () => {
    const concepts = conceptsOf('Logos stitched on 300 work jackets', 'embroidered', 'en');
    const terms = conceptQueryTerms(concepts, 'en', ['embroidery']);
    expect(terms).not.toContain('embroidery');
    expect(terms).toContain('embroidered');
    expect(conceptQueryTerms(['machine', 'transport', 'staff'], 'da')).toEqual([]);
  });
});

describe('compoundPartTerms', () => {
  it('splits a long Finnish compound into its dictionary words, at most COMPOUND_PART_TERMS', () => {
    const parts = compoundPartTerms('Laserkaiverrin vapaana iltaisin', 'Lahjarasioihin ja muuhun.', 'fi');
    expect(parts).toEqual(['laser', 'kaiverrin']);
    expect(parts.length).toBeLessThanOrEqual(COMPOUND_PART_TERMS);
  });
  it('adds nothing for English or for words the source already looks for', () => {
    expect(compoundPartTerms('Embroiderymachine', '', 'en')).toEqual([]);
    expect(compoundPartTerms('Laserkaiverrin', '', 'fi', ['laser', 'kaiverrin'])).toEqual([]);
  });
});
