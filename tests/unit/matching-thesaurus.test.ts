import { describe, expect, it } from 'vitest';
import { analyzeText, wordConcepts } from '@/lib/matching/normalize';
import { CONCEPT_GROUPS, buildThesaurus, conceptWeight, foldTerm, inflectionStems, isFormConcept, parseTerm, thesaurus } from '@/lib/matching/thesaurus';

const concepts = (text: string, lang: string) => [...analyzeText(text, lang).concepts];
const group = (id: string, terms: string[], extra: object = {}) => ({ id, labels: { da: id, en: id, fi: id }, terms, ...extra });

describe('thesaurus structure', () => {
  it('has unique ids, labels in three languages, known parents and sane weights', () => {
    const ids = new Set(CONCEPT_GROUPS.map((g) => g.id));
    expect(ids.size).toBe(CONCEPT_GROUPS.length);
    expect(CONCEPT_GROUPS.length).toBeGreaterThan(250);
    for (const g of CONCEPT_GROUPS) {
      for (const l of ['da', 'en', 'fi'] as const) expect(g.labels[l], g.id).toBeTruthy();
      for (const p of [g.parent ?? []].flat()) expect(ids.has(p), `${g.id} → ${p}`).toBe(true);
      expect(g.weight ?? 1).toBeGreaterThan(0);
      expect(g.weight ?? 1).toBeLessThanOrEqual(1);
      expect(g.terms.length, g.id).toBeGreaterThan(0);
    }
  });

  it('lists ancestors nearest first, with their depth, through several parents', () => {
    const th = thesaurus();
    expect(th.ancestors.get('five-axis')).toEqual([
      ['milling', 1],
      ['machining', 2],
    ]);
    expect(
      th.ancestors
        .get('lorry')
        ?.map(([id]) => id)
        .sort(),
    ).toEqual(['transport', 'vehicle']);
    expect(th.ancestors.get('lorry')?.every(([, d]) => d === 1)).toBe(true);
  });

  it('marks forms of cooperation and broad concepts', () => {
    expect(isFormConcept('joint-purchasing')).toBe(true);
    expect(isFormConcept('steel')).toBe(false);
    expect(conceptWeight('machine')).toBeLessThan(conceptWeight('powder-coating'));
  });
});

describe('terms', () => {
  it('parses language tags, whole-word marks and folds å as aa (with a plain-a variant)', () => {
    expect(parseTerm('da:truck')).toMatchObject({ langs: ['da'], folded: 'truck', exact: false });
    expect(parseTerm('da|fi:some$')).toMatchObject({ langs: ['da', 'fi'], folded: 'some', exact: true });
    expect(parseTerm('el')).toMatchObject({ exact: true });
    expect(parseTerm('måling')).toMatchObject({ folded: 'maaling', variant: 'maling' });
    expect(foldTerm('Powder coat')).toBe('powdercoat');
  });

  it('keeps false friends apart by language', () => {
    expect(concepts('truck', 'da')).toEqual(['forklift']);
    expect(concepts('truck', 'en')).toEqual(['lorry']);
    expect(concepts('some-opslag', 'da')).toContain('social-media');
    expect(concepts('some', 'en')).toEqual([]);
  });

  it('reads Finnish "rahtityö" (contract work) as subcontracting, not freight ("rahti")', () => {
    expect(concepts('rahtityötä', 'fi')).toEqual(['subcontracting']);
    expect(concepts('rahti', 'fi')).toEqual(['transport']);
    expect(concepts('lønarbejde', 'da')).toEqual(['subcontracting']);
  });

  it('keeps "måling" (measuring) and "maling" (paint) apart', () => {
    expect(concepts('måling', 'da')).toEqual(['laboratory']);
    expect(concepts('maling', 'da')).toEqual(['painting']);
  });

  it('derives stems for endings that change rather than add', () => {
    expect(inflectionStems('trukki')).toEqual(expect.arrayContaining(['truki', 'trukke']));
    expect(inflectionStems('laatikko')).toContain('laatiko');
    expect(inflectionStems('kuljetus')).toContain('kuljetuks');
    expect(inflectionStems('machine')).toContain('machin');
    expect(inflectionStems('kone')).toEqual([]);
    for (const [w, c] of [
      ['trukilla', 'forklift'],
      ['laatikoita', 'cardboard'],
      ['kuljetuksen', 'transport'],
      ['teräksen', 'steel'],
      ['sorveja', 'turning'],
    ] as const) {
      expect(concepts(w, 'fi'), w).toContain(c);
    }
  });

  it('lets a longer known word win over a short term it starts with', () => {
    expect(wordConcepts('traening')).toEqual(['training']);
    expect(wordConcepts('automatisk')).toEqual([]);
    expect(concepts('maskinerne', 'da')).toEqual(['machine']);
  });

  it('builds from extra groups, tags and parents', () => {
    const th = buildThesaurus([group('bees', ['biavl', 'fi:mehiläis']), group('honey', ['honning', 'hunaja'], { parent: 'bees', weight: 0.5 })]);
    expect(wordConcepts('biavleren', th, 'da')).toEqual(['bees']);
    expect(wordConcepts('mehilaistarha', th, 'da')).toEqual([]);
    expect(wordConcepts('mehilaistarha', th, 'fi')).toEqual(['bees']);
    const a = analyzeText('honning', 'da', th);
    expect(a.conceptWeights.get('honey')).toBe(0.5);
    expect(a.conceptWeights.get('bees')).toBe(0.5 * 1);
  });
});

// The words of small firms' trades, as they write them: each must reach its concept.
const TRADE_WORDS: [string, string, string][] = [
  ['da', 'Svejsearbejde i rustfrit', 'welding'],
  ['da', 'CNC-fræs', 'milling'],
  ['da', '5-akset bearbejdning', 'five-axis'],
  ['da', 'Kantbukning af plader', 'bending'],
  ['da', 'pulverlakeret', 'powder-coating'],
  ['da', 'varmforzinket', 'galvanizing'],
  ['da', 'truckcertifikat', 'forklift'],
  ['da', 'Lagerhal med porte', 'storage'],
  ['da', 'kølerum', 'cold-storage'],
  ['da', 'Vognmand med ledig kapacitet', 'transport'],
  ['da', 'bogføring og moms', 'bookkeeping'],
  ['da', 'Ny hjemmeside', 'website'],
  ['da', 'Tagdækker', 'roofing'],
  ['da', 'VVS-installatør', 'plumbing'],
  ['da', 'elinstallationer', 'electrician'],
  ['da', 'Sprøjtestøbte emner', 'injection-moulding'],
  ['da', 'Snedkeren', 'joinery'],
  ['da', 'rengøringsfirma', 'cleaning'],
  ['da', 'gylle', 'slurry'],
  ['da', 'mejetærsker', 'harvest'],
  ['da', 'Eksportassistent', 'export'],
  ['da', 'tysktalende', 'german'],
  ['fi', 'Hitsauspalvelut', 'welding'],
  ['fi', 'koneistusta', 'machining'],
  ['fi', 'särmäystä', 'bending'],
  ['fi', 'jauhemaalattu', 'powder-coating'],
  ['fi', 'trukinkuljettaja', 'forklift'],
  ['fi', 'varastotilaa', 'storage'],
  ['fi', 'pakastevarasto', 'frozen-storage'],
  ['fi', 'kuljetuksia', 'transport'],
  ['fi', 'kirjanpitoa', 'bookkeeping'],
  ['fi', 'verkkosivut', 'website'],
  ['fi', 'sähköasennukset', 'electrician'],
  ['fi', 'ruiskuvalu', 'injection-moulding'],
  ['fi', 'puusepänverstas', 'joinery'],
  ['fi', 'siivouspalvelu', 'cleaning'],
  ['fi', 'lietelanta', 'slurry'],
  ['fi', 'puimuri', 'harvest'],
  ['fi', 'vientiassistentti', 'export'],
  ['fi', 'saksan kieli', 'german'],
  ['fi', 'Laserleikkaus', 'laser-cutting'],
  ['fi', 'teräsrakenteet', 'steel-fabrication'],
  ['en', 'welding and fabrication', 'welding'],
  ['en', 'machining centre', 'machining'],
  ['en', 'press brake', 'bending'],
  ['en', 'powder coated', 'powder-coating'],
  ['en', 'forklift driver', 'forklift'],
  ['en', 'warehouse space', 'storage'],
  ['en', 'cold store', 'cold-storage'],
  ['en', 'haulage', 'transport'],
  ['en', 'bookkeeping', 'bookkeeping'],
  ['en', 'web shop', 'website'],
  ['en', 'electrician', 'electrician'],
  ['en', 'injection moulding', 'injection-moulding'],
  ['en', 'joinery', 'joinery'],
  ['en', 'commercial cleaning', 'cleaning'],
  ['en', 'slurry', 'slurry'],
  ['en', 'combine harvester', 'harvest'],
  ['en', 'export assistant', 'export'],
  ['en', 'German-speaking', 'german'],
  ['en', 'laser cutting', 'laser-cutting'],
  ['en', 'structural steel', 'steel-fabrication'],
];

describe('trade vocabulary', () => {
  it.each(TRADE_WORDS)('%s "%s" → %s (or a narrower concept)', (lang, text, concept) => {
    const a = analyzeText(text, lang);
    expect(a.conceptWeights.has(concept), [...a.conceptWeights.keys()].join(', ')).toBe(true);
  });
});
