import { describe, expect, it } from 'vitest';
import { distanceKm, rank } from '@/lib/matching/rank';
import { reasonsLine } from '@/lib/matching/explain';
import type { MatchListing } from '@/lib/matching/types';

const now = new Date('2026-02-01T12:00:00Z');
let n = 0;
const listing = (over: Partial<MatchListing>): MatchListing => ({
  id: `l${++n}`,
  companyId: `c${n}`,
  kind: 'offer',
  category: 'capacity',
  title: '',
  description: '',
  language: 'da',
  status: 'open',
  updatedAt: '2026-01-20T00:00:00Z',
  lat: 55.62,
  lng: 11.6,
  companyNace: [],
  ...over,
});
const ids = (ls: { listing: MatchListing }[]) => ls.map((m) => m.listing.id);

describe('rank: a need for injection-moulding capacity', () => {
  const source = listing({
    id: 'need',
    companyId: 'A',
    kind: 'need',
    category: 'capacity',
    title: 'Søger kapacitet til sprøjtestøbning af plastemner',
    description: 'Ca. 200 timer om måneden i foråret.',
    quantity: 200,
    unit: 'timer/måned',
    availableFrom: '2026-02-01',
    availableUntil: '2026-04-30',
    companyNace: ['28.29'],
  });
  const complement = listing({
    id: 'true',
    language: 'fi',
    title: 'Vapaata ruiskuvalukapasiteettia',
    description: 'Muoviosien ruiskuvalu, 60 tuntia viikossa.',
    quantity: 60,
    unit: 'tuntia/viikko',
    distanceKm: 4,
    availableFrom: '2026-01-01',
    availableUntil: '2026-06-30',
    companyNace: ['22.29'],
  });
  const same = { title: 'Ledig kapacitet på sprøjtestøbemaskiner', description: 'Plastemner i små serier.', companyNace: ['22.29'] };
  const candidates = [
    complement,
    listing({
      id: 'lookalike',
      category: 'competence',
      title: 'Rådgivning om plastik og design',
      description: 'Vi hjælper med valg af plast.',
      distanceKm: 2,
      companyNace: ['71.12'],
    }),
    listing({ id: 'lookalike-materials', category: 'materials', title: 'Plastemner sælges', description: 'Overskud af plastik granulat.', distanceKm: 1 }),
    listing({ id: 'far', ...same, distanceKm: 140 }),
    listing({ id: 'expired', ...same, distanceKm: 3, expiresAt: '2026-01-31T00:00:00Z' }),
    listing({ id: 'closed', ...same, distanceKm: 3, status: 'closed' }),
    listing({ id: 'own', ...same, distanceKm: 0, companyId: 'A' }),
    listing({ id: 'hidden', ...same, distanceKm: 3, visible: false }),
    listing({ id: 'other-need', kind: 'need', ...same, distanceKm: 3 }),
    listing({ id: 'cnc', title: 'Ledig kapacitet på CNC-fræser', description: 'Fræsning og drejning.', distanceKm: 5, companyNace: ['25.62'] }),
  ];
  const result = rank(source, candidates, { now, radiusKm: 20, top: 5, locale: 'en' });

  it('puts the true complement, written in Finnish, first', () => {
    expect(result.matches[0]?.listing.id).toBe('true');
    expect(result.matches[0]?.type).toBe('pair');
  });

  it('never suggests expired, closed, own, hidden listings or another need', () => {
    for (const id of ['expired', 'closed', 'own', 'hidden', 'other-need']) expect(ids(result.matches)).not.toContain(id);
  });

  it('ranks plastic parts for sale (another category, nobody listed it as compatible) well below the complement', () => {
    // Category is a prior, not a wall (issue 13): the surplus parts share "plastic" and may appear,
    // but they are not what a need for moulding capacity asks for.
    const order = ids(result.matches);
    if (order.includes('lookalike-materials')) expect(order.indexOf('lookalike-materials')).toBeGreaterThan(order.indexOf('true'));
    const score = (id: string) => result.matches.find((m) => m.listing.id === id)?.score ?? 0;
    expect(score('lookalike-materials')).toBeLessThan(0.4);
  });

  it('ranks lookalikes (wrong category, unrelated capacity) below the complement, and never one beyond twice the radius', () => {
    const order = ids(result.matches);
    for (const id of ['lookalike', 'cnc']) expect(order.indexOf(id)).toBeGreaterThan(0);
    // 140 km with a 20 km radius: a hard rule, however well the texts fit.
    expect(order).not.toContain('far');
  });

  it('explains the suggestion in the viewer language', () => {
    const top = result.matches[0];
    expect(top && reasonsLine(top.reasons, 'en')).toMatch(
      /^4 km away · both about injection moulding · available Feb.*Apr · complementary sectors: Manufacture of other general-purpose machinery n\.e\.c\. ↔ Manufacture of other plastic products · covers \d+% of the need$/,
    );
    expect(top?.components.text).toBeGreaterThan(0.5);
  });
});

describe('rank: pooling', () => {
  const source = listing({
    id: 'steel',
    companyId: 'A',
    kind: 'need',
    category: 'purchasing',
    title: 'Fælles indkøb af stål',
    description: 'Vi køber ca. 20 ton stålplader om året.',
    quantity: 20,
    unit: 'ton',
  });
  const candidates = [
    listing({
      id: 'fi-steel',
      kind: 'need',
      category: 'purchasing',
      language: 'fi',
      title: 'Yhteishankinta: teräs',
      description: 'Teräslevyjä noin 15 tonnia.',
      quantity: 15,
      unit: 'tonnia',
      distanceKm: 6,
    }),
    listing({
      id: 'en-steel',
      kind: 'need',
      category: 'purchasing',
      language: 'en',
      title: 'Joint purchase of stainless steel',
      description: 'About 5 tons a year.',
      quantity: 5,
      unit: 'tons',
      distanceKm: 9,
    }),
    listing({ id: 'power', kind: 'need', category: 'purchasing', language: 'en', title: 'Joint purchase of electricity', distanceKm: 2 }),
    listing({ id: 'staff', kind: 'need', category: 'staff', title: 'Deltids stålsvejser søges', distanceKm: 2 }),
  ];
  const result = rank(source, candidates, { now, radiusKm: 20 });

  it('groups needs for the same thing across languages, not merely the same category', () => {
    expect(result.pooling).toHaveLength(1);
    expect(result.pooling[0]?.listings.map((l) => l.id).sort()).toEqual(['en-steel', 'fi-steel']);
    expect(result.pooling[0]?.reasons.at(-1)).toEqual({ key: 'pooling', values: { count: 3 } });
    expect(result.matches.every((m) => m.type === 'pooling')).toBe(true);
    expect(ids(result.matches)).not.toContain('staff');
  });

  it('pools a shared part-time employee (staff needs)', () => {
    const a = listing({ kind: 'need', category: 'staff', title: 'Tysktalende eksportassistent på deltid' });
    const b = listing({ kind: 'need', category: 'staff', language: 'en', title: 'Part-time German-speaking export assistant', distanceKm: 3 });
    expect(rank(a, [b], { now }).pooling[0]?.listings[0]?.id).toBe(b.id);
  });
});

describe('rank: bundling', () => {
  const source = listing({
    id: 'big',
    companyId: 'A',
    kind: 'need',
    category: 'capacity',
    title: 'CNC-fræsning af stålemner',
    description: '300 timer om måneden.',
    quantity: 300,
    unit: 'timer/måned',
  });
  const cap = (id: string, title: string, hours: number, language = 'da') =>
    listing({ id, title, language, quantity: hours, unit: language === 'fi' ? 'tuntia/viikko' : 'timer/uge', distanceKm: 5 });
  const candidates = [
    cap('x', 'Ledig fræsekapacitet, CNC', 40),
    cap('y', 'CNC-koneistus, vapaata kapasiteettia', 30, 'fi'),
    cap('z', 'Drejning og fræsning', 10),
    cap('paint', 'Ledig kapacitet i malerhal', 200),
  ];
  const result = rank(source, candidates, { now, radiusKm: 20 });

  it('combines offers that together cover a need none covers alone (fewest partners first)', () => {
    expect(result.bundles[0]?.listings.map((l) => l.id).sort()).toEqual(['x', 'y']);
    expect(result.bundles[0]?.reasons.at(-1)).toEqual({ key: 'bundling', values: { count: 2 } });
    for (const b of result.bundles) {
      expect(b.listings.length).toBeLessThanOrEqual(3);
      expect(b.listings.map((l) => l.id)).not.toContain('paint');
    }
  });

  it('keeps bundles minimal: no triple when two of its offers already cover the need', () => {
    const pallets = listing({
      id: 'p',
      companyId: 'A',
      kind: 'need',
      category: 'logistics',
      title: 'Transport af paller til Hamborg',
      description: '',
      quantity: 30,
      unit: 'paller',
    });
    const truck = (id: string, n: number) =>
      listing({ id, companyId: `C-${id}`, category: 'logistics', title: 'Plads til paller til Hamborg', quantity: n, unit: 'paller', distanceKm: 5 });
    const { bundles } = rank(pallets, [truck('t18', 18), truck('t14', 14), truck('t2', 2)], { now, radiusKm: 20 });
    expect(bundles.map((b) => b.listings.map((l) => l.id).sort())).toEqual([['t14', 't18']]);
  });

  it('makes no bundle when the offers cannot cover the need together', () => {
    expect(rank(source, [candidates[2]!], { now }).bundles).toEqual([]);
  });
});

describe('distanceKm', () => {
  it('uses the known distance or computes it from coordinates', () => {
    expect(distanceKm({ lat: 55.62, lng: 11.6 }, { lat: 55.62, lng: 11.6, distanceKm: 7 })).toBe(7);
    expect(distanceKm({ lat: 55.62, lng: 11.6 }, { lat: 55.72, lng: 11.6 })).toBeCloseTo(11.1, 0);
    expect(distanceKm({ lat: null, lng: null }, { lat: 55.72, lng: 11.6 })).toBeNull();
  });
});

describe('rank: meaning before proximity', () => {
  const source = listing({
    id: 'src',
    companyId: 'A',
    kind: 'need',
    category: 'capacity',
    title: 'Galvanisering af gelændere',
    description: 'Ca. 8 ton om måneden.',
    companyNace: ['25.11'],
    availableFrom: '2026-02-01',
    availableUntil: '2026-06-30',
  });
  const candidates = [
    // next door, value-chain sector, same window — but about something else entirely
    listing({
      id: 'neighbour',
      title: 'Ledig kapacitet på vores linje',
      description: 'Ring for en snak.',
      distanceKm: 0.3,
      companyNace: ['25.61'],
      availableFrom: '2026-02-01',
      availableUntil: '2026-06-30',
    }),
    listing({ id: 'lookalike', title: 'Ledig kapacitet til pulverlakering', description: 'Alle RAL-farver.', distanceKm: 2, companyNace: ['25.61'] }),
    // far (but within reach), unknown sector, no window — and exactly what is needed, in English
    listing({
      id: 'answer',
      language: 'en',
      title: 'Hot-dip galvanizing plant with free capacity',
      description: '7 m zinc bath.',
      distanceKm: 35,
      companyNace: [],
    }),
  ];
  const result = rank(source, candidates, { now, radiusKm: 25 });

  it('ranks the listing about the same thing first, a related one next, the unrelated neighbour last', () => {
    expect(ids(result.matches)).toEqual(['answer', 'lookalike', 'neighbour']);
  });

  it('names only telling concepts as reasons', () => {
    const concepts = result.matches.flatMap((m) => m.reasons.filter((r) => r.key === 'sharedConcept').map((r) => r.values?.conceptId));
    expect(concepts).toContain('galvanizing');
    expect(concepts).not.toContain('machine');
  });
});
