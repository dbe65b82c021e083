import { describe, expect, it } from 'vitest';
import { candidateRowCache, rowBytes } from '@/lib/matching/candidate-cache';
import type { MatchListing } from '@/lib/matching/types';

describe('candidate row cache, bounded by memory', () => {
  const row = (id: string, chars: number) => ({ id, title: id, description: 'x'.repeat(chars), companyNace: [] }) as unknown as MatchListing;

  it('estimates a row by its texts', () => {
    expect(rowBytes(row('a', 10_000))).toBeGreaterThan(rowBytes(row('a', 100)) + 19_000);
  });

  it('drops the least recently used rows when their texts outgrow its bytes, whatever their count', () => {
    const big = rowBytes(row('a', 10_000));
    const cache = candidateRowCache({ size: 1000, bytes: 3 * big });
    for (const id of ['a', 'b', 'c']) cache.set(id, 'v', row(id, 10_000));
    expect(cache.get('a', 'v')).toBeDefined(); // b is now the oldest
    cache.set('d', 'v', row('d', 10_000));
    expect(cache.size).toBe(3);
    expect(cache.get('b', 'v')).toBeUndefined();
    expect(cache.get('d', 'v')).toBeDefined();
    // Short rows: many more fit in the same bytes.
    for (let i = 0; i < 50; i++) cache.set(`s${i}`, 'v', row(`s${i}`, 10));
    expect(cache.size).toBeGreaterThan(10);
  });
});
