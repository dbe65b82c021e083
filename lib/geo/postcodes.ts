// Postcode → town and a representative point (GeoNames, CC BY 4.0; see data/SOURCES.md).
// Used to place a firm on the map when it gives no exact location. Server-side only (fs); each
// country's file is parsed on first use and kept for the life of the process.
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Country } from '@/db/schema';

export interface PostcodePlace {
  postcode: string;
  name: string;
  lat: number;
  lng: number;
}

const FILES: Record<Country, string> = {
  DK: 'postcodes-dk.csv',
  FI: 'postcodes-fi.csv',
};
/** DK postcodes have 4 digits, FI 5 (leading zeros matter: 00100 Helsinki). */
export const POSTCODE_PATTERN: Record<Country, RegExp> = {
  DK: /^\d{4}$/,
  FI: /^\d{5}$/,
};

const cache = new Map<Country, { list: PostcodePlace[]; byCode: Map<string, PostcodePlace> }>();

function load(country: Country) {
  const hit = cache.get(country);
  if (hit) return hit;
  const file = path.join(process.cwd(), 'data', FILES[country]);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0]?.message}`);
  const list = parsed.data.map((r): PostcodePlace => {
    const lat = Number(r.lat);
    const lng = Number(r.lng);
    if (!r.postcode || !r.name || !Number.isFinite(lat) || !Number.isFinite(lng)) {
      throw new Error(`${file}: bad row ${JSON.stringify(r)}`);
    }
    return { postcode: r.postcode, name: r.name, lat, lng };
  });
  const entry = { list, byCode: new Map(list.map((p) => [p.postcode, p])) };
  cache.set(country, entry);
  return entry;
}

/** Trims spaces and a country prefix people sometimes type ("DK-4420", "FI-00100"). */
export function normalizePostcode(country: Country, input: string): string {
  return input
    .trim()
    .toUpperCase()
    .replace(new RegExp(`^${country}\\s*-?\\s*`), '')
    .replace(/\s+/g, '');
}

export function lookupPostcode(country: Country, postcode: string): { name: string; lat: number; lng: number } | undefined {
  const hit = load(country).byCode.get(normalizePostcode(country, postcode));
  return hit ? { name: hit.name, lat: hit.lat, lng: hit.lng } : undefined;
}

export function postcodesFor(country: Country): readonly PostcodePlace[] {
  return load(country).list;
}
