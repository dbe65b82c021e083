import { describe, expect, it } from 'vitest';
import { coarsePoint, COARSE_LAT_STEP, COARSE_LNG_STEP, snapBBoxOut } from '@/lib/map/coarse';

describe('coarse positions (lib/map/coarse.ts)', () => {
  it('gives the centre of the grid cell, the same for every point in the cell', () => {
    const a = coarsePoint({ lat: 55.66641, lng: 11.61853 });
    expect(a).toEqual({ lat: 55.6675, lng: 11.62 });
    expect(coarsePoint({ lat: 55.6651, lng: 11.6161 })).toEqual(a);
    expect(coarsePoint({ lat: 55.6699, lng: 11.6239 })).toEqual(a);
    expect(coarsePoint({ lat: 55.6701, lng: 11.6239 })).not.toEqual(a);
  });

  it('stays within half a cell of the real position (a few hundred metres)', () => {
    for (let i = 0; i < 500; i++) {
      const p = { lat: 54 + ((i * 7919) % 10000) / 2000, lng: 8 + ((i * 104729) % 10000) / 1000 };
      const c = coarsePoint(p);
      expect(Math.abs(c.lat - p.lat)).toBeLessThanOrEqual(COARSE_LAT_STEP / 2 + 1e-9);
      expect(Math.abs(c.lng - p.lng)).toBeLessThanOrEqual(COARSE_LNG_STEP / 2 + 1e-9);
    }
  });

  it('grows a box outwards to cell edges', () => {
    const b = snapBBoxOut({ south: 55.6662, west: 11.6181, north: 55.6664, east: 11.6183 });
    expect(b).toEqual({ south: 55.665, west: 11.616, north: 55.67, east: 11.624 });
    expect(snapBBoxOut(b)).toEqual(b);
  });
});
