import { describe, expect, it } from 'vitest';
import { LISTING_CATEGORIES, type ListingCategory, type ListingKind } from '@/db/schema';
import { aggregateArea, COMBINED_KEY, NO_SECTION, type AreaAggregates, type AreaFirm, type AreaListing } from '@/lib/municipality/aggregate';
import { REST_KEY, type UnitPoint } from '@/lib/municipality/cells';
import type { ProtectedTable } from '@/lib/municipality/protect';
import { exposedCells } from './helpers/municipality-attacker';

const units: UnitPoint[] = [
  { key: 'DK-4420', lat: 55.6667, lng: 11.6167 },
  { key: 'DK-4300', lat: 55.7167, lng: 11.7167 },
  { key: 'DK-4450', lat: 55.6637, lng: 11.4219 },
  { key: 'DK-4400', lat: 55.6795, lng: 11.0886 },
];

function firm(id: string, unit: string | null, section: string | null = 'C'): AreaFirm {
  return { id, unit, section };
}
function listing(firmId: string, kind: ListingKind, category: ListingCategory, count = 1): AreaListing {
  return { firmId, kind, category, count };
}

/** A per-kind area × category (or × sector) table as the page publishes it, for the attacker. */
function publishedCategoryTable(a: AreaAggregates, kind: ListingKind, by: 'categories' | 'sectors' = 'categories'): { table: ProtectedTable; rows: string[] } {
  const k = a.kinds[kind]!;
  const cells = [...a.cells, ...(a.rest ? [a.rest] : [])].filter((c) => c.listings[kind] !== null);
  const rows: ProtectedTable['rows'] = {};
  for (const c of cells) rows[c.key] = { total: c.listings[kind]!, cells: c[by][kind]!.values, other: c[by][kind]!.other };
  if (k.combined) rows[COMBINED_KEY] = { total: k.combined.total, cells: k.combined[by].values, other: k.combined[by].other };
  return {
    table: { rows, cols: k[by].values, colOther: k[by].other, total: k.total },
    rows: [...cells.map((c) => c.key), ...(k.combined ? [COMBINED_KEY] : [])],
  };
}

/** The published row a firm's listings of a kind are counted in. */
function publishedRow(a: AreaAggregates, kind: ListingKind, firms: AreaFirm[], firmId: string): string {
  const f = firms.find((x) => x.id === firmId)!;
  const area = a.cells.find((c) => c.units.includes(f.unit!))?.key ?? REST_KEY;
  return a.kinds[kind]?.combined?.areas.includes(area) ? COMBINED_KEY : area;
}

describe('aggregateArea', () => {
  it('publishes nothing but "hidden" for a network of 1–2 firms', () => {
    const a = aggregateArea({ firms: [firm('a', 'DK-4420'), firm('b', 'DK-4420')], units, listings: [listing('a', 'offer', 'capacity', 4)] });
    expect(a.hidden).toBe(true);
    expect(a.memberFirms).toBeNull();
    expect(a.cells).toEqual([]);
    expect(a.kinds).toEqual({ offer: null, need: null });
  });

  it('hides all offers when only 1–2 firms have open offers, and still shows the needs', () => {
    const firms = ['a', 'b', 'c', 'd'].map((id) => firm(id, 'DK-4420'));
    const a = aggregateArea({
      firms,
      units,
      listings: [listing('a', 'offer', 'capacity', 5), listing('b', 'offer', 'staff'), ...['a', 'b', 'c'].map((f) => listing(f, 'need', 'logistics'))],
    });
    expect(a.kinds.offer).toBeNull();
    expect(a.cells[0]!.listings).toEqual({ offer: null, need: 3 });
    expect(a.kinds.need?.categories.values.logistics).toBe(3);
  });

  it('withholds a category in an area backed by 1 firm, even among many firms and listings', () => {
    const regstrup = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => firm(id, 'DK-4420'));
    const holbaek = ['h1', 'h2', 'h3'].map((id) => firm(id, 'DK-4300'));
    const listings = [
      ...regstrup.map((f) => listing(f.id, 'offer', 'capacity')),
      ...holbaek.map((f) => listing(f.id, 'offer', 'capacity')),
      ...holbaek.map((f) => listing(f.id, 'offer', 'logistics')),
      // One Regstrup firm with many staff offers: 1 firm, 6 listings.
      listing('r1', 'offer', 'staff', 6),
    ];
    const a = aggregateArea({ firms: [...regstrup, ...holbaek], units, listings });
    const cell = a.cells.find((c) => c.key === 'DK-4420')!;
    expect(cell.categories.offer!.values.staff).toBeNull();
    expect(a.kinds.offer!.categories.values.staff).toBeNull();
    // The area's total and the network's total are published, so the staff count must not be
    // the only thing missing from them.
    const { table, rows } = publishedCategoryTable(a, 'offer');
    const truth = (row: string | null, col: string) => {
      const cellFirms = (f: string) => row === null || publishedRow(a, 'offer', [...regstrup, ...holbaek], f) === row;
      const hits = listings.filter((l) => l.category === col && cellFirms(l.firmId));
      return { count: hits.reduce((s, l) => s + (l.count ?? 1), 0), firms: new Set(hits.map((l) => l.firmId)) };
    };
    expect(exposedCells(table, rows, [...LISTING_CATEGORIES], truth)).toEqual([]);
    expect(cell.categories.offer!.other).toBeGreaterThanOrEqual(6);
  });

  it('shows an area’s firms but counts its needs with others when only 1 of its firms has needs', () => {
    const holbaek = ['h1', 'h2', 'h3', 'h4'].map((id) => firm(id, 'DK-4300'));
    const regstrup = ['r1', 'r2', 'r3'].map((id) => firm(id, 'DK-4420'));
    const jyderup = ['j1', 'j2', 'j3'].map((id) => firm(id, 'DK-4450'));
    const a = aggregateArea({
      firms: [...holbaek, ...regstrup, ...jyderup],
      units,
      listings: [
        ...[...holbaek, ...regstrup, ...jyderup].map((f) => listing(f.id, 'offer', 'capacity')),
        ...holbaek.map((f) => listing(f.id, 'need', 'staff')),
        listing('r1', 'need', 'premises', 4),
        listing('j1', 'need', 'premises', 1),
        listing('j2', 'need', 'staff', 1),
      ],
    });
    const cell = (k: string) => a.cells.find((c) => c.key === k)!;
    expect(cell('DK-4420').firms).toBe(3);
    expect(cell('DK-4420').listings).toEqual({ offer: 3, need: null });
    expect(cell('DK-4420').categories.need).toBeNull();
    expect(cell('DK-4450').listings.need).toBeNull();
    // Regstrup's one firm and Jyderup's two are counted together: 3 firms, 6 needs.
    expect(a.kinds.need?.combined).toMatchObject({ areas: ['DK-4420', 'DK-4450'], total: 6 });
    expect(cell('DK-4300').listings.need).toBe(4);
    expect(4 + a.kinds.need!.combined!.total).toBe(a.kinds.need!.total);
  });

  it('counts a lone firm’s needs together with the smallest other area when nothing else is withheld', () => {
    const holbaek = ['h1', 'h2', 'h3', 'h4'].map((id) => firm(id, 'DK-4300'));
    const regstrup = ['r1', 'r2', 'r3'].map((id) => firm(id, 'DK-4420'));
    const jyderup = ['j1', 'j2', 'j3'].map((id) => firm(id, 'DK-4450'));
    const a = aggregateArea({
      firms: [...holbaek, ...regstrup, ...jyderup],
      units,
      listings: [
        ...holbaek.map((f) => listing(f.id, 'need', 'staff')),
        ...jyderup.map((f) => listing(f.id, 'need', 'staff')),
        listing('r1', 'need', 'premises', 4),
      ],
    });
    // Regstrup alone (1 firm) would be readable from the total: Jyderup (3 firms) joins it.
    expect(a.kinds.need?.combined?.areas).toEqual(['DK-4420', 'DK-4450']);
    expect(a.cells.find((c) => c.key === 'DK-4300')!.listings.need).toBe(4);
  });

  it('merges a 1-firm postcode into the rest or a neighbour, never showing it alone', () => {
    const firms = [
      ...['h1', 'h2', 'h3'].map((id) => firm(id, 'DK-4300')),
      ...['j1', 'j2', 'j3'].map((id) => firm(id, 'DK-4450')),
      firm('k1', 'DK-4400'),
      firm('x1', null),
      firm('x2', null),
    ];
    const a = aggregateArea({ firms, units, listings: firms.map((f) => listing(f.id, 'need', 'purchasing')) });
    const keys = [...a.cells.map((c) => c.key), a.rest?.key];
    expect(keys).not.toContain('DK-4400');
    expect(a.rest).toMatchObject({ key: REST_KEY, lat: null, lng: null });
    expect(a.rest!.firms).toBeGreaterThanOrEqual(3);
    expect([...a.cells, a.rest!].reduce((s, c) => s + c.firms, 0)).toBe(firms.length);
    expect([...a.cells, a.rest!].reduce((s, c) => s + (c.listings.need ?? 0), 0)).toBe(a.kinds.need!.total);
  });

  it('counts firms per sector with the same rule, and firms without a NACE code apart', () => {
    const firms = [
      ...['a', 'b', 'c'].map((id) => firm(id, 'DK-4420', 'C')),
      firm('d', 'DK-4420', 'H'),
      firm('e', 'DK-4420', 'F'),
      firm('f', 'DK-4420', null),
      firm('g', 'DK-4420', 'F'),
    ];
    const a = aggregateArea({ firms, units, listings: [] });
    expect(a.sections).toEqual(['C', 'F', 'H', NO_SECTION]);
    expect(a.sectorFirms.values).toEqual({ C: 3, F: null, H: null, [NO_SECTION]: null });
    expect(a.sectorFirms.other).toBe(4);
  });

  it('carries no firm ids into its result', () => {
    const firms = Array.from({ length: 9 }, (_, i) => firm(`firm-secret-${i}`, i < 5 ? 'DK-4420' : 'DK-4300', i % 2 ? 'C' : 'M'));
    const a = aggregateArea({
      firms,
      units,
      listings: firms.flatMap((f, i) => [listing(f.id, 'offer', LISTING_CATEGORIES[i % 4]!), listing(f.id, 'need', 'staff')]),
    });
    expect(JSON.stringify(a)).not.toContain('firm-secret');
    expect(a.activeFirms).toBe(9);
  });

  it('protects every random network against differencing of its category and sector tables', () => {
    let seed = 3;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const sections = ['C', 'F', 'H', 'M', 'N'];
    for (let trial = 0; trial < 80; trial++) {
      const firms: AreaFirm[] = [];
      for (const u of units) {
        const n = Math.floor(rand() * 7);
        for (let i = 0; i < n; i++) firms.push(firm(`${u.key}-${i}`, u.key, sections[Math.floor(rand() * sections.length)]));
      }
      const listings: AreaListing[] = firms.flatMap((f) =>
        Array.from({ length: Math.floor(rand() * 4) }, () =>
          listing(f.id, rand() < 0.5 ? 'offer' : 'need', LISTING_CATEGORIES[Math.floor(rand() ** 2 * LISTING_CATEGORIES.length)]!),
        ),
      );
      const a = aggregateArea({ firms, units, listings });
      if (a.hidden) continue;
      for (const kind of ['offer', 'need'] as const) {
        if (!a.kinds[kind]) continue;
        const cellOf = (firmId: string) => publishedRow(a, kind, firms, firmId);
        const { table, rows } = publishedCategoryTable(a, kind);
        const truth = (row: string | null, col: string) => {
          const hits = listings.filter((l) => l.kind === kind && l.category === col && (row === null || cellOf(l.firmId) === row));
          return { count: hits.length, firms: new Set(hits.map((l) => l.firmId)) };
        };
        expect(exposedCells(table, rows, [...LISTING_CATEGORIES], truth), `trial ${trial} ${kind}`).toEqual([]);
        const bySector = publishedCategoryTable(a, kind, 'sectors');
        const sectorTruth = (row: string | null, col: string) => {
          const hits = listings.filter(
            (l) => l.kind === kind && firms.find((f) => f.id === l.firmId)!.section === col && (row === null || cellOf(l.firmId) === row),
          );
          return { count: hits.length, firms: new Set(hits.map((l) => l.firmId)) };
        };
        expect(exposedCells(bySector.table, bySector.rows, a.sections, sectorTruth), `trial ${trial} ${kind} sectors`).toEqual([]);
        // Every published row (area or combined) stands for 0 or ≥ 3 firms with that kind.
        for (const row of rows) {
          const backing = new Set(listings.filter((l) => l.kind === kind && cellOf(l.firmId) === row).map((l) => l.firmId)).size;
          expect(backing === 0 || backing >= 3, `${row}`).toBe(true);
        }
      }
    }
  });
});
