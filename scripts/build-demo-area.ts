// npx tsx scripts/build-demo-area.ts — regenerates db/seed/demo-area.json from the authored demo
// content in scripts/demo-area/. Everything derived (CVR numbers, map positions, contact details)
// comes from a hash of the record's ref, so a run without content changes gives the same file.
//
// Complementary pairs the matching engine should find (need ↔ offer):
//   smithy needs plastic parts ↔ Regstrup Plast's spare moulding capacity
//   smithy + plastics firm each need a part-time German speaker ↔ Jyderup Procesudstyr's seller
//   joint purchasing of steel / electricity (several needs that pool together)
//   haulier's daily trips to Copenhagen ↔ smithy, packaging firm, sausage maker needing transport
//   powder coating capacity ↔ smithy, farm-machinery maker, switchboard maker
//   pallets offered (sawmill) ↔ packaging firm's pallet need; timber offcuts ↔ furniture maker
//   shared forklift (rental firm) ↔ sawmill; lift ↔ electrician and roofer
//   premises: yard ↔ haulier's trailer parking; halls/storage ↔ carpenter, cleaner, welder; cold room
//   tender consortium: electrician + carpenter (needs) ↔ plumber + roofer (offers)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cvrCheckDigit } from '@/lib/exchange/registration';
import { DEMO_COMPANIES } from './demo-area/companies';
import { LISTINGS_A } from './demo-area/listings-a';
import { LISTINGS_B } from './demo-area/listings-b';

const root = path.resolve(import.meta.dirname, '..');
const NETWORK = 'vestsjaelland';

/** FNV-1a, 32 bit: tiny, stable across Node versions. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A fraction in [-1, 1) from a hash, for jitter. */
const unit = (text: string) => (hash(text) % 20000) / 10000 - 1;

function postcodePoints(): Map<string, { name: string; lat: number; lng: number }> {
  const csv = readFileSync(path.join(root, 'data/postcodes-dk.csv'), 'utf8');
  const map = new Map<string, { name: string; lat: number; lng: number }>();
  for (const line of csv.trim().split('\n').slice(1)) {
    const [code, name, lat, lng] = line.split(',');
    map.set(code!, { name: name!, lat: Number(lat), lng: Number(lng) });
  }
  return map;
}

const usedCvrs = new Set<string>();
function fictitiousCvr(ref: string): string {
  for (let attempt = 0; ; attempt++) {
    const stem = String(1_000_000 + (hash(`${ref}#${attempt}`) % 8_999_999));
    const digit = cvrCheckDigit(stem);
    if (digit === null) continue;
    const cvr = `${stem}${digit}`;
    if (usedCvrs.has(cvr)) continue;
    usedCvrs.add(cvr);
    return cvr;
  }
}

const round = (n: number, places = 5) => Number(n.toFixed(places));
const points = postcodePoints();

const companies = DEMO_COMPANIES.map((c) => {
  const point = points.get(c.postcode);
  if (!point) throw new Error(`unknown postcode ${c.postcode} for ${c.ref}`);
  // A few hundred metres around the postcode point, so firms of one town do not stack on one pin.
  const location = { lat: round(point.lat + unit(`${c.ref}:lat`) * 0.003), lng: round(point.lng + unit(`${c.ref}:lng`) * 0.005) };
  return {
    ref: c.ref,
    name: c.name,
    country: 'DK',
    registrationNumber: fictitiousCvr(c.ref),
    nace: c.nace,
    employees: c.employees,
    address: { street: c.street, postcode: c.postcode, city: point.name },
    location,
    description: c.description,
    languages: c.languages,
    ...(c.website ? { website: c.website } : {}),
    networks: c.networks ?? [NETWORK],
  };
});

const companyRefs = new Set(companies.map((c) => c.ref));
const counters = new Map<string, number>();
const listings = [...LISTINGS_A, ...LISTINGS_B].map((l) => {
  const company = `co-${l.co}`;
  if (!companyRefs.has(company)) throw new Error(`unknown company ${company}`);
  const n = (counters.get(l.co) ?? 0) + 1;
  counters.set(l.co, n);
  return {
    ref: `li-${l.co}-${n}`,
    company,
    kind: l.kind,
    category: l.cat,
    title: l.title,
    description: l.desc,
    ...(l.q !== undefined ? { quantity: l.q } : {}),
    ...(l.u ? { unit: l.u } : {}),
    ...(l.from ? { availableFrom: l.from } : {}),
    ...(l.until ? { availableUntil: l.until } : {}),
    visibility: l.vis ?? 'network',
    status: l.status ?? 'open',
    language: l.lang ?? 'da',
    ...(l.themes?.length ? { themes: l.themes } : {}),
  };
});

const themes = [
  {
    ref: 'eksport-tyskland',
    network: NETWORK,
    title: 'Eksport til Tyskland',
    description:
      'Flere virksomheder får forespørgsler fra Nordtyskland. Kan vi dele en tysktalende medarbejder, en messestand, salgsmateriale og transporten derned?',
  },
  {
    ref: 'faelles-indkoeb',
    network: NETWORK,
    title: 'Fælles indkøb af energi og stål',
    description: 'Små mængder giver høje priser. Temaet samler behov for el, stål, rustfrit, diesel og sliddele, så vi kan forhandle sammen.',
  },
  {
    ref: 'groen-omstilling',
    network: NETWORK,
    title: 'Grøn omstilling og restmaterialer',
    description: 'Én virksomheds rest er en andens råvare: paller, træ, granulat, beton og overskudsbrød – og fælles solceller og energibesparelser.',
  },
];

const contacts = Object.fromEntries(
  companies.map((c) => {
    const digits = String(hash(`${c.ref}:phone`) % 1_000_000).padStart(6, '0');
    return [c.ref, { email: `${c.ref.slice(3)}@demo.industrivej.dk`, phone: `+45 59 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}` }];
  }),
);

const file = {
  format: 'industrivej/v1',
  networks: [{ ref: NETWORK, name: 'Industrivej Vestsjælland', country: 'DK', locale: 'da', center: { lat: 55.6664, lng: 11.6185 }, radiusKm: 25 }],
  companies,
  listings,
  themes,
  // Not part of the exchange format: demo-only details that db/seed uses (firms' contact details,
  // revealed after an accepted introduction, and the network's description).
  extensions: {
    demo: {
      networkDescriptions: {
        [NETWORK]:
          'Små og mellemstore virksomheder i Regstrup, Holbæk og omegn, der deler kapacitet, medarbejdere, indkøb og viden. Vi mødes hver 14. dag hos en af virksomhederne.',
      },
      contacts,
    },
  },
};

const out = path.join(root, 'db/seed/demo-area.json');
writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
console.log(`Wrote ${out}: ${companies.length} companies, ${listings.length} listings, ${themes.length} themes.`);
