// The municipality's picture of a network's area (pure; no database): counts of member firms and
// of open offers and needs per area, category and sector, with every count backed by fewer than
// MIN_FIRMS firms withheld (lib/municipality/protect.ts) and areas planned so that each shown area
// stands for enough firms (lib/municipality/cells.ts). Input rows carry firm ids only to count
// distinct firms; the output has no firm id, name or text: only keys and numbers.
//
// Counts include every open listing whatever its visibility (public, network, facilitators only):
// a count backed by at least three firms says nothing about any one listing, and leaving the
// confidential ones out would understate what the network does. No listing text is ever read.
import { LISTING_CATEGORIES, LISTING_KINDS, type ListingCategory, type ListingKind } from '@/db/schema';
import { planCells, REST_KEY, type UnitPoint } from './cells';
import { isSensitive, MIN_FIRMS, protectList, protectTable, type Count, type ProtectedTable } from './protect';

/** Firms without a NACE code are counted under this sector key. */
export const NO_SECTION = '~none';
/** The row, per kind, of the areas whose own count of that kind is withheld (1–2 firms). */
export const COMBINED_KEY = '~combined';

export interface AreaFirm {
  id: string;
  /** Postcode area key (see cells.ts), null when unknown. */
  unit: string | null;
  /** NACE section letter of the firm's main (first) code, null when it has none. */
  section: string | null;
}

export interface AreaListing {
  firmId: string;
  kind: ListingKind;
  category: ListingCategory;
  /** Several listings of one firm in the same kind and category may come as one row. */
  count?: number;
}

export interface AreaInput {
  /** The network's approved member firms. */
  firms: AreaFirm[];
  units: UnitPoint[];
  /** The member firms' open (active) listings. */
  listings: AreaListing[];
}

export interface Breakdown {
  values: Record<string, Count>;
  /** Sum of the withheld values: "other" in tables and charts. */
  other: number;
}

export interface KindFigures {
  total: number;
  categories: Breakdown;
  sectors: Breakdown;
  /**
   * Areas whose own count of this kind would stand for 1–2 firms are counted together here (their
   * own count is null): the keys of those areas and their combined figures, backed by ≥ 3 firms.
   */
  combined: { areas: string[]; total: number; categories: Breakdown; sectors: Breakdown } | null;
}

export interface AreaCell {
  /** A postcode area key, or REST_KEY for the rest of the area. */
  key: string;
  units: string[];
  /** The main postcode area's point; null for the rest. */
  lat: number | null;
  lng: number | null;
  firms: number;
  listings: Record<ListingKind, Count>;
  categories: Record<ListingKind, Breakdown | null>;
  sectors: Record<ListingKind, Breakdown | null>;
}

export interface AreaAggregates {
  minFirms: number;
  /** Fewer than MIN_FIRMS member firms: nothing but this flag is published. */
  hidden: boolean;
  memberFirms: Count;
  /** Member firms with at least one open listing. */
  activeFirms: Count;
  /** Null when only 1–2 firms have open listings of that kind: then none of its counts are shown. */
  kinds: Record<ListingKind, KindFigures | null>;
  cells: AreaCell[];
  /** Firms in postcode areas too small to show and too far to merge (null when there are none). */
  rest: AreaCell | null;
  /** Member firms per sector. */
  sectorFirms: Breakdown;
  categories: readonly ListingCategory[];
  /** The sectors present among the member firms, in NACE order (NO_SECTION last). */
  sections: string[];
}

const byKind = <T>(f: (k: ListingKind) => T) => Object.fromEntries(LISTING_KINDS.map((k) => [k, f(k)])) as Record<ListingKind, T>;

function emptyAggregates(hidden: boolean, memberFirms: Count): AreaAggregates {
  return {
    minFirms: MIN_FIRMS,
    hidden,
    memberFirms,
    activeFirms: hidden ? null : 0,
    kinds: byKind(() => null),
    cells: [],
    rest: null,
    sectorFirms: { values: {}, other: 0 },
    categories: LISTING_CATEGORIES,
    sections: [],
  };
}

export function aggregateArea(input: AreaInput): AreaAggregates {
  const firmById = new Map(input.firms.map((f) => [f.id, f]));
  if (isSensitive(input.firms.length)) return emptyAggregates(true, null);
  if (input.firms.length === 0) return emptyAggregates(false, 0);
  const listings = input.listings.filter((l) => firmById.has(l.firmId));

  const firmsWith = byKind((k) => new Set(listings.filter((l) => l.kind === k).map((l) => l.firmId)));
  const visible = byKind((k) => !isSensitive(firmsWith[k].size));
  const active = new Set(listings.map((l) => l.firmId));

  const plan = planCells({ firms: input.firms.map((f) => ({ firmId: f.id, unit: f.unit })), units: input.units });
  const areaKeys = [...plan.cells.map((c) => c.key), ...(plan.rest ? [REST_KEY] : [])];
  const areaOf = (firmId: string) => plan.cellOf.get(firmId)!;
  const sectionOf = (firmId: string) => firmById.get(firmId)!.section ?? NO_SECTION;
  const sections = [...new Set(input.firms.map((f) => f.section ?? NO_SECTION))].sort((a, b) =>
    a === NO_SECTION ? 1 : b === NO_SECTION ? -1 : a.localeCompare(b),
  );

  const tables = byKind((kind) => {
    if (!visible[kind]) return null;
    const rows = listings.filter((l) => l.kind === kind);
    const combined = combinedAreas(
      areaKeys,
      rows.map((l) => ({ area: areaOf(l.firmId), firmId: l.firmId })),
    );
    const rowOf = (l: AreaListing) => (combined.has(areaOf(l.firmId)) ? COMBINED_KEY : areaOf(l.firmId));
    const rowKeys = [...areaKeys.filter((a) => !combined.has(a)), ...(combined.size ? [COMBINED_KEY] : [])];
    return {
      combined,
      categories: protectTable(
        rowKeys,
        LISTING_CATEGORIES,
        rows.map((l) => ({ row: rowOf(l), col: l.category, firmId: l.firmId, count: l.count ?? 1 })),
      ),
      sectors: protectTable(
        rowKeys,
        sections,
        rows.map((l) => ({ row: rowOf(l), col: sectionOf(l.firmId), firmId: l.firmId, count: l.count ?? 1 })),
      ),
    };
  });

  const rowOf = (t: ProtectedTable | undefined, key: string): Breakdown | null => {
    const row = t?.rows[key];
    return row ? { values: row.cells, other: row.other } : null;
  };
  const areaCell = (key: string, units: string[], lat: number | null, lng: number | null, firms: number): AreaCell => ({
    key,
    units,
    lat,
    lng,
    firms,
    listings: byKind((k) => tables[k]?.categories.rows[key]?.total ?? null),
    categories: byKind((k) => rowOf(tables[k]?.categories, key)),
    sectors: byKind((k) => rowOf(tables[k]?.sectors, key)),
  });

  const sectorFirms = protectList(
    sections,
    input.firms.map((f) => ({ key: f.section ?? NO_SECTION, firmId: f.id })),
  );

  return {
    minFirms: MIN_FIRMS,
    hidden: false,
    memberFirms: input.firms.length,
    activeFirms: isSensitive(active.size) ? null : active.size,
    kinds: byKind((k) => {
      const t = tables[k];
      if (!t) return null;
      const c = t.categories.rows[COMBINED_KEY];
      return {
        total: t.categories.total,
        categories: { values: t.categories.cols, other: t.categories.colOther },
        sectors: { values: t.sectors.cols, other: t.sectors.colOther },
        combined: c
          ? {
              areas: areaKeys.filter((a) => t.combined.has(a)),
              total: c.total,
              categories: rowOf(t.categories, COMBINED_KEY)!,
              sectors: rowOf(t.sectors, COMBINED_KEY)!,
            }
          : null,
      };
    }),
    cells: plan.cells.map((c) => areaCell(c.key, c.units, c.lat, c.lng, c.firmIds.length)),
    rest: plan.rest ? areaCell(REST_KEY, plan.rest.units, null, null, plan.rest.firmIds.length) : null,
    sectorFirms: { values: sectorFirms.values, other: sectorFirms.other },
    categories: LISTING_CATEGORIES,
    sections,
  };
}

/**
 * The areas whose count of one kind is backed by 1–2 firms, to be counted together. If together
 * they are still 1–2 firms, the area with the fewest such firms joins them, until they are not.
 */
export function combinedAreas(areas: string[], rows: { area: string; firmId: string }[]): Set<string> {
  const firms = new Map(areas.map((a) => [a, new Set<string>()]));
  for (const r of rows) firms.get(r.area)!.add(r.firmId);
  const combined = new Set(areas.filter((a) => isSensitive(firms.get(a)!.size)));
  const union = () => new Set([...combined].flatMap((a) => [...firms.get(a)!])).size;
  while (combined.size && isSensitive(union())) {
    const next = areas.filter((a) => !combined.has(a) && firms.get(a)!.size > 0).sort((a, b) => firms.get(a)!.size - firms.get(b)!.size)[0];
    if (!next) break; // unreachable while the kind's total is backed by ≥ 3 firms
    combined.add(next);
  }
  return combined;
}
