// A large, realistic area for benchmarks (search now, matching later): firms spread over real
// Danish and Finnish postcodes in a number of networks, each with offers and needs whose texts are
// recombined from the authored demo area (db/seed/demo-area.json) plus Finnish ones. Deterministic
// for a given seed, and written in bulk: one json_to_recordset insert per batch (a single
// parameter, so the same code is fast on PGlite and PostgreSQL).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { LISTING_CATEGORIES, type ListingCategory } from '@/db/schema';
import { postcodesFor } from '@/lib/geo/postcodes';

export interface AreaOptions {
  companies: number;
  listings: number;
  networks?: number;
  seed?: number;
  batchSize?: number;
  onProgress?: (done: number, total: number, what: 'companies' | 'listings') => void;
}

export interface AreaSummary {
  networks: { id: string; ref: string }[];
  companies: number;
  listings: number;
  /** A few firms with their location, to measure "near me" searches from. */
  sampleCompanies: { id: string; lat: number; lng: number }[];
  /** Words that occur in the generated texts, to build varied queries from. */
  vocabulary: string[];
}

interface TextTemplate {
  kind: 'offer' | 'need';
  category: ListingCategory;
  title: string;
  description: string;
  language: string;
}

// Finnish offers and needs: the demo area is Danish (and a little English), the product is also
// for Finnish networks.
const FINNISH: TextTemplate[] = [
  {
    kind: 'offer',
    category: 'logistics',
    title: 'Kuljetukset Tampereelta Helsinkiin',
    description: 'Päivittäiset kuljetukset, vapaata tilaa kolmelle lavalle paluukuormassa.',
    language: 'fi',
  },
  {
    kind: 'need',
    category: 'logistics',
    title: 'Etsimme kuljetusta Turkuun',
    description: 'Tarvitsemme viikoittaisen kuljetuksen kahdelle lavalle Turun satamaan.',
    language: 'fi',
  },
  {
    kind: 'offer',
    category: 'capacity',
    title: 'Vapaata hitsauskapasiteettia',
    description: 'Kaksi hitsaajaa, MIG/MAG ja TIG. Teemme sarjoja ja yksittäiskappaleita piirustusten mukaan.',
    language: 'fi',
  },
  {
    kind: 'offer',
    category: 'capacity',
    title: 'Jauhemaalaus pienille sarjoille',
    description: 'Jauhemaalaamo tarjoaa vapaata kapasiteettia, RAL-värit, kappaleet enintään kolme metriä.',
    language: 'fi',
  },
  {
    kind: 'need',
    category: 'staff',
    title: 'Yhteinen saksankielinen myyjä osa-aikaisesti',
    description: 'Haemme saksaa puhuvaa myyjää yhdessä toisen yrityksen kanssa, noin 15 tuntia viikossa.',
    language: 'fi',
  },
  {
    kind: 'offer',
    category: 'premises',
    title: 'Lämmin varastotila vuokrattavana',
    description: 'Noin 200 neliömetriä lämmintä varastotilaa trukilla, lastauslaituri.',
    language: 'fi',
  },
  {
    kind: 'need',
    category: 'purchasing',
    title: 'Yhteishankinta: teräs ja sähkö',
    description: 'Kokoamme yrityksiä yhteiseen teräksen ja sähkön hankintaan paremman hinnan saamiseksi.',
    language: 'fi',
  },
  {
    kind: 'offer',
    category: 'materials',
    title: 'Muovijätettä kierrätykseen',
    description: 'Ruiskuvalun ylijäämämateriaalia, puhdasta PP- ja PE-granulaattia, noin tonni kuukaudessa.',
    language: 'fi',
  },
  {
    kind: 'offer',
    category: 'equipment',
    title: 'CNC-sorvi lainaksi',
    description: 'CNC-sorvi seisoo osan viikosta käyttämättä. Vuokraamme koneaikaa käyttäjän kanssa tai ilman.',
    language: 'fi',
  },
  {
    kind: 'need',
    category: 'competence',
    title: 'Apua vientiin Ruotsiin',
    description: 'Etsimme kokenutta neuvojaa, joka tuntee ruotsalaiset ostajat ja tarjouskilpailut.',
    language: 'fi',
  },
];

const TRADES_DK = [
  'Smedie',
  'Maskinværksted',
  'Plast',
  'Pulverlakering',
  'Vognmand',
  'Tømrer',
  'VVS',
  'El-service',
  'Snedkeri',
  'Emballage',
  'Automation',
  'Fødevarer',
  'Rengøring',
  'Revision',
  'Trykkeri',
];
const TRADES_FI = ['Konepaja', 'Kuljetus', 'Muovi', 'Jauhemaalaus', 'Rakennus', 'Sähkö', 'Puusepät', 'Pakkaus', 'Automaatio', 'Elintarvike'];
const NACE = ['25.11', '25.62', '22.29', '25.61', '49.41', '43.32', '43.22', '43.21', '16.23', '17.21', '28.99', '10.85', '81.21', '69.20', '18.12'];

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same area. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadTemplates(): TextTemplate[] {
  const file = path.join(process.cwd(), 'db', 'seed', 'demo-area.json');
  const area = JSON.parse(readFileSync(file, 'utf8')) as { listings: TextTemplate[] };
  return area.listings.map(({ kind, category, title, description, language }) => ({ kind, category, title, description, language }));
}

function uuidFrom(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

async function insertJson(db: Db, table: string, columns: string, rows: object[]) {
  // Column list and types are fixed in this file; only the JSON rows are data (one parameter).
  await db.execute(sql`insert into ${sql.raw(table)} select * from json_to_recordset(${JSON.stringify(rows)}::json) as x(${sql.raw(columns)})`);
}

/** Writes the area into an empty (migrated) database. */
export async function generateArea(db: Db, options: AreaOptions): Promise<AreaSummary> {
  const rand = prng(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const batch = options.batchSize ?? 2000;
  const networkCount = options.networks ?? Math.max(1, Math.round(options.companies / 500));
  const templates = loadTemplates();
  const dk = postcodesFor('DK');
  const fi = postcodesFor('FI');

  const networks = Array.from({ length: networkCount }, (_, i) => {
    const country = i % 7 === 6 ? 'FI' : 'DK';
    const center = pick(country === 'FI' ? fi : dk);
    return {
      id: uuidFrom(rand),
      ref: `net-bench-${i}`,
      name: `${center.name} erhvervsnetværk`,
      country,
      locale: country === 'FI' ? 'fi' : 'da',
      center_lat: center.lat,
      center_lng: center.lng,
    };
  });
  await insertJson(
    db,
    'networks (id, ref, name, country, locale, center_lat, center_lng)',
    'id uuid, ref text, name text, country text, locale text, center_lat float8, center_lng float8',
    networks,
  );

  const companies: { id: string; lat: number; lng: number; country: string; networkId: string }[] = [];
  for (let start = 0; start < options.companies; start += batch) {
    const rows = [];
    const memberships = [];
    for (let i = start; i < Math.min(options.companies, start + batch); i++) {
      const network = networks[i % networks.length]!;
      // Firms cluster within ~25 km of their network's centre, like an industrial area's members.
      const lat = network.center_lat + (rand() - 0.5) * 0.45;
      const lng = network.center_lng + (rand() - 0.5) * 0.75;
      const fin = network.country === 'FI';
      const place = pick(fin ? fi : dk);
      const id = uuidFrom(rand);
      const trade = pick(fin ? TRADES_FI : TRADES_DK);
      rows.push({
        id,
        ref: `co-bench-${i}`,
        name: `${place.name} ${trade} ${fin ? 'Oy' : 'ApS'} ${i}`,
        country: network.country,
        nace: `{${pick(NACE)}}`,
        employees: 1 + Math.floor(rand() * 60),
        postcode: place.postcode,
        city: place.name,
        lat,
        lng,
        description: fin ? pick(FINNISH).description : pick(templates).description,
      });
      companies.push({ id, lat, lng, country: network.country, networkId: network.id });
      memberships.push({ id: uuidFrom(rand), network_id: network.id, role: 'member', company_id: id, status: 'approved' });
    }
    await insertJson(
      db,
      'companies (id, ref, name, country, nace, employees, postcode, city, lat, lng, description)',
      'id uuid, ref text, name text, country text, nace text[], employees int, postcode text, city text, lat float8, lng float8, description text',
      rows,
    );
    await insertJson(
      db,
      'network_memberships (id, network_id, role, company_id, status)',
      'id uuid, network_id uuid, role text, company_id uuid, status text',
      memberships,
    );
    options.onProgress?.(Math.min(options.companies, start + batch), options.companies, 'companies');
  }

  const now = Date.now();
  for (let start = 0; start < options.listings; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(options.listings, start + batch); i++) {
      const company = companies[i % companies.length]!;
      const t = company.country === 'FI' ? pick(FINNISH) : pick(templates);
      const extra = rand() < 0.5 ? ` ${pick(company.country === 'FI' ? FINNISH : templates).description}` : '';
      const r = rand();
      rows.push({
        id: uuidFrom(rand),
        ref: `li-bench-${i}`,
        company_id: company.id,
        kind: t.kind,
        category: LISTING_CATEGORIES.includes(t.category) ? t.category : 'collaboration',
        title: t.title,
        description: `${t.description}${extra}`,
        lat: company.lat + (rand() - 0.5) * 0.01,
        lng: company.lng + (rand() - 0.5) * 0.01,
        visibility: r < 0.5 ? 'public' : r < 0.9 ? 'network' : 'facilitators',
        status: r < 0.9 ? 'open' : r < 0.95 ? 'paused' : 'closed',
        expires_at: new Date(now + (10 + Math.floor(rand() * 200)) * 86_400_000).toISOString(),
        language: t.language,
        created_at: new Date(now - Math.floor(rand() * 365) * 86_400_000).toISOString(),
      });
    }
    await insertJson(
      db,
      'listings (id, ref, company_id, kind, category, title, description, lat, lng, visibility, status, expires_at, language, created_at)',
      'id uuid, ref text, company_id uuid, kind text, category text, title text, description text, lat float8, lng float8, visibility text, status text, expires_at timestamptz, language text, created_at timestamptz',
      rows,
    );
    options.onProgress?.(Math.min(options.listings, start + batch), options.listings, 'listings');
  }
  await db.execute(sql`analyze`);

  const words = new Set<string>();
  for (const t of [...templates, ...FINNISH]) for (const w of t.title.toLowerCase().match(/[\p{L}]{5,}/gu) ?? []) words.add(w);
  return {
    networks: networks.map(({ id, ref }) => ({ id, ref })),
    companies: companies.length,
    listings: options.listings,
    sampleCompanies: Array.from({ length: Math.min(50, companies.length) }, () => pick(companies)).map(({ id, lat, lng }) => ({ id, lat, lng })),
    vocabulary: [...words].sort(),
  };
}
