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

  const plan = planCells({
    firms: input.firms.map((f) => ({ firmId: f.id, unit: f.unit })),
    units: input.units,
    measures: LISTING_KINDS.filter((k) => visible[k]).map((k) => firmsWith[k]),
  });
  const rowKeys = [...plan.cells.map((c) => c.key), ...(plan.rest ? [REST_KEY] : [])];
  const sectionOf = (firmId: string) => firmById.get(firmId)!.section ?? NO_SECTION;
  const sections = [...new Set(input.firms.map((f) => f.section ?? NO_SECTION))].sort((a, b) =>
    a === NO_SECTION ? 1 : b === NO_SECTION ? -1 : a.localeCompare(b),
  );

  const tables = byKind((kind) => {
    if (!visible[kind]) return null;
    const rows = listings.filter((l) => l.kind === kind);
    const cell = (l: AreaListing) => plan.cellOf.get(l.firmId)!;
    return {
      categories: protectTable(
        rowKeys,
        LISTING_CATEGORIES,
        rows.map((l) => ({ row: cell(l), col: l.category, firmId: l.firmId, count: l.count ?? 1 })),
      ),
      sectors: protectTable(
        rowKeys,
        sections,
        rows.map((l) => ({ row: cell(l), col: sectionOf(l.firmId), firmId: l.firmId, count: l.count ?? 1 })),
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
      return {
        total: t.categories.total,
        categories: { values: t.categories.cols, other: t.categories.colOther },
        sectors: { values: t.sectors.cols, other: t.sectors.colOther },
      };
    }),
    cells: plan.cells.map((c) => areaCell(c.key, c.units, c.lat, c.lng, c.firmIds.length)),
    rest: plan.rest ? areaCell(REST_KEY, plan.rest.units, null, null, plan.rest.firmIds.length) : null,
    sectorFirms: { values: sectorFirms.values, other: sectorFirms.other },
    categories: LISTING_CATEGORIES,
    sections,
  };
}
