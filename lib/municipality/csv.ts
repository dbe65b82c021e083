// The municipality's figures as one CSV (pure): the same figures as the page, with the same
// withheld counts, in "long" form (one figure per line) so that Excel's pivot tables and charts can
// use it directly. UTF-8 with a byte-order mark so that Excel reads æøå; ';' as separator where
// Excel expects it (Danish and Finnish settings use the decimal comma).
import Papa from 'papaparse';
import { LISTING_KINDS, type ListingKind } from '@/db/schema';
import type { AreaCellDto, AreaOverviewDto } from '@/lib/dal/municipality';
import { ACTIVITY_SERIES, type ActivitySeries } from './activity';
import { OUTCOME_KINDS_SHOWN, type OutcomeKindShown } from './outcomes';
import type { Count } from './protect';

export const CSV_TABLES = ['keyFigures', 'areas', 'areaCategories', 'areaSectors', 'categories', 'sectors', 'sectorFirms', 'activity', 'outcomes'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];
export const KEY_FIGURES = ['memberFirms', 'activeFirms', 'openOffers', 'openNeeds', 'listings', 'matches', 'introductions', 'outcomes', 'meetings'] as const;
export type KeyFigure = (typeof KEY_FIGURES)[number];

export interface CsvLabels {
  /** Table, area, postcodes, month, kind, category, sector, measure, value, note. */
  headers: [string, string, string, string, string, string, string, string, string, string];
  tables: Record<CsvTable, string>;
  keyFigures: Record<KeyFigure, string>;
  activity: Record<ActivitySeries, string>;
  kinds: Record<ListingKind, string>;
  firms: string;
  listings: string;
  category: (key: string) => string;
  sector: (key: string) => string;
  outcomeKind: (key: OutcomeKindShown) => string;
  area: (cell: AreaCellDto) => string;
  total: string;
  /** The row of areas whose own count is withheld, counted together. */
  combined: string;
  otherCategories: string;
  otherSectors: string;
  /** A series' withheld months together; result kinds withheld together. */
  otherMonths: string;
  otherKinds: string;
  withheldNote: string;
  otherNote: string;
}

type Cell = string | number;
type Row = [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];

export function csvRows(o: AreaOverviewDto, l: CsvLabels): Row[] {
  const rows: Row[] = [];
  const { area } = o;
  const period = `${o.from} – ${o.to}`;
  const push = (
    table: CsvTable,
    f: { area?: string; postcodes?: string; month?: string; kind?: string; category?: string; sector?: string; measure?: string },
    value: Count,
    note = '',
  ) => {
    rows.push([
      l.tables[table],
      f.area ?? '',
      f.postcodes ?? '',
      f.month ?? '',
      f.kind ?? '',
      f.category ?? '',
      f.sector ?? '',
      f.measure ?? '',
      value ?? '',
      value === null ? l.withheldNote : note,
    ]);
  };
  if (area.hidden) return rows;

  const kf: Record<KeyFigure, Count> = {
    memberFirms: area.memberFirms,
    activeFirms: area.activeFirms,
    openOffers: area.kinds.offer?.total ?? null,
    openNeeds: area.kinds.need?.total ?? null,
    listings: o.totals?.listings ?? null,
    matches: o.totals?.matches ?? null,
    introductions: o.totals?.introductions ?? null,
    outcomes: o.outcomes?.results ?? null,
    meetings: o.totals?.meetings ?? null,
  };
  for (const k of KEY_FIGURES) {
    const inPeriod = !['memberFirms', 'activeFirms', 'openOffers', 'openNeeds'].includes(k);
    push('keyFigures', { measure: l.keyFigures[k], month: inPeriod ? period : o.generatedAt.slice(0, 10) }, kf[k]);
  }

  const cells = [...area.cells, ...(area.rest ? [area.rest] : [])];
  const where = (c: AreaCellDto) => ({ area: l.area(c), postcodes: c.places.map((p) => p.postcode).join(', ') });
  for (const c of cells) {
    push('areas', { ...where(c), measure: l.firms }, c.firms);
    for (const k of LISTING_KINDS) push('areas', { ...where(c), kind: l.kinds[k], measure: l.listings }, c.listings[k]);
  }
  const byKey = new Map(cells.map((c) => [c.key, c]));
  const combinedWhere = (k: ListingKind) => ({
    area: l.combined,
    postcodes: (area.kinds[k]?.combined?.areas ?? []).flatMap((key) => byKey.get(key)?.places.map((p) => p.postcode) ?? []).join(', '),
  });
  for (const k of LISTING_KINDS) {
    const c = area.kinds[k]?.combined;
    if (c) push('areas', { ...combinedWhere(k), kind: l.kinds[k], measure: l.listings }, c.total);
  }
  push('areas', { area: l.total, measure: l.firms }, area.memberFirms);
  for (const k of LISTING_KINDS) push('areas', { area: l.total, kind: l.kinds[k], measure: l.listings }, area.kinds[k]?.total ?? null);

  /** One breakdown per kind; a kind without one (hidden, or counted in the combined row) is left out. */
  const breakdown = (
    table: CsvTable,
    by: 'categories' | 'sectors',
    keys: readonly string[],
    base: { area?: string; postcodes?: string },
    get: (k: ListingKind) => { values: Record<string, Count>; other: number } | null | undefined,
  ) => {
    for (const k of LISTING_KINDS) {
      const b = get(k);
      if (!b) continue;
      for (const key of keys) {
        const value = b.values[key] === undefined ? 0 : b.values[key];
        if (value === 0) continue;
        const dim = by === 'categories' ? { category: l.category(key) } : { sector: l.sector(key) };
        push(table, { ...base, kind: l.kinds[k], ...dim, measure: l.listings }, value);
      }
      if (b.other > 0) {
        const dim = by === 'categories' ? { category: l.otherCategories } : { sector: l.otherSectors };
        push(table, { ...base, kind: l.kinds[k], ...dim, measure: l.listings }, b.other, l.otherNote);
      }
    }
  };
  for (const c of cells) {
    breakdown('areaCategories', 'categories', area.categories, where(c), (k) => c.categories[k]);
    breakdown('areaSectors', 'sectors', area.sections, where(c), (k) => c.sectors[k]);
  }
  for (const k of LISTING_KINDS) {
    const c = area.kinds[k]?.combined;
    if (!c) continue;
    const only = (x: ListingKind) => (x === k ? c : undefined);
    breakdown('areaCategories', 'categories', area.categories, combinedWhere(k), (x) => only(x)?.categories);
    breakdown('areaSectors', 'sectors', area.sections, combinedWhere(k), (x) => only(x)?.sectors);
  }
  breakdown('categories', 'categories', area.categories, {}, (k) => area.kinds[k]?.categories);
  breakdown('sectors', 'sectors', area.sections, {}, (k) => area.kinds[k]?.sectors);
  for (const s of area.sections)
    push('sectorFirms', { sector: l.sector(s), measure: l.firms }, area.sectorFirms.values[s] === undefined ? 0 : area.sectorFirms.values[s]);
  if (area.sectorFirms.other > 0) push('sectorFirms', { sector: l.otherSectors, measure: l.firms }, area.sectorFirms.other, l.otherNote);

  for (const m of o.activity) for (const s of ACTIVITY_SERIES) push('activity', { month: m.month, measure: l.activity[s] }, m[s]);
  for (const s of ACTIVITY_SERIES) {
    const other = o.withheld?.[s] ?? 0;
    if (other > 0) push('activity', { month: l.otherMonths, measure: l.activity[s] }, other, l.otherNote);
  }
  if (o.outcomes) {
    for (const k of OUTCOME_KINDS_SHOWN) push('outcomes', { month: period, measure: l.outcomeKind(k) }, o.outcomes.byKind[k]);
    if (o.outcomes.otherKinds > 0) push('outcomes', { month: period, measure: l.otherKinds }, o.outcomes.otherKinds, l.otherNote);
  }
  return rows;
}

/** The CSV text: a header line, then one figure per line. */
export function toCsv(o: AreaOverviewDto, labels: CsvLabels, delimiter: ';' | ','): string {
  const body = Papa.unparse([labels.headers, ...csvRows(o, labels)], { delimiter, newline: '\r\n', escapeFormulae: true });
  return `\uFEFF${body}\r\n`;
}

/** industrivej-<network>-<period>-<date>.csv */
export function csvFileName(o: AreaOverviewDto): string {
  return `industrivej-${o.network.ref}-${o.period}-${o.generatedAt.slice(0, 10)}.csv`.replace(/[^A-Za-z0-9._-]/g, '-');
}
