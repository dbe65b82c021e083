// Postcode → point (GeoNames, CC BY 4.0; see db/seed/data and README → Data credits), used when an
// exchange file gives a company without a location.
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Point = { lat: number; lng: number };

let cache: Map<string, Point> | undefined;

function load(): Map<string, Point> {
  const csv = readFileSync(path.join(process.cwd(), 'db', 'seed', 'data', 'postcodes-dk.csv'), 'utf8');
  const map = new Map<string, Point>();
  for (const line of csv.trim().split('\n').slice(1)) {
    const [code, , lat, lng] = line.split(',');
    if (code && lat && lng) map.set(code, { lat: Number(lat), lng: Number(lng) });
  }
  return map;
}

/** The postcode's town point, or null (only Danish postcodes are bundled with the seed). */
export function postcodePoint(country: 'DK' | 'FI', postcode: string): Point | null {
  if (country !== 'DK') return null;
  cache ??= load();
  return cache.get(postcode) ?? null;
}
