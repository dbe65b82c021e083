import { describe, expect, it } from 'vitest';
import { distanceKm, planCells, REST_KEY, type UnitPoint } from '@/lib/municipality/cells';

// Postcode areas around Holbæk (representative points, not firms' addresses).
const U: Record<string, UnitPoint> = {
  regstrup: { key: 'DK-4420', lat: 55.6667, lng: 11.6167 },
  holbaek: { key: 'DK-4300', lat: 55.7167, lng: 11.7167 },
  tolloese: { key: 'DK-4340', lat: 55.6125, lng: 11.7707 },
  ugerloese: { key: 'DK-4350', lat: 55.5833, lng: 11.65 },
  kalundborg: { key: 'DK-4400', lat: 55.6795, lng: 11.0886 },
  jyderup: { key: 'DK-4450', lat: 55.6637, lng: 11.4219 },
};
const units = Object.values(U);

/** n firms in a postcode area: ids `<unit>-<i>`. */
const firmsIn = (u: UnitPoint | null, n: number, prefix = u?.key ?? 'none') =>
  Array.from({ length: n }, (_, i) => ({ firmId: `${prefix}-${i}`, unit: u?.key ?? null }));

describe('planCells: areas of at least 3 firms', () => {
  it('shows areas with 3 or more firms on their own, at the postcode point', () => {
    const plan = planCells({ firms: [...firmsIn(U.regstrup!, 3), ...firmsIn(U.holbaek!, 5)], units });
    expect(plan.cells.map((c) => [c.key, c.firmIds.length])).toEqual([
      ['DK-4300', 5],
      ['DK-4420', 3],
    ]);
    expect(plan.cells[1]).toMatchObject({ lat: U.regstrup!.lat, lng: U.regstrup!.lng, units: ['DK-4420'] });
    expect(plan.rest).toBeNull();
  });

  it.each([1, 2])('merges an area with %i firm(s) into the nearest shown area within 10 km', (n) => {
    const plan = planCells({ firms: [...firmsIn(U.tolloese!, 4), ...firmsIn(U.ugerloese!, n), ...firmsIn(U.holbaek!, 3)], units });
    expect(distanceKm(U.ugerloese!, U.tolloese!)).toBeLessThan(10);
    const tolloese = plan.cells.find((c) => c.key === 'DK-4340')!;
    expect(tolloese.units).toEqual(['DK-4340', 'DK-4350']);
    expect(tolloese.firmIds).toHaveLength(4 + n);
    // The merged area keeps the main area's point.
    expect(tolloese.lat).toBe(U.tolloese!.lat);
    expect(plan.cells.some((c) => c.units[0] === 'DK-4350')).toBe(false);
  });

  it('puts small areas far from every shown area into the rest, when together they have 3 firms', () => {
    const plan = planCells({
      firms: [...firmsIn(U.holbaek!, 6), ...firmsIn(U.kalundborg!, 2), ...firmsIn(U.jyderup!, 1)],
      units,
      mergeRadiusKm: 10,
    });
    expect(plan.cells.map((c) => c.key)).toEqual(['DK-4300']);
    expect(plan.rest).toEqual({ units: ['DK-4400', 'DK-4450'], firmIds: expect.arrayContaining(['DK-4400-0', 'DK-4400-1', 'DK-4450-0']) as unknown });
    expect(plan.cellOf.get('DK-4400-0')).toBe(REST_KEY);
  });

  it('merges a rest of 1–2 firms into the nearest shown area at any distance rather than showing it', () => {
    const plan = planCells({ firms: [...firmsIn(U.holbaek!, 4), ...firmsIn(U.jyderup!, 3), ...firmsIn(U.kalundborg!, 1)], units });
    expect(plan.rest).toBeNull();
    const jyderup = plan.cells.find((c) => c.key === 'DK-4450')!;
    expect(jyderup.units).toEqual(['DK-4450', 'DK-4400']);
  });

  it('lets the smallest area join a rest of firms without a known area', () => {
    const plan = planCells({ firms: [...firmsIn(U.holbaek!, 5), ...firmsIn(U.regstrup!, 3), ...firmsIn(null, 1)], units });
    // One firm without an address cannot be placed anywhere: Regstrup (the smallest area) joins it.
    expect(plan.cells.map((c) => c.key)).toEqual(['DK-4300']);
    expect(plan.rest?.firmIds).toHaveLength(4);
    expect(plan.rest?.units).toEqual(['DK-4420']);
  });

  it('keeps every shown area and the rest at 3 or more firms, whatever the spread', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 200; trial++) {
      const firms = units.flatMap((u) => firmsIn(u, Math.floor(rand() * 5)));
      if (rand() < 0.3) firms.push(...firmsIn(null, 1 + Math.floor(rand() * 2)));
      if (firms.length < 3) continue;
      const plan = planCells({ firms, units });
      for (const c of plan.cells) expect(c.firmIds.length).toBeGreaterThanOrEqual(3);
      if (plan.rest) expect(plan.rest.firmIds.length).toBeGreaterThanOrEqual(3);
      // Every firm is in exactly one place.
      const placed = [...plan.cells.flatMap((c) => c.firmIds), ...(plan.rest?.firmIds ?? [])];
      expect(placed.sort()).toEqual(firms.map((f) => f.firmId).sort());
    }
  });

  it('gives the same areas for the same firms in any order', () => {
    const firms = [...firmsIn(U.holbaek!, 4), ...firmsIn(U.tolloese!, 3), ...firmsIn(U.ugerloese!, 1), ...firmsIn(U.kalundborg!, 2)];
    const a = planCells({ firms, units });
    const b = planCells({ firms: [...firms].reverse(), units });
    expect(b.cells.map((c) => [c.key, c.units, c.firmIds.length])).toEqual(a.cells.map((c) => [c.key, c.units, c.firmIds.length]));
  });
});
