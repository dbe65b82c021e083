import { describe, expect, it } from 'vitest';
import type { ExchangeFile } from '@/lib/exchange/schema';
import { average, checkSuggestions, dcg, ndcgAt, scoreSource } from '@/tools/eval/metrics';

describe('ranking measures', () => {
  it('dcg discounts by rank with gain 2^g − 1', () => {
    expect(dcg([2], 5)).toBe(3);
    expect(dcg([0, 2], 5)).toBeCloseTo(3 / Math.log2(3));
    expect(dcg([2, 2, 2, 2, 2, 2], 5)).toBeLessThan(dcg([2, 2, 2, 2, 2, 2], 6));
  });

  it('nDCG@5 is 1 for the ideal order, less when the planted partner is lower, 0 when missing', () => {
    expect(ndcgAt([2, 1], [2, 1], 5)).toBe(1);
    expect(ndcgAt([1, 2], [2, 1], 5)).toBeLessThan(1);
    expect(ndcgAt([0, 0, 2], [2], 5)).toBeCloseTo(0.5);
    expect(ndcgAt([0, 0, 0, 0, 0, 2], [2], 5)).toBe(0);
    expect(ndcgAt([], [], 5)).toBe(0);
  });

  it('scores one source: P@1 counts acceptable answers, Recall@5 and MRR the planted ones', () => {
    const rel = new Map([
      ['a', 2],
      ['b', 2],
      ['c', 1],
    ]);
    expect(scoreSource(['c', 'a', 'x', 'y', 'z', 'b'], rel)).toMatchObject({ p1: 1, recall5: 0.5, mrr: 0.5 });
    expect(scoreSource(['a', 'b', 'c'], rel).ndcg5).toBe(1);
    expect(scoreSource(['x'], rel)).toEqual({ ndcg5: 0, p1: 0, recall5: 0, mrr: 0 });
  });

  it('averages to three decimals', () => {
    expect(
      average([
        { ndcg5: 1, p1: 1, recall5: 1, mrr: 1 },
        { ndcg5: 0.5, p1: 0, recall5: 0.5, mrr: 0.25 },
      ]),
    ).toEqual({ sources: 2, ndcg5: 0.75, p1: 0.5, recall5: 0.75, mrr: 0.625 });
    expect(average([]).sources).toBe(0);
  });
});

describe('rule violations, judged from the file', () => {
  const at = (lat: number) => ({ lat, lng: 11.6 });
  const co = (ref: string, networks: string[], lat = 55.6) => ({
    ref,
    name: ref,
    country: 'DK' as const,
    nace: ['25.11'],
    address: { postcode: '4300', city: 'Holbæk' },
    location: at(lat),
    networks,
  });
  const li = (ref: string, company: string, extra: object = {}) => ({
    ref,
    company,
    kind: 'offer' as const,
    category: 'capacity' as const,
    title: ref,
    description: '',
    visibility: 'public' as const,
    status: 'open' as const,
    language: 'da',
    ...extra,
  });
  const file: ExchangeFile = {
    format: 'industrivej/v1',
    networks: [
      { ref: 'n1', name: 'N1', country: 'DK', locale: 'da', center: at(55.6), radiusKm: 25 },
      { ref: 'n2', name: 'N2', country: 'DK', locale: 'da', center: at(55.6), radiusKm: 25 },
    ],
    companies: [co('src', ['n1']), co('ok', ['n1']), co('other', ['n2']), co('far', ['n1'], 56.2)],
    listings: [
      { ...li('source', 'src'), kind: 'need' },
      li('fine', 'ok', { visibility: 'network' }),
      li('closed', 'ok', { status: 'closed' }),
      li('paused', 'ok', { status: 'paused' }),
      li('expired', 'ok', { availableUntil: '2026-01-01' }),
      li('own', 'src'),
      li('secret', 'ok', { visibility: 'facilitators' }),
      li('foreign', 'other', { visibility: 'network' }),
      li('foreign-public', 'other'),
      li('far', 'far'),
      { ...li('timed-need', 'src'), kind: 'need', availableFrom: '2026-07-01', availableUntil: '2026-07-31' },
      li('too-late', 'ok', { availableFrom: '2026-09-01', availableUntil: '2026-12-31' }),
      li('in-time', 'ok', { availableFrom: '2026-07-20' }),
      li('offer-src', 'src'),
    ],
  };
  const check = (...refs: string[]) => checkSuggestions(file, { source: refs.map((listing) => ({ listing })) }, '2026-06-01');

  it('accepts open, current, visible listings of other firms within reach', () => {
    expect(check('fine', 'foreign-public')).toEqual([]);
  });

  it('names every broken rule', () => {
    const kinds = Object.fromEntries(check('closed', 'paused', 'expired', 'own', 'secret', 'foreign', 'far', 'ghost').map((v) => [v.suggestion, v.kinds]));
    expect(kinds).toEqual({
      closed: ['notOpen'],
      paused: ['notOpen'],
      expired: ['expired'],
      own: ['sameCompany'],
      secret: ['invisible'],
      foreign: ['invisible'],
      far: ['tooFar'],
      ghost: ['unknown'],
    });
  });

  it('flags an offer for an offer and a window that misses the source’s', () => {
    const run = (source: string, ...refs: string[]) => checkSuggestions(file, { [source]: refs.map((listing) => ({ listing })) }, '2026-06-01');
    expect(run('timed-need', 'too-late', 'in-time', 'fine').map((v) => [v.suggestion, v.kinds])).toEqual([['too-late', ['windowMissed']]]);
    expect(run('offer-src', 'fine')[0]?.kinds).toContain('wrongKind');
  });
});
