// Small-count protection for the municipality's figures (pure; no database).
//
// The rule: a published count must be backed by at least MIN_FIRMS distinct firms. A count backed
// by 1–2 firms is withheld (null), and so are as many other counts as it takes for the withheld
// ones not to be recoverable by arithmetic from what is published:
//   • line sums: in a list or a table row/column whose total is published, total − published parts
//     = the sum of the withheld parts, so that sum must itself be backed by ≥ MIN_FIRMS firms. It is
//     then published openly as the line's "other" bucket (it is derivable anyway, so saying it is
//     honest, and it makes every list add up to its total).
//   • single cells of a two-way table: with row and column totals published, a withheld cell is
//     exactly determined iff it is a bridge of the bipartite graph of withheld cells (rows and
//     columns as vertices, margins included as a "total" row/column): a cell on a cycle can shift
//     by ±d around the cycle without changing any total. Every withheld cell backed by 1–2 firms
//     must therefore lie on a cycle; more cells are withheld until it does.
// What this does not promise: the bounds that non-negativity gives (a withheld cell is ≥ 1), and
// combinations of several different tables beyond their shared, published totals.

export const MIN_FIRMS = 3;

/** A published count, or null where it is withheld to protect firms. */
export type Count = number | null;

/** One firm's share of one count: usually one listing (count 1). */
export interface Contribution {
  key: string;
  firmId: string;
  count?: number;
}

export interface TableContribution {
  row: string;
  col: string;
  firmId: string;
  count?: number;
}

/** Backed by some firms, but fewer than MIN_FIRMS: must not be published. */
export const isSensitive = (firms: number) => firms > 0 && firms < MIN_FIRMS;

interface Tally {
  count: number;
  firms: Set<string>;
}

const tally = (): Tally => ({ count: 0, firms: new Set() });

function unionSize(tallies: Tally[]): number {
  const all = new Set<string>();
  for (const t of tallies) for (const f of t.firms) all.add(f);
  return all.size;
}

export interface ProtectedList {
  /** Every key asked for, 0 when nothing was counted, null when withheld. */
  values: Record<string, Count>;
  /** The sum of the withheld values (0 when none): backed by ≥ MIN_FIRMS firms or 0. */
  other: number;
  /** null when the whole list is backed by 1–2 firms (then every value is null too). */
  total: Count;
}

/**
 * A list of counts that adds up to a published total (offers per category, firms per sector …).
 * Withheld values go to `other`; if `other` itself would be backed by 1–2 firms, the smallest
 * published values join it until it is not.
 */
export function protectList(keys: readonly string[], contributions: Contribution[]): ProtectedList {
  const byKey = new Map<string, Tally>(keys.map((k) => [k, tally()]));
  const all = tally();
  for (const c of contributions) {
    const t = byKey.get(c.key);
    if (!t) throw new Error(`protectList: unknown key ${c.key}`);
    const n = c.count ?? 1;
    t.count += n;
    t.firms.add(c.firmId);
    all.count += n;
    all.firms.add(c.firmId);
  }
  if (isSensitive(all.firms.size)) {
    return { values: Object.fromEntries(keys.map((k) => [k, null])), other: 0, total: null };
  }
  const withheld = new Set(keys.filter((k) => isSensitive(byKey.get(k)!.firms.size)));
  for (;;) {
    const parts = [...withheld].map((k) => byKey.get(k)!);
    if (parts.length === 0 || !isSensitive(unionSize(parts))) break;
    const next = cheapest(keys.filter((k) => !withheld.has(k) && byKey.get(k)!.count > 0).map((k) => ({ id: k, t: byKey.get(k)! })));
    // Unreachable while the total is safe: the published rest then holds the other firms.
    if (!next) throw new Error('protectList: cannot protect the list');
    withheld.add(next);
  }
  let other = 0;
  const values: Record<string, Count> = {};
  for (const k of keys) {
    const t = byKey.get(k)!;
    if (withheld.has(k)) {
      values[k] = null;
      other += t.count;
    } else values[k] = t.count;
  }
  return { values, other, total: all.count };
}

/** The candidate that costs least to withhold: fewest firms, then smallest count, then first. */
function cheapest<T extends { t: Tally; id: string }>(candidates: T[]): string | undefined {
  let best: T | undefined;
  for (const c of candidates) {
    if (!best || c.t.firms.size < best.t.firms.size || (c.t.firms.size === best.t.firms.size && c.t.count < best.t.count)) {
      best = c;
    }
  }
  return best?.id;
}

export interface ProtectedRow {
  /** The row's total: always published (see protectTable). */
  total: number;
  cells: Record<string, Count>;
  /** The sum of the row's withheld cells. */
  other: number;
}

export interface ProtectedTable {
  rows: Record<string, ProtectedRow>;
  /** Column totals (e.g. offers per category in the whole network); null where withheld. */
  cols: Record<string, Count>;
  /** The sum of the withheld column totals. */
  colOther: number;
  total: number;
}

/**
 * A two-way table (e.g. area × category) with its row totals, column totals and grand total.
 * Row totals and the grand total must already be safe to publish (0 or ≥ MIN_FIRMS firms): they
 * are published elsewhere too (the area list, the key figures), so they are fixed here, and every
 * other table sharing them stays independent of this one. Throws if they are not safe.
 */
export function protectTable(rowKeys: readonly string[], colKeys: readonly string[], contributions: TableContribution[]): ProtectedTable {
  const R = rowKeys.length;
  const C = colKeys.length;
  const rowIndex = new Map(rowKeys.map((k, i) => [k, i]));
  const colIndex = new Map(colKeys.map((k, i) => [k, i]));
  // (R+1) × (C+1): index R is the column-totals row, index C the row-totals column.
  const grid: Tally[][] = Array.from({ length: R + 1 }, () => Array.from({ length: C + 1 }, tally));
  const at = (r: number, c: number) => grid[r]![c]!;
  const add = (r: number, c: number, n: number, firmId: string) => {
    const t = at(r, c);
    t.count += n;
    t.firms.add(firmId);
  };
  for (const x of contributions) {
    const r = rowIndex.get(x.row);
    const c = colIndex.get(x.col);
    if (r === undefined || c === undefined) throw new Error(`protectTable: unknown cell ${x.row} × ${x.col}`);
    const n = x.count ?? 1;
    add(r, c, n, x.firmId);
    add(r, C, n, x.firmId);
    add(R, c, n, x.firmId);
    add(R, C, n, x.firmId);
  }
  for (let r = 0; r <= R; r++) {
    if (isSensitive(at(r, C).firms.size)) throw new Error(`protectTable: total of row ${rowKeys[r] ?? 'all'} is backed by too few firms`);
  }

  const withheld = new Set<string>();
  const id = (r: number, c: number) => `${r}:${c}`;
  const isWithheld = (r: number, c: number) => withheld.has(id(r, c));
  const nonzero = (r: number, c: number) => at(r, c).count > 0;
  // Row totals and the grand total are fixed (published).
  const fixed = (_r: number, c: number) => c === C;

  for (let r = 0; r <= R; r++) for (let c = 0; c < C; c++) if (isSensitive(at(r, c).firms.size)) withheld.add(id(r, c));

  const withhold = (cells: [number, number][]) => {
    for (const [r, c] of cells) {
      if (fixed(r, c)) throw new Error('protectTable: tried to withhold a fixed total');
      withheld.add(id(r, c));
    }
  };

  /** A line (row or column) whose total is published: the withheld part must be backed by ≥ 3 firms. */
  const lineRule = (cells: [number, number][], total: [number, number]): boolean => {
    if (isWithheld(...total)) return false;
    const hidden = cells.filter(([r, c]) => isWithheld(r, c) && nonzero(r, c));
    if (hidden.length === 0 || !isSensitive(unionSize(hidden.map(([r, c]) => at(r, c))))) return false;
    const open = cells.filter(([r, c]) => !isWithheld(r, c) && nonzero(r, c));
    const pick = cheapest(open.map(([r, c]) => ({ id: id(r, c), t: at(r, c), rc: [r, c] as [number, number] })));
    if (pick) {
      const [r, c] = pick.split(':').map(Number) as [number, number];
      withhold([[r, c]]);
    } else withhold([total]); // unreachable for a safe total; kept so the loop always progresses
    return true;
  };

  const applyLineRules = (): boolean => {
    for (let r = 0; r <= R; r++) {
      const cells = Array.from({ length: C }, (_, c) => [r, c] as [number, number]);
      if (lineRule(cells, [r, C])) return true;
    }
    for (let c = 0; c < C; c++) {
      const cells = Array.from({ length: R }, (_, r) => [r, c] as [number, number]);
      if (lineRule(cells, [R, c])) return true;
    }
    return false;
  };

  const cost = (cells: [number, number][]) => {
    const fresh = cells.filter(([r, c]) => !isWithheld(r, c));
    // Column totals (network-wide figures) are worth more than a cell: withholding one costs more.
    return {
      fresh,
      score: fresh.reduce((s, [r]) => s + (r === R ? 3 : 1), 0) * 1e9 + fresh.reduce((s, [r, c]) => s + at(r, c).count, 0),
    };
  };

  /** Withholds the cheapest set of cells that puts the bridge (a, b) on a cycle. */
  const fixBridge = (a: number, b: number) => {
    const options: [number, number][][] = [];
    if (a < R) {
      for (let c2 = 0; c2 < C; c2++) {
        if (c2 === b || !nonzero(a, c2)) continue;
        for (let r2 = 0; r2 < R; r2++) {
          if (r2 !== a && nonzero(r2, b) && nonzero(r2, c2))
            options.push([
              [a, c2],
              [r2, b],
              [r2, c2],
            ]);
        }
        options.push([
          [a, c2],
          [R, b],
          [R, c2],
        ]);
      }
    } else {
      for (let r = 0; r < R; r++) {
        if (!nonzero(r, b)) continue;
        for (let c2 = 0; c2 < C; c2++)
          if (c2 !== b && nonzero(r, c2))
            options.push([
              [r, b],
              [r, c2],
              [R, c2],
            ]);
      }
    }
    let best: { fresh: [number, number][]; score: number } | undefined;
    for (const o of options) {
      const c = cost(o);
      if (c.fresh.length && (!best || c.score < best.score)) best = c;
    }
    if (!best) throw new Error('protectTable: cannot protect a cell');
    withhold(best.fresh);
  };

  for (;;) {
    if (applyLineRules()) continue;
    const bridge = sensitiveBridge(R, C, withheld, (r, c) => isSensitive(at(r, c).firms.size));
    if (!bridge) break;
    fixBridge(bridge[0], bridge[1]);
  }

  const rows: Record<string, ProtectedRow> = {};
  for (let r = 0; r < R; r++) {
    const cells: Record<string, Count> = {};
    let other = 0;
    for (let c = 0; c < C; c++) {
      if (isWithheld(r, c)) {
        cells[colKeys[c]!] = null;
        other += at(r, c).count;
      } else cells[colKeys[c]!] = at(r, c).count;
    }
    rows[rowKeys[r]!] = { total: at(r, C).count, cells, other };
  }
  const cols: Record<string, Count> = {};
  let colOther = 0;
  for (let c = 0; c < C; c++) {
    if (isWithheld(R, c)) {
      cols[colKeys[c]!] = null;
      colOther += at(R, c).count;
    } else cols[colKeys[c]!] = at(R, c).count;
  }
  return { rows, cols, colOther, total: at(R, C).count };
}

/**
 * The first withheld cell that is a bridge of the withheld-cells graph and backed by 1–2 firms.
 * Vertices: rows 0..R (R = the totals row) and columns 0..C; an edge per withheld cell.
 */
function sensitiveBridge(R: number, C: number, withheld: Set<string>, sensitive: (r: number, c: number) => boolean): [number, number] | undefined {
  const V = R + 1 + C + 1;
  const adj: { to: number; edge: number }[][] = Array.from({ length: V }, () => []);
  const edges: [number, number][] = [];
  for (const key of [...withheld].sort()) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    const e = edges.length;
    edges.push([r, c]);
    adj[r]!.push({ to: R + 1 + c, edge: e });
    adj[R + 1 + c]!.push({ to: r, edge: e });
  }
  // Tarjan's bridge finding, iteratively (no recursion limits to think about).
  const disc = new Array<number>(V).fill(-1);
  const low = new Array<number>(V).fill(0);
  let time = 0;
  const bridges = new Set<number>();
  for (let s = 0; s < V; s++) {
    if (disc[s] !== -1) continue;
    const stack: { v: number; parentEdge: number; i: number }[] = [{ v: s, parentEdge: -1, i: 0 }];
    disc[s] = low[s] = time++;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const next = adj[top.v]![top.i++];
      if (next) {
        if (next.edge === top.parentEdge) continue;
        if (disc[next.to] === -1) {
          disc[next.to] = low[next.to] = time++;
          stack.push({ v: next.to, parentEdge: next.edge, i: 0 });
        } else low[top.v] = Math.min(low[top.v]!, disc[next.to]!);
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          low[parent.v] = Math.min(low[parent.v]!, low[top.v]!);
          if (low[top.v]! > disc[parent.v]!) bridges.add(top.parentEdge);
        }
      }
    }
  }
  for (let e = 0; e < edges.length; e++) {
    const [r, c] = edges[e]!;
    if (bridges.has(e) && sensitive(r, c)) return [r, c];
  }
  return undefined;
}
