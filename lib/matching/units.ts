// Quantity units as firms type them (free text, da/en/fi), reduced to a dimension and a factor so
// that "40 timer/uge" can be compared with "160 h/måned" and "2 t" with "2000 kg". Rates are
// brought to per week ("paller om måneden", "pallets a week", "tuntia viikossa", "ugentligt");
// "i alt"/"in total"/"yhteensä" say explicitly that an amount is not a rate. Anything
// unrecognised is null: the quantity then scores neutral and is not explained as coverage.
import { normalizeText } from '@/lib/search/normalize';

export type Dimension = 'hours' | 'area' | 'volume' | 'mass' | 'pallets' | 'pieces' | 'persons' | 'vehicles' | 'energy';

const BASE: [Dimension, number, string[]][] = [
  [
    'hours',
    1,
    [
      'timer',
      'time',
      't',
      'h',
      'hr',
      'hrs',
      'hour',
      'hours',
      'tunti',
      'tuntia',
      'tuntia',
      'maskintimer',
      'mandetimer',
      'arbejdstimer',
      'konetunnit',
      'konetuntia',
      'tyotunnit',
      'henkilotyotunti',
    ],
  ],
  ['hours', 7.4, ['dag', 'dage', 'day', 'days', 'paiva', 'paivaa', 'arbejdsdage', 'workdays', 'tyopaiva', 'tyopaivaa']],
  ['area', 1, ['m2', 'kvm', 'kvadratmeter', 'sqm', 'square metres', 'square meters', 'neliometri', 'neliota', 'neliometria']],
  ['volume', 1, ['m3', 'kubikmeter', 'cubic metres', 'kuutiometri', 'kuutiota']],
  ['mass', 1000, ['ton', 'tons', 'tonne', 'tonnes', 'tonni', 'tonnia']],
  ['mass', 1, ['kg', 'kilo', 'kilogram', 'kiloa']],
  [
    'pallets',
    1,
    ['paller', 'palle', 'pallepladser', 'palleplads', 'pallets', 'pallet', 'pallet places', 'lava', 'lavaa', 'lavapaikka', 'lavapaikkaa', 'eur-paller'],
  ],
  ['pieces', 1, ['stk', 'styk', 'pcs', 'pieces', 'units', 'kpl', 'kappaletta', 'emner', 'dele', 'parts']],
  ['persons', 1, ['personer', 'person', 'persons', 'people', 'medarbejdere', 'ansatte', 'henkiloa', 'henkilo', 'employees', 'fte']],
  ['vehicles', 1, ['biler', 'bil', 'lastbiler', 'trucks', 'vehicles', 'autoa', 'ajoneuvoa', 'ture', 'trips', 'kuormaa', 'loads', 'laes']],
  ['energy', 1, ['kwh']],
  ['energy', 1000, ['mwh']],
];
const UNITS = new Map<string, [Dimension, number]>();
for (const [dim, factor, names] of BASE) for (const n of names) UNITS.set(n, [dim, factor]);

const PER: [number, string[]][] = [
  [1, ['uge', 'ugen', 'week', 'wk', 'viikko', 'viikossa', 'vko', 'ugentlig', 'ugentligt', 'weekly', 'viikoittain']],
  [
    1 / 4.33,
    ['maned', 'maneden', 'mnd', 'md', 'mdr', 'month', 'mo', 'kuukausi', 'kuukaudessa', 'kuussa', 'kk', 'manedlig', 'manedligt', 'monthly', 'kuukausittain'],
  ],
  [5, ['dag', 'dagen', 'day', 'paiva', 'paivassa', 'daglig', 'dagligt', 'daily', 'paivittain']],
  [1 / 52, ['ar', 'aret', 'year', 'yr', 'vuosi', 'vuodessa', 'arlig', 'arligt', 'yearly', 'annually', 'vuosittain']],
];
const PERIODS = new Map<string, number>();
for (const [f, names] of PER) for (const n of names) PERIODS.set(n, f);
/** Words after a unit that say the amount is a total, not a rate. */
const TOTAL = new Set(['alt', 'i alt', 'ialt', 'total', 'in total', 'yhteensa', 'samlet']);
/** Suffix words that make a unit a rate without a separator ("paller ugentligt"). */
const SUFFIX =
  /\s+(ugentlig|ugentligt|weekly|viikoittain|manedlig|manedligt|monthly|kuukausittain|daglig|dagligt|daily|paivittain|arlig|arligt|yearly|annually|vuosittain|i alt|in total|total|yhteensa|samlet|ialt)$/;

export interface ParsedUnit {
  dim: Dimension;
  /** Multiply a quantity by this to get base units (per week for rates). */
  factor: number;
  rate: boolean;
}

function splitUnit(u: string): string[] {
  const parts = u.split(/\s*(?:\/|\bper\b|\bom\b|\bpr\.?|\bi\b|\ba\b|\bin\b|\bpa\b|\bhver\b|\bevery\b)\s*/).filter(Boolean);
  // Finnish puts the period after the unit without a word between: "lavaa kuukaudessa".
  const last = parts.length === 1 ? /^(.+) (\S+)$/.exec(u) : null;
  return last?.[2] && (PERIODS.has(last[2]) || TOTAL.has(last[2])) ? [last[1]!, last[2]] : parts;
}

export function parseUnit(unit: string | null | undefined): ParsedUnit | null {
  if (!unit) return null;
  const u = normalizeText(unit).replace(/²/g, '2').replace(/³/g, '3').replace(/\s+/g, ' ').trim();
  const suffix = SUFFIX.exec(u);
  const [what = '', per] = suffix ? [u.slice(0, suffix.index), suffix[1]] : splitUnit(u);
  const base = UNITS.get(what.replace(/\.$/, '').trim());
  if (!base) return null;
  if (per === undefined || TOTAL.has(per.trim())) return { dim: base[0], factor: base[1], rate: false };
  const p = PERIODS.get(per.replace(/\.$/, '').trim());
  return p === undefined ? null : { dim: base[0], factor: base[1] * p, rate: true };
}

/** Both quantities in the same base unit, or null when they cannot be compared. */
export function comparableQuantities(
  a: { quantity?: number | null; unit?: string | null },
  b: { quantity?: number | null; unit?: string | null },
): [number, number] | null {
  if (a.quantity == null || b.quantity == null || a.quantity <= 0 || b.quantity <= 0) return null;
  const ua = parseUnit(a.unit);
  const ub = parseUnit(b.unit);
  if (!ua || !ub || ua.dim !== ub.dim || ua.rate !== ub.rate) return null;
  return [a.quantity * ua.factor, b.quantity * ub.factor];
}
