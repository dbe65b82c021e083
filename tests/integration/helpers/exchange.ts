// Helpers for exchange-file tests: a small valid file, row counts, and a normalized snapshot of
// everything the exchange format carries (refs instead of ids, no bookkeeping timestamps).
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';

export const demoArea = () => JSON.parse(readFileSync('db/seed/demo-area.json', 'utf8')) as Record<string, unknown>;

export function smallFile() {
  return {
    format: 'industrivej/v1',
    networks: [{ ref: 'vest', name: 'Industrivej Vest', country: 'DK', locale: 'da', center: { lat: 55.6531, lng: 11.6372 }, radiusKm: 25 }],
    companies: [
      {
        ref: 'co-17',
        name: 'Regstrup Plast ApS',
        country: 'DK',
        registrationNumber: '12345674',
        nace: ['22.29'],
        employees: 7,
        address: { street: 'Industrivej 4', postcode: '4420', city: 'Regstrup' },
        networks: ['vest'],
      },
      {
        ref: 'co-18',
        name: 'Holbæk Smed ApS',
        country: 'DK',
        registrationNumber: '24256790',
        nace: ['25.62'],
        employees: 3,
        address: { postcode: '4300', city: 'Holbæk' },
        location: { lat: 55.71, lng: 11.7 },
        networks: ['vest'],
      },
    ],
    listings: [
      {
        ref: 'li-204',
        company: 'co-17',
        kind: 'offer',
        category: 'capacity',
        title: 'Ledig sprøjtestøbning',
        description: 'Sprøjtestøbte plastemner.',
        quantity: 15,
        unit: 'timer/uge',
        availableFrom: '2027-01-01',
        availableUntil: '2027-06-30',
        visibility: 'network',
        status: 'open',
        language: 'da',
        themes: ['export'],
      },
      {
        ref: 'li-205',
        company: 'co-18',
        kind: 'need',
        category: 'logistics',
        title: 'Transport til Hamborg',
        description: '',
        visibility: 'public',
        status: 'open',
        language: 'da',
      },
    ],
    themes: [{ ref: 'export', network: 'vest', title: 'Eksport til Tyskland', description: 'Fælles messe.' }],
  };
}

export const TABLES = ['networks', 'companies', 'network_memberships', 'themes', 'listings', 'listing_themes'] as const;

export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = (await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${t}`)))[0]!.n;
  return out;
}

/** Everything the format carries (plus its extensions), keyed by ref, in a stable order. */
export async function snapshot(db: Db) {
  const q = <T>(text: string) => queryRows<T>(db, sql.raw(text));
  return {
    networks: await q(`select ref, name, country, locale, center_lat, center_lng, radius_km, description from networks order by ref`),
    companies: await q(
      `select ref, name, country, registration_number, nace, employees, street, postcode, city, lat, lng, description, languages, website, email, phone from companies order by ref`,
    ),
    memberships: await q(
      `select n.ref as network, c.ref as company, m.status from network_memberships m join networks n on n.id = m.network_id join companies c on c.id = m.company_id where m.role = 'member' and m.status = 'approved' order by 1, 2`,
    ),
    themes: await q(`select t.ref, n.ref as network, t.title, t.description, t.status from themes t join networks n on n.id = t.network_id order by t.ref`),
    listings: await q(
      `select l.ref, c.ref as company, l.kind, l.category, l.title, l.description, l.quantity, l.unit, l.available_from::text, l.available_until::text, l.lat, l.lng, l.visibility, l.status, l.language, l.expires_at, l.created_at from listings l join companies c on c.id = l.company_id order by l.ref`,
    ),
    links: await q(
      `select l.ref as listing, t.ref as theme from listing_themes lt join listings l on l.id = lt.listing_id join themes t on t.id = lt.theme_id order by 1, 2`,
    ),
  };
}
