import { describe, expect, it } from 'vitest';
import { protectList, protectTable, type TableContribution } from '@/lib/municipality/protect';
import { determinedUnknowns, exposedCells, type TruthCell } from './helpers/municipality-attacker';

const listings = (key: string, firmId: string, n = 1) => Array.from({ length: n }, () => ({ key, firmId }));

describe('protectList: counts backed by fewer than 3 firms', () => {
  const keys = ['capacity', 'staff', 'premises', 'logistics'];

  it('withholds a count from 1 firm and from 2 firms, shows one from 3 firms', () => {
    const r = protectList(keys, [
      ...listings('capacity', 'a'),
      ...listings('staff', 'a'),
      ...listings('staff', 'b'),
      ...listings('premises', 'a'),
      ...listings('premises', 'b'),
      ...listings('premises', 'c'),
      ...listings('logistics', 'd', 2),
      ...listings('logistics', 'e'),
      ...listings('logistics', 'f'),
    ]);
    expect(r.values.capacity).toBeNull();
    expect(r.values.staff).toBeNull();
    // Withheld together, capacity and staff are still firms a and b only: the smallest published
    // count (premises, 3 listings) joins them so that "other" is backed by 3 firms.
    expect(r.values.premises).toBeNull();
    expect(r.values.logistics).toBe(4);
    expect(r.other).toBe(6);
    expect(r.total).toBe(10);
  });

  it('counts distinct firms, not listings: one firm with many listings stays withheld', () => {
    const r = protectList(keys, [...listings('capacity', 'a', 12), ...listings('staff', 'b'), ...listings('staff', 'c'), ...listings('staff', 'd')]);
    expect(r.values.capacity).toBeNull();
    // The 12 withheld listings alone would be one firm's: a published count joins the bucket.
    expect(r.values.staff).toBeNull();
    expect(r.other).toBe(15);
    expect(r.total).toBe(15);
  });

  it('publishes the withheld sum when it is backed by 3 firms, and shows zeros', () => {
    const r = protectList(keys, [
      ...listings('capacity', 'a', 2),
      ...listings('staff', 'b'),
      ...listings('staff', 'c'),
      ...listings('premises', 'd'),
      ...listings('premises', 'e'),
      ...listings('premises', 'f'),
    ]);
    expect(r.values).toEqual({ capacity: null, staff: null, premises: 3, logistics: 0 });
    expect(r.other).toBe(4);
    // total − published = other: the differencing a reader can do reveals only the 3-firm bucket.
    expect(r.total! - (r.values.premises ?? 0)).toBe(r.other);
  });

  it('withholds everything, total included, when the whole list is backed by 1–2 firms', () => {
    const r = protectList(keys, [...listings('capacity', 'a', 5), ...listings('staff', 'b', 3)]);
    expect(r.total).toBeNull();
    expect(Object.values(r.values).every((v) => v === null)).toBe(true);
  });

  it('shows everything when no count is small', () => {
    const firms = ['a', 'b', 'c'];
    const r = protectList(
      keys,
      firms.flatMap((f) => [...listings('capacity', f), ...listings('staff', f)]),
    );
    expect(r.values).toEqual({ capacity: 3, staff: 3, premises: 0, logistics: 0 });
    expect(r.other).toBe(0);
  });
});

/** A table from a compact spec: { row: { col: [firmId, …] } } (one listing per entry). */
function table(spec: Record<string, Record<string, string[]>>): TableContribution[] {
  return Object.entries(spec).flatMap(([row, cols]) => Object.entries(cols).flatMap(([col, firms]) => firms.map((firmId) => ({ row, col, firmId }))));
}

function truthOf(contribs: TableContribution[]) {
  return (row: string | null, col: string): TruthCell => {
    const hits = contribs.filter((c) => (row === null || c.row === row) && c.col === col);
    return { count: hits.reduce((s, c) => s + (c.count ?? 1), 0), firms: new Set(hits.map((c) => c.firmId)) };
  };
}

describe('the differencing attacker (test helper) finds what naive suppression leaks', () => {
  it('recovers a lone withheld cell from the totals', () => {
    // x + 5 = 8 → x = 3: one unknown, one equation.
    expect(
      determinedUnknowns(
        [
          [1, 0],
          [1, 1],
        ],
        2,
      ),
    ).toEqual([0, 1]);
    expect(determinedUnknowns([[1, 1]], 2)).toEqual([]);
  });

  it('flags a table where only the small cell itself is withheld', () => {
    const contribs = table({ north: { capacity: ['a'], staff: ['b', 'c', 'd'] }, south: { capacity: ['e', 'f', 'g'], staff: ['h', 'i', 'j'] } });
    const naive = {
      rows: {
        north: { total: 4, cells: { capacity: null, staff: 3 }, other: 1 },
        south: { total: 6, cells: { capacity: 3, staff: 3 }, other: 0 },
      },
      cols: { capacity: 4, staff: 6 },
      colOther: 0,
      total: 10,
    };
    expect(exposedCells(naive, ['north', 'south'], ['capacity', 'staff'], truthOf(contribs))).toEqual(['north|capacity']);
  });
});

describe('protectTable: area × category', () => {
  const rows = ['regstrup', 'holbaek', 'jyderup'];
  const cols = ['capacity', 'staff', 'premises'];

  it('withholds a 1-firm cell together with enough others that no total gives it away', () => {
    const contribs = table({
      regstrup: { capacity: ['a', 'b', 'c'], staff: ['a'], premises: ['b', 'c', 'd'] },
      holbaek: { capacity: ['e', 'f', 'g'], staff: ['e', 'f', 'g'], premises: ['h', 'e', 'f'] },
      jyderup: { capacity: ['i', 'j', 'k'], staff: ['i', 'j', 'k'], premises: ['i', 'j', 'k'] },
    });
    const t = protectTable(rows, cols, contribs);
    expect(t.rows.regstrup!.cells.staff).toBeNull();
    // Row totals are always published and the row adds up: published + other = total.
    for (const r of rows) {
      const row = t.rows[r]!;
      const shown = Object.values(row.cells).reduce<number>((s, v) => s + (v ?? 0), 0);
      expect(shown + row.other).toBe(row.total);
    }
    const shownCols = Object.values(t.cols).reduce<number>((s, v) => s + (v ?? 0), 0);
    expect(shownCols + t.colOther).toBe(t.total);
    expect(exposedCells(t, rows, cols, truthOf(contribs))).toEqual([]);
    // More than the one small cell had to go, or regstrup's total would reveal it.
    const withheld = rows.flatMap((r) => cols.filter((c) => t.rows[r]!.cells[c] === null));
    expect(withheld.length).toBeGreaterThan(1);
  });

  it('withholds a category backed by 2 firms across the whole network, column total included', () => {
    const contribs = table({
      regstrup: { capacity: ['a', 'b', 'c'], staff: ['a'] },
      holbaek: { capacity: ['d', 'e', 'f'], staff: ['d'] },
      jyderup: { capacity: ['g', 'h', 'i'], premises: ['g', 'h', 'i'] },
    });
    const t = protectTable(rows, cols, contribs);
    expect(t.cols.staff).toBeNull();
    expect(t.rows.regstrup!.cells.staff).toBeNull();
    expect(t.rows.holbaek!.cells.staff).toBeNull();
    expect(exposedCells(t, rows, cols, truthOf(contribs))).toEqual([]);
    // The "other categories" bucket of the network is backed by ≥ 3 firms.
    expect(t.colOther).toBeGreaterThan(0);
  });

  it('publishes every cell of a table without small counts', () => {
    const contribs = table({
      regstrup: { capacity: ['a', 'b', 'c'] },
      holbaek: { capacity: ['d', 'e', 'f'], staff: ['d', 'e', 'f'] },
      jyderup: { premises: ['g', 'h', 'i'] },
    });
    const t = protectTable(rows, cols, contribs);
    expect(t.rows.holbaek!.cells).toEqual({ capacity: 3, staff: 3, premises: 0 });
    expect(t.colOther).toBe(0);
  });

  it('refuses a row total backed by 1–2 firms (areas are planned so that never happens)', () => {
    expect(() => protectTable(['x'], ['capacity'], table({ x: { capacity: ['a', 'b'] } }))).toThrow(/too few firms/);
  });

  it('never leaves a small cell recoverable, on many random tables', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let checked = 0;
    let withheldSeen = 0;
    for (let trial = 0; trial < 300; trial++) {
      const nRows = 2 + Math.floor(rand() * 5);
      const nCols = 3 + Math.floor(rand() * 7);
      const rowKeys = Array.from({ length: nRows }, (_, i) => `r${i}`);
      const colKeys = Array.from({ length: nCols }, (_, i) => `c${i}`);
      const contribs: TableContribution[] = [];
      // Each area has 3–8 firms, each firm 1–4 listings in random (skewed) categories.
      for (const row of rowKeys) {
        const firms = 3 + Math.floor(rand() * 6);
        for (let f = 0; f < firms; f++) {
          const firmId = `${row}-f${f}`;
          const n = 1 + Math.floor(rand() * 4);
          for (let l = 0; l < n; l++) {
            const col = colKeys[Math.floor(rand() ** 2 * nCols)]!;
            contribs.push({ row, col, firmId, count: 1 + Math.floor(rand() * 2) });
          }
        }
      }
      const t = protectTable(rowKeys, colKeys, contribs);
      const truth = truthOf(contribs);
      expect(exposedCells(t, rowKeys, colKeys, truth), `trial ${trial}`).toEqual([]);
      for (const r of rowKeys) {
        for (const c of colKeys) {
          const v = t.rows[r]!.cells[c];
          const real = truth(r, c);
          if (v === null) withheldSeen++;
          else expect(v).toBe(real.count);
          // No published count is backed by 1–2 firms.
          if (typeof v === 'number' && v > 0) expect(real.firms.size).toBeGreaterThanOrEqual(3);
        }
        // A row's withheld part (its "other") is never the work of 1–2 firms.
        const hidden = new Set(colKeys.filter((c) => t.rows[r]!.cells[c] === null).flatMap((c) => [...truth(r, c).firms]));
        expect(hidden.size === 0 || hidden.size >= 3).toBe(true);
      }
      for (const c of colKeys) {
        const hidden = new Set(rowKeys.filter((r) => t.rows[r]!.cells[c] === null).flatMap((r) => [...truth(r, c).firms]));
        if (t.cols[c] !== null) expect(hidden.size === 0 || hidden.size >= 3, `trial ${trial} column ${c}`).toBe(true);
      }
      checked++;
    }
    expect(checked).toBe(300);
    // The random tables do exercise the suppression.
    expect(withheldSeen).toBeGreaterThan(300);
  });
});
