// A differencing "attacker" for the municipality tests: given what a table publishes, which withheld
// counts can be recovered exactly by arithmetic? Independent of lib/municipality/protect.ts (it
// solves the linear equations the published totals give, by Gaussian elimination), so a test using
// it checks the protection's promise rather than its implementation.
import type { ProtectedTable } from '@/lib/municipality/protect';

type Vec = number[];

/** Indices of the unknowns that the equations determine uniquely. */
export function determinedUnknowns(equations: Vec[], unknowns: number): number[] {
  // Row-reduce; an unknown is determined iff its unit vector lies in the row space, i.e. iff
  // after reduction some row has a pivot in that column and no other non-zero entry.
  const m = equations.map((r) => [...r]);
  const eps = 1e-9;
  const pivots: number[] = [];
  let row = 0;
  for (let col = 0; col < unknowns && row < m.length; col++) {
    let best = row;
    for (let r = row + 1; r < m.length; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[best]![col]!)) best = r;
    if (Math.abs(m[best]![col]!) < eps) continue;
    [m[row], m[best]] = [m[best]!, m[row]!];
    const p = m[row]![col]!;
    for (let c = 0; c < unknowns; c++) m[row]![c]! /= p;
    for (let r = 0; r < m.length; r++) {
      if (r === row) continue;
      const f = m[r]![col]!;
      if (Math.abs(f) < eps) continue;
      for (let c = 0; c < unknowns; c++) m[r]![c]! -= f * m[row]![c]!;
    }
    pivots.push(col);
    row++;
  }
  const out: number[] = [];
  for (let r = 0; r < pivots.length; r++) {
    const nonzero = m[r]!.map((v, c) => (Math.abs(v) > eps ? c : -1)).filter((c) => c >= 0);
    if (nonzero.length === 1) out.push(nonzero[0]!);
  }
  return out;
}

export interface TruthCell {
  count: number;
  firms: Set<string>;
}

/**
 * Withheld cells (inner cells and column totals) of a protected table that the published figures
 * determine exactly and that are backed by 1–2 firms: must be empty.
 */
export function exposedCells(table: ProtectedTable, rowKeys: string[], colKeys: string[], truth: (row: string | null, col: string) => TruthCell): string[] {
  const unknown: { row: string | null; col: string }[] = [];
  const idx = new Map<string, number>();
  const key = (row: string | null, col: string) => `${row ?? '*'}|${col}`;
  for (const r of rowKeys) for (const c of colKeys) if (table.rows[r]!.cells[c] === null) idx.set(key(r, c), unknown.push({ row: r, col: c }) - 1);
  for (const c of colKeys) if (table.cols[c] === null) idx.set(key(null, c), unknown.push({ row: null, col: c }) - 1);
  const n = unknown.length;
  if (n === 0) return [];
  const eqs: Vec[] = [];
  // Row r: Σ cells = row total (published).
  for (const r of rowKeys) {
    const v = new Array<number>(n).fill(0);
    for (const c of colKeys) {
      const i = idx.get(key(r, c));
      if (i !== undefined) v[i] = 1;
    }
    eqs.push(v);
  }
  // Column c: Σ cells − column total = 0.
  for (const c of colKeys) {
    const v = new Array<number>(n).fill(0);
    for (const r of rowKeys) {
      const i = idx.get(key(r, c));
      if (i !== undefined) v[i] = 1;
    }
    const t = idx.get(key(null, c));
    if (t !== undefined) v[t] = -1;
    eqs.push(v);
  }
  // Column totals add up to the grand total.
  const v = new Array<number>(n).fill(0);
  for (const c of colKeys) {
    const t = idx.get(key(null, c));
    if (t !== undefined) v[t] = 1;
  }
  eqs.push(v);
  return determinedUnknowns(eqs, n)
    .map((i) => unknown[i]!)
    .filter((u) => {
      const f = truth(u.row, u.col).firms.size;
      return f > 0 && f < 3;
    })
    .map((u) => key(u.row, u.col));
}
