import { describe, expect, it } from 'vitest';
import { compactText, featureId, featureName, sharedFeatures, toVector, vectorCosine } from '@/lib/matching/features';
import { candidateRowCache } from '@/lib/matching/candidate-cache';
import { analyzeListingText } from '@/lib/matching/normalize';
import { textScore } from '@/lib/matching/score';
import type { MatchListing } from '@/lib/matching/types';

// The cosine as a plain definition over Maps, to check the sorted-array merge against.
function mapCosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [k, w] of a) dot += w * (b.get(k) ?? 0);
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, w) => s + w * w, 0));
  return a.size && b.size && dot ? dot / (norm(a) * norm(b)) : 0;
}

describe('compact text features', () => {
  it('interns a feature once and names it back', () => {
    const id = featureId('pulverlakering-test');
    expect(featureId('pulverlakering-test')).toBe(id);
    expect(featureId('another-feature-test')).not.toBe(id);
    expect(featureName(id)).toBe('pulverlakering-test');
  });

  it('the vector cosine equals the cosine of the weighted maps, whatever the order of insertion', () => {
    const a = new Map([
      ['steel', 1],
      ['welding', 0.5],
      ['machine', 0.25],
      ['only-a', 0.7],
    ]);
    const b = new Map([
      ['only-b', 0.3],
      ['welding', 1],
      ['steel', 0.4],
    ]);
    expect(vectorCosine(toVector(a), toVector(b))).toBeCloseTo(mapCosine(a, b), 12);
    expect(vectorCosine(toVector(b), toVector(a))).toBeCloseTo(mapCosine(a, b), 12);
    expect(vectorCosine(toVector(a), toVector(a))).toBeCloseTo(1, 12);
    expect(vectorCosine(toVector(a), toVector(new Map([['nothing-shared', 1]])))).toBe(0);
    expect(vectorCosine(toVector(new Map()), toVector(a))).toBe(0);
  });

  it('lists shared features by their smaller weight, strongest first, then by name', () => {
    const a = toVector(
      new Map([
        ['b-feat', 0.5],
        ['a-feat', 0.5],
        ['c-feat', 1],
        ['d-feat', 1],
      ]),
    );
    const b = toVector(
      new Map([
        ['c-feat', 0.2],
        ['a-feat', 1],
        ['b-feat', 0.9],
        ['e-feat', 1],
      ]),
    );
    expect(sharedFeatures(a, b)).toEqual(['a-feat', 'b-feat', 'c-feat']);
  });

  it('scores real texts the same from the analysis and from its compact form', () => {
    const da = analyzeListingText('Pulverlakering af stålemner', 'Vi har ledig kapacitet på vores lakeringslinje', 'da', 'capacity');
    const en = analyzeListingText('Powder coating of steel parts', 'Need a partner for powder coating', 'en', 'capacity');
    const direct = textScore(da, en);
    expect(direct.score).toBeGreaterThan(0.5);
    expect(textScore(compactText(da), compactText(en))).toEqual(direct);
    expect(direct.score).toBeCloseTo(1 - (1 - mapCosine(da.conceptWeights, en.conceptWeights)) * (1 - 0.5 * mapCosine(da.stemWeights, en.stemWeights)), 5);
    expect(compactText(da).concepts).toEqual([...da.concepts]);
  });
});

describe('candidate row cache', () => {
  const row = (id: string) => ({ id, title: id }) as unknown as MatchListing;

  it('serves a row only at the version it was read at, and only within its time to live', () => {
    let now = 1000;
    {
      const cache = candidateRowCache({ ttlMs: 1000, clock: () => now });
      cache.set('a', 'v1', row('a'));
      expect(cache.get('a', 'v1')?.id).toBe('a');
      expect(cache.get('a', 'v2')).toBeUndefined();
      expect(cache.get('b', 'v1')).toBeUndefined();
      now = 1900;
      expect(cache.get('a', 'v1')).toBeDefined();
      now = 2100;
      expect(cache.get('a', 'v1')).toBeUndefined();
      cache.set('a', 'v2', row('a'));
      expect(cache.get('a', 'v2')).toBeDefined();
    }
  });

  it('stays within its size, dropping the least recently used', () => {
    const cache = candidateRowCache({ size: 3 });
    for (const id of ['a', 'b', 'c']) cache.set(id, 'v', row(id));
    expect(cache.get('a', 'v')).toBeDefined(); // a is used again: b is now the oldest
    cache.set('d', 'v', row('d'));
    expect(cache.size).toBe(3);
    expect(cache.get('b', 'v')).toBeUndefined();
    expect(cache.get('a', 'v')).toBeDefined();
    expect(cache.get('d', 'v')).toBeDefined();
  });
});
