import { describe, expect, it } from 'vitest';
import { ineligibleReasons } from '@/lib/matching/eligibility';
import { compatibility, compatibilityReason, CROSS_CATEGORY_PRIOR, pairTypesFor, walkCompatible } from '@/lib/matching/pair-rules';
import {
  ALTERNATIVE_FACTOR,
  TEXT_FLOOR,
  TEXT_FULL,
  UNLISTED_MIN_TEXT,
  WEIGHTS,
  categoryScore,
  combine,
  freshnessScore,
  geoScore,
  quantityScore,
  sectorMatch,
  sectorScore,
  textScore,
  weightedCosine,
  windowScore,
  type Components,
} from '@/lib/matching/score';
import { analyzeListingText } from '@/lib/matching/normalize';
import { comparableQuantities, parseUnit } from '@/lib/matching/units';
import { LISTING_CATEGORIES } from '@/db/schema';

const offer = (category: (typeof LISTING_CATEGORIES)[number]) => ({ kind: 'offer' as const, category });
const need = (category: (typeof LISTING_CATEGORIES)[number]) => ({ kind: 'need' as const, category });

describe('pair rules', () => {
  it('pairs an offer with a need of the same category', () => {
    for (const c of LISTING_CATEGORIES) {
      expect(pairTypesFor(offer(c), need(c))[0]).toBe('pair');
      expect(pairTypesFor(need(c), offer(c))[0]).toBe('pair');
    }
  });

  it('pairs compatible categories with a documented weight below 1, and unrelated ones only with the low prior', () => {
    expect(compatibility('equipment', 'capacity')).toBe(0.7);
    expect(compatibility('capacity', 'equipment')).toBe(0.7);
    expect(compatibility('competence', 'staff')).toBe(0.7);
    expect(compatibilityReason('staff', 'competence')).toMatch(/specialist/);
    expect(pairTypesFor(offer('equipment'), need('capacity'))).toEqual(['pair', 'bundling']);
    // Category is a prior, not a wall (issue 13): unlisted pairs are possible at CROSS_CATEGORY_PRIOR
    // and need clearly fitting text (combine), but the distance walk does not preselect them.
    expect(pairTypesFor(offer('premises'), need('staff'))).toEqual(['pair', 'bundling']);
    expect(compatibility('premises', 'staff')).toBe(CROSS_CATEGORY_PRIOR);
    expect(walkCompatible('premises', 'staff')).toBe(false);
    expect(walkCompatible('equipment', 'capacity')).toBe(true);
  });

  it('every compatibility is symmetric and within 0–1', () => {
    for (const a of LISTING_CATEGORIES)
      for (const b of LISTING_CATEGORIES) {
        expect(compatibility(a, b)).toBe(compatibility(b, a));
        expect(compatibility(a, b)).toBeGreaterThanOrEqual(0);
        expect(compatibility(a, b)).toBeLessThanOrEqual(1);
      }
  });

  it('pools needs only in purchasing, staff, collaboration and logistics, within one category', () => {
    for (const c of ['purchasing', 'staff', 'collaboration', 'logistics'] as const) expect(pairTypesFor(need(c), need(c))).toEqual(['pooling']);
    expect(pairTypesFor(need('premises'), need('premises'))).toEqual([]);
    expect(pairTypesFor(need('staff'), need('purchasing'))).toEqual([]);
  });

  it('bundles offers for quantity needs but not for competence or collaboration; never pairs two offers', () => {
    expect(pairTypesFor(offer('capacity'), need('capacity'))).toContain('bundling');
    expect(pairTypesFor(offer('competence'), need('competence'))).toEqual(['pair']);
    expect(pairTypesFor(offer('capacity'), offer('capacity'))).toEqual([]);
  });

  it('pairs a crane lorry (equipment) with a move (logistics) and spare hands (capacity) with staff needs', () => {
    expect(pairTypesFor(offer('equipment'), need('logistics'))).toEqual(['pair', 'bundling']);
    expect(pairTypesFor(offer('capacity'), need('staff'))).toEqual(['pair', 'bundling']);
    expect(compatibilityReason('equipment', 'logistics')).toMatch(/crane/);
    expect(compatibility('competence', 'logistics')).toBe(CROSS_CATEGORY_PRIOR);
    expect(compatibility('materials', 'capacity')).toBe(CROSS_CATEGORY_PRIOR);
  });

  it('categoryScore: 1 for the same category or a pooling partner, the compatibility otherwise', () => {
    expect(categoryScore(offer('staff'), need('staff'))).toBe(1);
    expect(categoryScore(need('staff'), need('staff'))).toBe(1);
    expect(categoryScore(offer('capacity'), need('collaboration'))).toBe(0.6);
    expect(categoryScore(offer('staff'), offer('staff'))).toBe(0);
  });
});

describe('geoScore', () => {
  it('decays with distance relative to the radius', () => {
    expect(geoScore(0, 20)).toBe(1);
    expect(geoScore(5, 20)).toBeCloseTo(0.5);
    expect(geoScore(3, 20)).toBeGreaterThan(geoScore(10, 20));
    expect(geoScore(20, 20)).toBeLessThan(0.1);
    expect(geoScore(41, 20)).toBe(0);
    expect(geoScore(10, 80)).toBeGreaterThan(geoScore(10, 20));
  });
  it('is neutral when the distance is unknown', () => {
    expect(geoScore(null, 20)).toBe(0.5);
  });
});

describe('windowScore', () => {
  it('is 0 without overlap, 1 when one window lies inside the other, partial in between', () => {
    expect(windowScore({ availableFrom: '2026-01-01', availableUntil: '2026-01-31' }, { availableFrom: '2026-03-01', availableUntil: '2026-03-31' })).toBe(0);
    expect(windowScore({ availableFrom: '2026-01-01', availableUntil: '2026-06-30' }, { availableFrom: '2026-02-01', availableUntil: '2026-02-28' })).toBe(1);
    const half = windowScore({ availableFrom: '2026-01-01', availableUntil: '2026-01-20' }, { availableFrom: '2026-01-11', availableUntil: '2026-02-28' });
    expect(half).toBeCloseTo(0.5, 1);
  });
  it('treats open ends as open and missing windows as neutral', () => {
    expect(windowScore({ availableFrom: '2026-01-01' }, { availableUntil: '2026-03-01' })).toBe(1);
    expect(windowScore({ availableFrom: '2026-05-01' }, { availableUntil: '2026-03-01' })).toBe(0);
    const neutral = windowScore({}, { availableFrom: '2026-01-01', availableUntil: '2026-02-01' });
    expect(neutral).toBeGreaterThan(0.5);
    expect(neutral).toBeLessThan(1);
  });
});

describe('quantity', () => {
  it('parses free-text units in three languages, rates per week', () => {
    expect(parseUnit('timer/uge')).toEqual({ dim: 'hours', factor: 1, rate: true });
    expect(parseUnit('tuntia / kuukausi')?.factor).toBeCloseTo(1 / 4.33);
    expect(parseUnit('m²')).toEqual({ dim: 'area', factor: 1, rate: false });
    expect(parseUnit('ton')?.factor).toBe(1000);
    expect(parseUnit('lavapaikkaa')?.dim).toBe('pallets');
    expect(parseUnit('bananer')).toBeNull();
    expect(comparableQuantities({ quantity: 2, unit: 'ton' }, { quantity: 500, unit: 'kg' })).toEqual([2000, 500]);
    expect(comparableQuantities({ quantity: 2, unit: 'ton' }, { quantity: 5, unit: 'm2' })).toBeNull();
  });
  it('scores how much of the need an offer covers; unknown or incompatible is neutral', () => {
    expect(quantityScore({ quantity: 40, unit: 'timer/uge' }, { quantity: 30, unit: 'timer/uge' })).toBe(1);
    expect(quantityScore({ quantity: 20, unit: 'timer/uge' }, { quantity: 40, unit: 'timer/uge' })).toBeCloseTo(0.6);
    expect(quantityScore({ quantity: 160, unit: 'h/måned' }, { quantity: 40, unit: 'timer/uge' })).toBeCloseTo(0.94, 1);
    expect(quantityScore({ quantity: 10000, unit: 'm2' }, { quantity: 100, unit: 'm2' })).toBe(0.8);
    expect(quantityScore({ quantity: 5, unit: 'ton' }, { quantity: 50, unit: 'paller' })).toBe(0.5);
    expect(quantityScore({}, { quantity: 50, unit: 'paller' })).toBe(0.5);
  });
  it('for pooling, similar sizes fit best', () => {
    expect(quantityScore({ quantity: 10, unit: 'ton' }, { quantity: 20, unit: 'ton' }, true)).toBe(0.5);
  });
});

describe('sectorScore', () => {
  it('rewards supplier/customer links between divisions and groups', () => {
    expect(sectorMatch(['25.11'], ['25.61'])).toMatchObject({ relation: 'valueChain', a: '25.11', b: '25.61' });
    expect(sectorMatch(['22.29'], ['28.41']).relation).toBe('valueChain');
    expect(sectorMatch(['16.10'], ['31.01']).relation).toBe('valueChain');
    expect(sectorMatch(['10.71'], ['17.21']).relation).toBe('valueChain');
  });
  it('sees service firms as serving every sector, with a bonus for diversity', () => {
    const m = sectorMatch(['69.20'], ['25.11']);
    expect(m.relation).toBe('service');
    expect(m.score).toBeCloseTo(0.8);
    expect(sectorScore(['49.41'], ['10.11'])).toBeGreaterThan(sectorScore(['25.11'], ['25.12']));
  });
  it('is neutral without codes and picks the best pair of codes', () => {
    expect(sectorScore([], ['25.11'])).toBe(0.5);
    expect(sectorMatch(['47.11', '25.62'], ['28.41']).a).toBe('25.62');
  });
});

describe('freshnessScore', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it('halves every 60 days with a floor', () => {
    expect(freshnessScore(now, now)).toBe(1);
    expect(freshnessScore('2026-04-02T00:00:00Z', now)).toBeCloseTo(0.5);
    expect(freshnessScore('2020-01-01T00:00:00Z', now)).toBe(0.2);
  });
});

describe('combine', () => {
  const base: Components = { category: 1, text: 0.8, geo: 0.9, sector: 0.7, window: 0.7, quantity: 0.5, freshness: 1 };
  it('weights sum to 1 and the result stays within 0–1', () => {
    expect(Object.values(WEIGHTS).reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1);
    expect(combine({ category: 1, text: 1, geo: 1, sector: 1, window: 1, quantity: 1, freshness: 1 })).toBe(1);
    expect(combine(base)).toBeGreaterThan(0.7);
  });
  it('is 0 for incompatible categories and damped without shared text', () => {
    expect(combine({ ...base, category: 0 })).toBe(0);
    expect(combine({ ...base, text: 0 })).toBeLessThan(combine(base) / 2);
    expect(combine({ ...base, text: 0 })).toBeGreaterThan(0);
  });
  it('is 0 across categories without any shared text', () => {
    expect(combine({ ...base, category: 0.4, text: 0 })).toBe(0);
    expect(combine({ ...base, category: 0.4, text: 0.05 })).toBeGreaterThan(0);
  });
  it('pairs categories nobody listed as compatible only when the texts clearly fit', () => {
    expect(combine({ ...base, category: CROSS_CATEGORY_PRIOR, text: UNLISTED_MIN_TEXT / 2 })).toBe(0);
    expect(combine({ ...base, category: CROSS_CATEGORY_PRIOR, text: 0.6 })).toBeGreaterThan(0.4);
  });
  it('damps a candidate sharing little text smoothly up to TEXT_FULL', () => {
    const full = combine({ ...base, text: TEXT_FULL });
    const half = combine({ ...base, text: TEXT_FULL / 2 });
    const none = combine({ ...base, text: 0 });
    expect(none).toBeLessThan(half);
    expect(half).toBeLessThan(full);
    const rest = (Object.keys(WEIGHTS) as (keyof Components)[]).reduce((sum, k) => sum + (k === 'text' ? 0 : WEIGHTS[k] * base[k]), 0);
    expect(none).toBeCloseTo(TEXT_FLOOR * rest, 2);
    expect(full).toBeCloseTo(rest + WEIGHTS.text * TEXT_FULL, 2);
  });
  it('never lets a candidate without shared text above one that is about the same thing, all else at its best', () => {
    const perfectButUnrelated = combine({ category: 1, text: 0, geo: 1, sector: 1, window: 1, quantity: 1, freshness: 1 });
    const relatedButFar = combine({ category: 0.4, text: 0.4, geo: 0, sector: 0.3, window: 0, quantity: 0.2, freshness: 0.2 });
    expect(relatedButFar).toBeGreaterThan(perfectButUnrelated);
  });
  it('every component moves the score in its direction', () => {
    for (const k of Object.keys(WEIGHTS) as (keyof Components)[]) expect(combine({ ...base, [k]: 1 })).toBeGreaterThanOrEqual(combine({ ...base, [k]: 0.3 }));
  });
});

describe('text similarity', () => {
  const L = (title: string, lang: string, description = '') => analyzeListingText(title, description, lang);
  it('weightedCosine is 1 for the same features, 0 for none shared, symmetric', () => {
    const a = new Map([
      ['x', 1],
      ['y', 0.5],
    ]);
    const b = new Map([
      ['y', 1],
      ['z', 1],
    ]);
    expect(weightedCosine(a, a)).toBeCloseTo(1);
    expect(weightedCosine(a, new Map([['z', 1]]))).toBe(0);
    expect(weightedCosine(a, b)).toBeCloseTo(weightedCosine(b, a));
    expect(weightedCosine(new Map(), b)).toBe(0);
  });
  it('scores a different language of the same kind of work lower: French is not met by German', () => {
    const need = L('Eksportmedarbejder med fransk', 'da', 'Deltid, ca. 15 timer om ugen, til kunder i Frankrig.');
    const german = L(
      'Deler gerne en eksportassistent med tysk',
      'da',
      'Vi har arbejde til en halv stilling med tyske kunder og vil dele en medarbejder med en anden virksomhed.',
    );
    const frenchAndGerman = L('Vores sprogkyndige sælger har ledige timer', 'da', 'Medarbejder med flydende fransk og tysk kan udlånes 2 dage om ugen.');
    // Export, staff and languages in common, but German where French is asked for.
    const withoutRule = (x: typeof need, y: typeof need) => textScore({ ...x, concepts: new Set() }, { ...y, concepts: new Set() }).score;
    expect(ALTERNATIVE_FACTOR).toBeLessThan(1);
    expect(withoutRule(need, german)).toBeGreaterThan(0.3);
    expect(textScore(need, german).score).toBeCloseTo(withoutRule(need, german) * ALTERNATIVE_FACTOR, 5);
    // One language in common is enough: no penalty.
    expect(textScore(need, frenchAndGerman).score).toBeCloseTo(withoutRule(need, frenchAndGerman), 5);
    expect(textScore(need, frenchAndGerman).score).toBeGreaterThan(textScore(need, german).score);
  });

  it('scores the same meaning in another language as high as in the same language', () => {
    const da = L('Pulverlakering af stålemner', 'da');
    const fi = L('Teräsosien jauhemaalaus', 'fi');
    const da2 = L('Pulverlakering af emner i stål', 'da');
    expect(textScore(da, fi).score).toBeGreaterThan(0.8);
    expect(textScore(da, fi).score).toBeGreaterThanOrEqual(textScore(da, da2).score - 0.15);
  });
  it('shared words add to shared concepts but never subtract', () => {
    const need = L('Svejsning af stålrammer til Aarhus', 'da');
    const sameWords = L('Svejsning af rammer', 'da');
    const otherLanguage = L('Hitsaus', 'fi');
    expect(textScore(need, sameWords).score).toBeGreaterThan(textScore(need, otherLanguage).score);
    expect(textScore(need, otherLanguage).score).toBeGreaterThan(0.5);
    expect(textScore(L('Hitsaus', 'fi'), L('Svejsning', 'da')).score).toBe(1);
  });
  it('a specific shared concept counts more than a broad one, and a parent half', () => {
    const need = L('CNC-drejning af aksler', 'da');
    const turning = L('Drejebænk med ledig tid', 'da');
    const milling = L('Fræsning i aluminium', 'da');
    const welding = L('Svejsning', 'da');
    expect(textScore(need, turning).score).toBeGreaterThan(textScore(need, milling).score);
    expect(textScore(need, milling).score).toBeGreaterThan(textScore(need, welding).score);
    expect(textScore(need, milling).shared).toContain('machining');
  });
});

describe('eligibility', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const source = { id: 's', companyId: 'A' };
  const ok = { id: 'c', companyId: 'B', status: 'open' as const, expiresAt: null, availableUntil: null };
  it('accepts an open, unexpired, visible listing of another company', () => {
    expect(ineligibleReasons(source, ok, { now })).toEqual([]);
    expect(ineligibleReasons(source, { ...ok, expiresAt: '2026-07-01T00:00:00Z', availableUntil: '2026-06-01' }, { now })).toEqual([]);
  });
  it('names each violated rule', () => {
    expect(ineligibleReasons(source, { ...ok, status: 'closed' }, { now })).toEqual(['notOpen']);
    expect(ineligibleReasons(source, { ...ok, status: 'paused' }, { now })).toEqual(['notOpen']);
    expect(ineligibleReasons(source, { ...ok, expiresAt: new Date('2026-05-31T00:00:00Z') }, { now })).toEqual(['expired']);
    expect(ineligibleReasons(source, { ...ok, availableUntil: '2026-05-30' }, { now })).toEqual(['windowEnded']);
    expect(ineligibleReasons(source, { ...ok, companyId: 'A' }, { now })).toEqual(['sameCompany']);
    expect(ineligibleReasons(source, { ...ok, id: 's', companyId: 'A' }, { now })).toEqual(['sameListing', 'sameCompany']);
    expect(ineligibleReasons(source, ok, { now, visible: false })).toEqual(['invisible']);
    expect(ineligibleReasons(source, { ...ok, visible: false }, { now })).toEqual(['invisible']);
  });
});

describe('eligibility: reach, kind and windows', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const ok = { id: 'c', companyId: 'B', status: 'open' as const, expiresAt: null, availableUntil: null };
  it('refuses a candidate beyond the reach it is given (twice the radius), accepts one within it', () => {
    expect(ineligibleReasons({ id: 's', companyId: 'A' }, { ...ok, distanceKm: 51 }, { now, maxKm: 50 })).toEqual(['tooFar']);
    expect(ineligibleReasons({ id: 's', companyId: 'A' }, { ...ok, distanceKm: 49.9 }, { now, maxKm: 50 })).toEqual([]);
    expect(ineligibleReasons({ id: 's', companyId: 'A' }, { ...ok, distanceKm: 500 }, { now })).toEqual([]);
  });
  it('never suggests an offer for an offer', () => {
    expect(ineligibleReasons({ id: 's', companyId: 'A', kind: 'offer' }, { ...ok, kind: 'offer' }, { now })).toEqual(['wrongKind']);
    expect(ineligibleReasons({ id: 's', companyId: 'A', kind: 'offer' }, { ...ok, kind: 'need' }, { now })).toEqual([]);
  });
  it('refuses a candidate whose stated window misses the source’s, not one that meets it or states none', () => {
    const need = { id: 's', companyId: 'A', kind: 'need' as const, availableFrom: '2026-07-01', availableUntil: '2026-07-15' };
    expect(ineligibleReasons(need, { ...ok, availableFrom: '2026-09-01', availableUntil: '2026-12-01' }, { now })).toEqual(['windowMissed']);
    expect(ineligibleReasons(need, { ...ok, availableFrom: '2026-06-01', availableUntil: '2026-06-30' }, { now })).toEqual(['windowMissed']);
    expect(ineligibleReasons(need, { ...ok, availableFrom: '2026-07-15', availableUntil: '2026-12-01' }, { now })).toEqual([]);
    expect(ineligibleReasons(need, { ...ok, availableFrom: '2026-08-01' }, { now })).toEqual(['windowMissed']);
    expect(ineligibleReasons(need, { ...ok, availableUntil: '2026-12-01' }, { now })).toEqual([]);
    expect(ineligibleReasons(need, ok, { now })).toEqual([]);
    expect(ineligibleReasons({ id: 's', companyId: 'A' }, { ...ok, availableFrom: '2027-01-01' }, { now })).toEqual([]);
  });
});
