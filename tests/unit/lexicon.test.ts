import { describe, expect, it } from 'vitest';
import { foldWord, lexicalKeys, loadLexicon, morphy, type LexLang } from '@/lib/matching/lexicon';

const keys = (word: string, lang: LexLang) => new Map(lexicalKeys(word, lang).map((k) => [k.key, k.weight]));

/** Keys that every word shares, with the smallest weight any of them gives it. */
function shared(...words: [string, LexLang][]): Map<string, number> {
  const [first, ...rest] = words.map(([w, l]) => keys(w, l));
  const out = new Map<string, number>();
  for (const [k, w] of first!) {
    if (rest.every((m) => m.has(k))) out.set(k, Math.min(w, ...rest.map((m) => m.get(k)!)));
  }
  return out;
}

const best = (m: Map<string, number>) => Math.max(0, ...m.values());

describe('lexicon: data and API', () => {
  it('loads the committed data files once and answers WordNet synset keys with weights in (0, 1]', () => {
    const lex = loadLexicon();
    expect(loadLexicon()).toBe(lex);
    expect(lex.en.size).toBeGreaterThan(50_000);
    const k = lexicalKeys('forklift', 'en');
    expect(k.length).toBeGreaterThan(0);
    for (const { key, weight } of k) {
      expect(key).toMatch(/^wn:\d{8}-[nv]$/);
      expect(weight).toBeGreaterThan(0);
      expect(weight).toBeLessThanOrEqual(1);
    }
    // a direct first sense weighs 1, hypernyms less
    expect(k[0]!.weight).toBe(1);
    expect(k.at(-1)!.weight).toBeLessThan(1);
    expect(lexicalKeys('forklift', 'en')).toBe(k); // memoized
  });

  it('knows nothing about nonsense and empty words', () => {
    expect(lexicalKeys('xqzzvk', 'en')).toEqual([]);
    expect(lexicalKeys('xqzzvk', 'da')).toEqual([]);
    expect(lexicalKeys('', 'fi')).toEqual([]);
  });

  it('folds as the engine does, so folded and unfolded input agree', () => {
    expect(foldWord('Kølerum')).toBe('kolerum');
    expect(foldWord('Håndværker')).toBe('haandvaerker');
    expect(foldWord('kylmähuone')).toBe('kylmahuone');
    expect(lexicalKeys('leipomossa', 'fi')).toEqual(lexicalKeys('leipomossa'.toUpperCase(), 'fi'));
    expect(lexicalKeys('bageri', 'da')).toEqual(lexicalKeys('BAGERI', 'da'));
  });

  it('lemmatizes English like WordNet morphy: regular suffixes and the exception lists', () => {
    expect(morphy('warehouses', 'n')).toEqual(['warehouse']);
    expect(morphy('welding', 'v')).toEqual(['weld']);
    expect(morphy('mice', 'n')).toContain('mouse');
    expect(morphy('shipped', 'v')).toContain('ship');
    expect(morphy('sales', 'n')).toEqual(expect.arrayContaining(['sales', 'sale']));
  });
});

describe('lexicon: the same thing in Danish, Finnish and English shares a key', () => {
  it('forklift: gaffeltruck / trukki / forklift', () => {
    // trukki translates to forklift directly; gaffeltruck only through the Danish thesaurus
    // (synonym "truck"), so it meets forklift at a hypernym: weakly
    expect(best(shared(['trukki', 'fi'], ['forklift', 'en']))).toBe(1);
    expect(shared(['gaffeltruck', 'da'], ['forklift', 'en']).size).toBeGreaterThan(0);
    expect(shared(['gaffeltruck', 'da'], ['trukki', 'fi']).size).toBeGreaterThan(0);
  });

  it('welding: hitsaus / welding, and not the welder who does it', () => {
    expect(best(shared(['hitsaus', 'fi'], ['welding', 'en']))).toBe(1);
    expect(shared(['hitsaus', 'fi'], ['welder', 'en']).size).toBe(0);
  });

  // Danish FreeDict (5,097 headwords) has neither "svejsning" nor "svejse", and the thesaurus gives
  // no synonym it has: a known gap, kept here so that it shows when the data improves.
  it.fails('welding: svejsning / welding (known gap in the Danish dictionary)', () => {
    expect(shared(['svejsning', 'da'], ['welding', 'en']).size).toBeGreaterThan(0);
  });

  it('warehouse: lager / varasto / warehouse', () => {
    expect(shared(['lager', 'da'], ['varasto', 'fi'], ['warehouse', 'en']).size).toBeGreaterThan(0);
    expect(best(shared(['lager', 'da'], ['warehouse', 'en']))).toBeGreaterThanOrEqual(0.8);
  });

  it('bakery: bageri / leipomo / bakery', () => {
    expect(best(shared(['bageri', 'da'], ['leipomo', 'fi'], ['bakery', 'en']))).toBe(1);
  });

  it('transport and freight', () => {
    expect(best(shared(['kuljetus', 'fi'], ['transport', 'en']))).toBe(1);
    expect(best(shared(['rahti', 'fi'], ['freight', 'en']))).toBe(1);
    expect(shared(['transport', 'da'], ['transport', 'en']).size).toBeGreaterThan(0);
  });
});

describe('lexicon: unrelated words share nothing', () => {
  it.each([
    ['bakery', 'en', 'welding', 'en'],
    ['bageri', 'da', 'hitsaus', 'fi'],
    ['leipomo', 'fi', 'forklift', 'en'],
    ['pizza', 'en', 'freight', 'en'],
    ['trukki', 'fi', 'bakery', 'en'],
  ] as [string, LexLang, string, LexLang][])('%s (%s) vs %s (%s)', (a, la, b, lb) => {
    expect(shared([a, la], [b, lb]).size).toBe(0);
  });
});

describe('lexicon: inflection and compounds', () => {
  it('Finnish case forms find the keys of the base form', () => {
    const trukki = keys('trukki', 'fi');
    const trukin = keys('trukin', 'fi'); // genitive, consonant gradation kk → k
    expect([...trukki.keys()].every((k) => trukin.has(k))).toBe(true);
    expect(shared(['varastossa', 'fi'], ['warehouse', 'en']).size).toBeGreaterThan(0);
    expect(shared(['varastoon', 'fi'], ['varasto', 'fi']).size).toBe(keys('varasto', 'fi').size);
    expect(best(shared(['leipomossa', 'fi'], ['bakery', 'en']))).toBeGreaterThan(0.8);
    expect(best(shared(['perunat', 'fi'], ['potatoes', 'en']))).toBeGreaterThan(0.8);
  });

  it('Finnish consonant gradation and plural stems are undone to find the base form', () => {
    const top = (w: string) => lexicalKeys(w, 'fi')[0]!.key;
    const carries = (inflected: string, base: string) => lexicalKeys(inflected, 'fi').some((k) => k.key === top(base));
    expect(carries('kaupassa', 'kauppa')).toBe(true); // weak grade pp → p
    expect(carries('asiakkaalle', 'asiakas')).toBe(true); // strong grade k → kk, -as → -aa-
    expect(carries('kuljetuksen', 'kuljetus')).toBe(true); // -us → -ukse-
    expect(carries('lavoja', 'lava')).toBe(true); // plural a → o
    expect(carries('trukeilla', 'trukki')).toBe(true); // plural i → e and kk → k
    expect(carries('rekkaan', 'rekka')).toBe(true); // illative
  });

  it('Danish definite and plural forms find the keys of the base form', () => {
    expect(best(shared(['lageret', 'da'], ['warehouse', 'en']))).toBeGreaterThan(0.5);
    expect(best(shared(['bagerier', 'da'], ['bakery', 'en']))).toBeGreaterThan(0.8);
  });

  it('a compound is keyed on its head, more strongly than on its modifier', () => {
    // trukkikuski = trukki (forklift) + kuski (driver)
    const driver = shared(['trukkikuski', 'fi'], ['driver', 'en']);
    const forklift = shared(['trukkikuski', 'fi'], ['forklift', 'en']);
    expect(best(driver)).toBeGreaterThan(best(forklift));
    expect(best(forklift)).toBeGreaterThan(0);
    // kylmähuone = kylmä (cold) + huone (room)
    expect(shared(['kylmähuone', 'fi'], ['room', 'en']).size).toBeGreaterThan(0);
    // lagerbygning = lager + bygning (building)
    expect(shared(['lagerbygning', 'da'], ['building', 'en']).size).toBeGreaterThan(0);
  });

  it('English inflections share the base form’s keys', () => {
    expect(best(shared(['warehouses', 'en'], ['warehouse', 'en']))).toBe(1);
    expect(best(shared(['welding', 'en'], ['weld', 'en']))).toBe(1);
  });
});
