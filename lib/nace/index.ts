// NACE Rev. 2 (data/nace.csv) with names in da/en/fi. Parsed once per process: the file is ~1,000
// rows and static, so a module-level cache is the simplest correct thing. Server-side only (fs).
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { UiLocale } from '@/db/schema';
import { rankNace } from './search';

export { foldText } from './search';

export const NACE_LEVELS = ['section', 'division', 'group', 'class'] as const;
export type NaceLevel = (typeof NACE_LEVELS)[number];

export interface NaceEntry {
  code: string;
  level: NaceLevel;
  /** Empty for sections. */
  parent: string;
  names: Record<UiLocale, string>;
}

interface NaceData {
  entries: NaceEntry[];
  byCode: Map<string, NaceEntry>;
}

let cache: NaceData | undefined;

function load(): NaceData {
  if (cache) return cache;
  const text = readFileSync(path.join(process.cwd(), 'data', 'nace.csv'), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length) throw new Error(`data/nace.csv: ${parsed.errors[0]?.message}`);
  const entries = parsed.data.map((r): NaceEntry => {
    const level = r.level as NaceLevel;
    if (!NACE_LEVELS.includes(level) || !r.code) throw new Error(`data/nace.csv: bad row ${JSON.stringify(r)}`);
    return {
      code: r.code,
      level,
      parent: r.parent ?? '',
      names: { da: r.name_da ?? '', en: r.name_en ?? '', fi: r.name_fi ?? '' },
    };
  });
  cache = { entries, byCode: new Map(entries.map((e) => [e.code, e])) };
  return cache;
}

/** Accepts `25.62`, `2562`, `256200` (a CVR branchekode) and returns the NACE code, if it exists. */
export function normalizeNaceCode(input: string): string | undefined {
  const s = input.trim().toUpperCase();
  if (load().byCode.has(s)) return s;
  const digits = s.replace(/[\s.]/g, '');
  if (!/^\d{2,6}$/.test(digits)) return undefined;
  const four = digits.length === 6 ? digits.slice(0, 4) : digits;
  const code = four.length <= 2 ? four : `${four.slice(0, 2)}.${four.slice(2)}`;
  return load().byCode.has(code) ? code : undefined;
}

export function naceByCode(code: string): NaceEntry | undefined {
  return load().byCode.get(code);
}

export function naceName(code: string, locale: UiLocale): string | undefined {
  return load().byCode.get(code)?.names[locale];
}

/** "25.62 Maskinforarbejdning" — how a code is shown to people. */
export function naceLabel(code: string, locale: UiLocale): string {
  const name = naceName(code, locale);
  return name ? `${code} ${name}` : code;
}

export function naceEntries(level?: NaceLevel): NaceEntry[] {
  const all = load().entries;
  return level ? all.filter((e) => e.level === level) : all;
}

export const naceSections = () => naceEntries('section');
export const naceDivisions = () => naceEntries('division');
export const naceGroups = () => naceEntries('group');
export const naceClasses = () => naceEntries('class');

/** The chain from the section down to the code itself, e.g. C → 25 → 25.6 → 25.62. */
export function naceAncestors(code: string): NaceEntry[] {
  const chain: NaceEntry[] = [];
  for (let e = naceByCode(code); e; e = e.parent ? naceByCode(e.parent) : undefined) chain.unshift(e);
  return chain;
}

export function naceSectionOf(code: string): string | undefined {
  return naceAncestors(code)[0]?.code;
}

/** Codes a firm can pick: classes and groups (divisions and sections are too broad to be useful). */
export function isSelectableNace(code: string): boolean {
  const e = naceByCode(code);
  return !!e && (e.level === 'class' || e.level === 'group');
}

export interface NaceOption {
  code: string;
  label: string;
  level: NaceLevel;
}

export function selectableNaceOptions(locale: UiLocale): NaceOption[] {
  return load()
    .entries.filter((e) => e.level === 'class' || e.level === 'group')
    .map((e) => ({ code: e.code, label: e.names[locale], level: e.level }));
}

/** Selectable codes matching a query, by code prefix or by name in the given language. */
export function searchNace(query: string, locale: UiLocale, limit = 30): NaceEntry[] {
  const selectable = load().entries.filter((e) => e.level === 'class' || e.level === 'group');
  const items = selectable.map((e) => ({ code: e.code, label: e.names[locale], entry: e }));
  return rankNace(items, query, limit).map((i) => i.entry);
}
