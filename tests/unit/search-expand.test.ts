import { describe, expect, it } from 'vitest';
import { expandSearchTerm, geoCell, naceCodesFor, placeFor, searchConcepts } from '@/lib/search/expand';
import { foldTerm } from '@/lib/matching/thesaurus';

describe('expandSearchTerm (search words through the matching thesaurus, categories, NACE, places)', () => {
  it('a trade word stands for its concept in every language, and for its category', () => {
    const e = expandSearchTerm('vognmand');
    expect(e.prefixes).toEqual(expect.arrayContaining(['fragt', 'kuljetus', 'haulage', 'transport']));
    expect(e.lexemes).toContain('cat logistics');
    // A Finnish word reaches the Danish ones.
    expect(expandSearchTerm('kuljetus').prefixes).toContain('vognmand');
  });

  it('a broader concept reaches its narrower ones ("plastik" → injection moulding)', () => {
    expect(expandSearchTerm('plastik').prefixes).toEqual(expect.arrayContaining(['plast', 'muovi', 'sprøjtestøb']));
  });

  it("reads a search word strictly: no concept from a compound's part or a word inside it", () => {
    expect(searchConcepts(foldTerm('fremstilling'))).toEqual([]); // not "stilling" (staff)
    expect(searchConcepts(foldTerm('stålramme'))).toEqual([]); // a steel frame is not every steel thing
    expect(searchConcepts(foldTerm('vognmanden'))).toEqual(['transport']);
  });

  it('category names in Danish, English and Finnish', () => {
    expect(expandSearchTerm('purchasing').lexemes).toContain('cat purchasing');
    expect(expandSearchTerm('tilat').lexemes).toContain('cat premises');
    expect(expandSearchTerm('logistik').lexemes).toContain('cat logistics');
  });

  it('NACE names: a word, a compound it starts and a compound it ends, folded into groups', () => {
    expect(naceCodesFor('vejgodstransport')).toEqual(['49.4']); // the group (49.41 is in it)
    expect(naceCodesFor('tavarakuljetus')).toContain('49.4');
    // "transport" names division 49 (and its classes only through it).
    const transport = naceCodesFor('transport');
    expect(transport).toContain('49');
    expect(transport).not.toContain('49.41');
    // Too general to say anything about a trade.
    expect(naceCodesFor('fremstilling')).toEqual([]);
  });

  it('places: a town, "Stor-" + a town, another language\'s name; grid cells around it and nearby towns', () => {
    expect(placeFor('kobenhavn')?.name).toBe('københavn');
    expect(placeFor('storkobenhavn')?.name).toBe('københavn');
    expect(placeFor('copenhagen')?.name).toBe('københavn');
    expect(placeFor('svejsning')).toBeNull();
    const e = expandSearchTerm('københavn');
    expect(e.words).toEqual(expect.arrayContaining(['storkøbenhavn', 'frederiksberg', 'glostrup']));
    // Copenhagen's town hall square is in its own cell; Holbæk (60 km) is not near.
    expect(e.lexemes).toContain(geoCell(55.6761, 12.5683));
    expect(e.lexemes).not.toContain(geoCell(55.7156, 11.7225));
  });

  it('returns only letters and digits or fixed lexemes (nothing becomes tsquery syntax)', () => {
    for (const w of ['vognmand', 'plastik', 'københavn', 'purchasing', 'transport']) {
      const e = expandSearchTerm(w);
      for (const x of [...e.prefixes, ...e.words]) expect(x).toMatch(/^[\p{L}\p{N}]+$/u);
      for (const l of e.lexemes) expect(l).toMatch(/^(cat [a-z]+|nace [0-9.]+|geo -?\d+ -?\d+)$/);
    }
  });
});
