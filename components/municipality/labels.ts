// Names for what the figures are about, in the UI language. Server-side (NACE names come from
// data/nace.csv through lib/nace).
import type { Locale as UiLocale } from '@/lib/i18n/config';
import type { AreaCellDto } from '@/lib/dal/municipality';
import { NO_SECTION } from '@/lib/municipality/aggregate';
import { naceByCode } from '@/lib/nace';

export const KIND_COLORS = { offer: '#047857', need: '#b45309', firms: '#475569' } as const;

export function sectionName(code: string, locale: UiLocale, noneLabel: string): string {
  if (code === NO_SECTION) return noneLabel;
  return naceByCode(code)?.names[locale] ?? code;
}

/** "4420 Regstrup", or the rest of the area. */
export function areaTitle(cell: AreaCellDto, restLabel: string): string {
  const main = cell.places[0];
  return cell.lat === null || !main ? restLabel : `${main.postcode} ${main.name}`;
}

/** Postcode areas merged into the cell (for the rest: all of them). */
export function mergedPlaces(cell: AreaCellDto): string[] {
  const merged = cell.lat === null ? cell.places : cell.places.slice(1);
  return merged.map((p) => `${p.postcode} ${p.name}`);
}
