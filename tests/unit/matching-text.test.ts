import { describe, expect, it } from 'vitest';
import {
  CATEGORY_WEIGHT,
  DESCRIPTION_WEIGHT,
  analyzeListingText,
  analyzeText,
  skeleton,
  splitCompound,
  stem,
  tokenize,
  wordConcepts,
} from '@/lib/matching/normalize';
import { CONCEPT_GROUPS, buildThesaurus, conceptLabel } from '@/lib/matching/thesaurus';
import { textScore } from '@/lib/matching/score';

const concepts = (text: string, lang = 'da') => [...analyzeText(text, lang).concepts].sort();
const parts = (word: string) => splitCompound(word).parts.map((p) => p.stem);

describe('thesaurus', () => {
  it('has at least 40 concept groups with labels in da, en and fi', () => {
    expect(CONCEPT_GROUPS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CONCEPT_GROUPS.map((g) => g.id)).size).toBe(CONCEPT_GROUPS.length);
    for (const g of CONCEPT_GROUPS) for (const l of ['da', 'en', 'fi'] as const) expect(g.labels[l]).toBeTruthy();
    expect(conceptLabel('powder-coating', 'fi')).toBe('jauhemaalaus');
  });

  it('can be extended with extra groups', () => {
    const th = buildThesaurus([
      ...CONCEPT_GROUPS,
      { id: 'bookbinding', labels: { da: 'bogbinding', en: 'bookbinding', fi: 'kirjansidonta' }, terms: ['bogbind', 'kirjansido', 'bookbind'] },
    ]);
    expect(wordConcepts('bogbinderen', th)).toEqual(['bookbinding']);
    expect(wordConcepts('bogbinderen')).toEqual([]);
  });
});

describe('normalize', () => {
  it('tokenizes, folds (å as aa) and drops filler words and listing boilerplate of the language', () => {
    expect(tokenize('Vi søger en SVEJSER til stål', 'da')).toEqual(['svejser', 'staal']);
    expect(tokenize('Ledig el-kapacitet', 'da')).toEqual(['el']);
    expect(tokenize('Tarvitsemme vapaata kapasiteettia hitsaukseen', 'fi')).toEqual(['hitsaukseen']);
  });

  it('keeps acronyms written in capitals even when the word is a filler word', () => {
    expect(tokenize('We can do it with IT', 'en')).toEqual(['it']);
    expect(tokenize('CE marking and PE pipes', 'en')).toEqual(['ce', 'marking', 'pe', 'pipes']);
  });

  it('strips common suffixes per language', () => {
    expect(stem('maskinerne', 'da')).toBe('maskin');
    expect(stem('pallerne', 'da')).toBe('pall');
    expect(stem('varastossa', 'fi')).toBe('varasto');
    expect(stem('welding', 'en')).toBe('weld');
    expect(stem('welded', 'en')).toBe('weld');
  });

  it('splits Danish and Finnish compounds into known stems', () => {
    expect(parts('plastemner')).toEqual(['plast', 'emner']);
    expect(parts('pulverlakeringsanlaeg')).toEqual(['pulverlakering', 'anlaeg']);
    expect(parts('ruiskuvalukone')).toEqual(['ruiskuvalu', 'kone']);
    expect(wordConcepts('sprojtestobte')).toEqual(['injection-moulding']);
    expect(wordConcepts('kunststofsvejsning').sort()).toEqual(['plastic', 'welding']);
    expect(wordConcepts('hitsaustyot')).toEqual(['welding']);
    // An unknown first part and a short head: a shop window is glass.
    expect(wordConcepts('butiksrude', undefined, 'da')).toEqual(['glass']);
    expect(wordConcepts('butiksruden', undefined, 'da')).toEqual(['glass']);
    // Only in Danish: a Finnish plural genitive is not a compound ending in "sten" (stone).
    expect(wordConcepts('lahetysten', undefined, 'fi')).toEqual([]);
  });

  it('does not find a concept buried inside an unrelated word', () => {
    expect(wordConcepts('installere')).not.toContain('steel');
    expect(wordConcepts('traening')).toEqual(['training']);
    expect(wordConcepts('mig')).toEqual([]);
    expect(concepts('Vi kan hjælpe med det')).toEqual([]);
    // A known word after a letter or two is not the head of a compound: flocks are not locks.
    expect(wordConcepts('blocks', undefined, 'en')).not.toContain('locks-doors');
    expect(wordConcepts('flocks', undefined, 'en')).not.toContain('locks-doors');
    // Screens are not cutting ("skær-me"): the longer known stem wins.
    expect(wordConcepts('skaerme', undefined, 'da')).toEqual(['it-hardware']);
  });
});

describe('cross-language concepts', () => {
  it('plastik ↔ muovi ↔ plastic', () => {
    for (const [t, l] of [
      ['plastikemner', 'da'],
      ['muoviosat', 'fi'],
      ['plastic parts', 'en'],
    ] as const)
      expect(concepts(t, l)).toContain('plastic');
  });

  it('svejsning ↔ hitsaus ↔ welding, in any inflection', () => {
    for (const [t, l] of [
      ['svejsning', 'da'],
      ['svejser søges', 'da'],
      ['hitsaajaa tarvitaan', 'fi'],
      ['hitsauksen', 'fi'],
      ['welder wanted', 'en'],
      ['welded frames', 'en'],
    ] as const) {
      expect(concepts(t, l), t).toContain('welding');
    }
  });

  it('pulverlakering ↔ jauhemaalaus ↔ powder coating (two English words)', () => {
    expect(concepts('pulverlakeringsanlæg')).toEqual(['powder-coating']);
    expect(concepts('jauhemaalauslinja', 'fi')).toEqual(['powder-coating']);
    expect(concepts('powder coating line', 'en')).toContain('powder-coating');
  });

  it('"tysktalende eksportassistent" ↔ "German-speaking export assistant"', () => {
    const da = analyzeText('Tysktalende eksportassistent', 'da');
    const en = analyzeText('German-speaking export assistant', 'en');
    expect([...da.concepts].sort()).toEqual(['assistant', 'export', 'german']);
    expect([...en.concepts].sort()).toEqual(['assistant', 'export', 'german']);
    // an assistant is a kind of staff: the broader concept weighs in, at half
    expect(da.conceptWeights.get('staff')).toBeGreaterThan(0);
    expect(textScore(da, en).score).toBeGreaterThan(0.7);
  });

  it('scores related texts above unrelated ones across languages', () => {
    const need = analyzeText('Vi søger ledig kapacitet til sprøjtestøbning af plastemner', 'da');
    const offer = analyzeText('Vapaata ruiskuvalukapasiteettia muoviosille', 'fi');
    const other = analyzeText('Regnskab og bogføring for små firmaer', 'da');
    expect(textScore(need, offer).score).toBeGreaterThan(0.5);
    expect(textScore(need, other).score).toBe(0);
    expect(textScore(need, offer).shared.sort()).toEqual(['injection-moulding', 'plastic']);
  });
});

describe('phrases, weights and word beginnings', () => {
  it('reads a two-word term that starts with a filler word ("spare parts": "spare" says nothing in "spare capacity")', () => {
    expect(concepts('Spare parts for Volvo trucks', 'en')).toContain('spare-parts');
    expect(concepts('Spare capacity on our lathe', 'en')).not.toContain('spare-parts');
  });

  it('reads a two-word term as one thing, replacing its words’ own readings', () => {
    expect(concepts('El-installatør med ledig tid')).toEqual(['electrician']);
    expect(concepts('Ledig el-kapacitet')).toEqual(['electricity']);
    expect(concepts('powder coating line', 'en')).toEqual(['powder-coating']);
    expect(concepts('fork lift for hire', 'en')).toContain('forklift');
    expect(concepts('fork lift for hire', 'en')).not.toContain('aerial-lift');
  });

  it('weighs concepts by how telling they are, ancestors at half per level', () => {
    const a = analyzeText('5-akset fræsning', 'da');
    expect(a.conceptWeights.get('five-axis')).toBe(1);
    expect(a.conceptWeights.get('milling')).toBe(1);
    expect(a.conceptWeights.get('machining')).toBeCloseTo(0.8 * 0.5);
    expect(analyzeText('maskiner', 'da').conceptWeights.get('machine')).toBe(0.25);
  });

  it('counts the title above the description and adds what the category implies', () => {
    const l = analyzeListingText('Pulverlakering', 'Vi sandblæser også.', 'da', 'capacity');
    expect(l.conceptWeights.get('powder-coating')).toBe(1);
    expect(l.conceptWeights.get('sandblasting')).toBeCloseTo(DESCRIPTION_WEIGHT);
    const t = analyzeListingText('Plads til 8 paller til Aarhus', '', 'da', 'logistics');
    expect(t.conceptWeights.get('transport')).toBe(CATEGORY_WEIGHT);
    expect(t.concepts.has('transport')).toBe(false);
  });

  it('keeps words and spelling-skeleton beginnings, not bare numbers', () => {
    const a = analyzeText('Kompressor 5000 Aarhus', 'da');
    expect(a.stems.has('5000')).toBe(false);
    expect(a.stemWeights.get('~kompr')).toBe(0.5);
    expect(analyzeText('Compressor', 'en').stemWeights.has('~kompr')).toBe(true);
    expect(analyzeText('kompressori', 'fi').stemWeights.has('~kompr')).toBe(true);
    expect(skeleton('certification')).toBe(skeleton('sertification'));
    expect(skeleton('pallett')).toBe('palet');
  });
});
