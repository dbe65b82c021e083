import { describe, expect, it } from 'vitest';
import { clusterRadius, compactCount, ringSegments, svgPath, SYMBOL } from '@/components/map/symbols';

describe('map symbols', () => {
  it('tells offers, needs and firms apart by shape as well as colour', () => {
    const shapes = new Set(Object.values(SYMBOL).map((s) => s.shape));
    const fills = new Set(Object.values(SYMBOL).map((s) => s.fill));
    expect(shapes.size).toBe(3);
    expect(fills.size).toBe(3);
    expect(svgPath('diamond', 10, 10, 8)).toMatch(/^M 10 0 L 20 10 L 10 20 L 0 10 Z$/);
  });

  it("splits a cluster's ring by kind, in proportion, starting at the top", () => {
    const segs = ringSegments({ offers: 3, needs: 1, companies: 0 });
    expect(segs.map((s) => s.kind)).toEqual(['offer', 'need']);
    expect(segs[0]!.from).toBeCloseTo(-Math.PI / 2, 9);
    expect(segs[0]!.to - segs[0]!.from).toBeCloseTo((3 / 4) * 2 * Math.PI, 9);
    expect(segs[1]!.to).toBeCloseTo(segs[0]!.from + 2 * Math.PI, 9);
    expect(ringSegments({ offers: 0, needs: 0, companies: 0 })).toEqual([]);
  });

  it("labels counts compactly in the reader's language and grows clusters gently", () => {
    expect(compactCount(999, 'da')).toBe('999');
    expect(compactCount(1234, 'da')).toBe('1,2k');
    expect(compactCount(1234, 'en')).toBe('1.2k');
    expect(compactCount(88_202, 'fi')).toBe('88k');
    expect(clusterRadius(2)).toBeGreaterThanOrEqual(15);
    expect(clusterRadius(100_000)).toBe(24);
    expect(clusterRadius(1000)).toBeGreaterThan(clusterRadius(10));
  });
});
