import { describe, expect, it } from 'vitest';
import { mergeVocabularies, unknownWords, vocabularyRewriter } from '@/lib/matching/vocabulary';
import { stopWordSchema, synonymSchema } from '@/lib/validations/vocabulary';

describe("a network's vocabulary as a text rewrite", () => {
  it('teaches nothing when empty', () => {
    expect(vocabularyRewriter(undefined)).toBeUndefined();
    expect(vocabularyRewriter({ synonyms: [], stopWords: [] })).toBeUndefined();
  });

  it('drops stop words and reads a synonym as the group word the engine knows', () => {
    const rewrite = vocabularyRewriter({ synonyms: [['simatic', 'plc']], stopWords: ['diverse'] })!;
    // "plc" is a thesaurus term, so it is the group's word even though it is written second.
    expect(rewrite('Vores Simatic-anlæg og diverse opgaver')).toBe('Vores plc-anlæg og  opgaver');
    expect(rewrite('Hjælp til Simatic')).toBe('Hjælp til plc');
    expect(rewrite('PLC og diversebånd')).toBe('PLC og diversebånd');
  });

  it('falls back to the first word when the engine knows none of the group', () => {
    const rewrite = vocabularyRewriter({ synonyms: [['qqfoo', 'qqbar']], stopWords: [] }, () => false)!;
    expect(rewrite('qqbar qqfoo')).toBe('qqfoo qqfoo');
  });

  it('merges the vocabularies of a firm’s networks', () => {
    expect(mergeVocabularies([{ synonyms: [['a1', 'b1']], stopWords: ['x1'] }, undefined, { synonyms: [], stopWords: ['x1', 'y1'] }])).toEqual({
      synonyms: [['a1', 'b1']],
      stopWords: ['x1', 'y1'],
    });
  });
});

describe('unknown words of a network', () => {
  const texts = [
    { title: 'Simatic service', description: 'Diverse opgaver og svejsning', language: 'da' },
    { title: 'Simatic reservedele', description: 'Diverse', language: 'da' },
    { title: 'Brug for svejsning', description: 'og simatic', language: 'da' },
  ];
  it('counts words without a concept once per listing, leaves out filler, known and taught words', () => {
    const words = unknownWords(texts, { synonyms: [], stopWords: ['diverse'] });
    expect(words[0]).toEqual({ word: 'simatic', count: 3 });
    expect(words.map((w) => w.word)).not.toContain('svejsning');
    expect(words.map((w) => w.word)).not.toContain('og');
    expect(words.map((w) => w.word)).not.toContain('diverse');
  });
});

describe('vocabulary forms', () => {
  it('refuses a group of one word and a phrase, with catalogue keys', () => {
    const one = synonymSchema.safeParse({ networkRef: 'n', words: 'plc, PLC' });
    expect(one.success).toBe(false);
    expect(one.error?.issues[0]?.message).toBe('vocabulary.errors.twoWords');
    const phrase = stopWordSchema.safeParse({ networkRef: 'n', word: 'to ord' });
    expect(phrase.error?.issues[0]?.message).toBe('vocabulary.errors.oneWord');
    expect(stopWordSchema.parse({ networkRef: 'n', word: '  Diverse ' }).word).toBe('diverse');
  });
});
