// npx tsx scripts/generate-exchange-file.ts OUT.json [--companies N] [--listings N] — writes a large,
// valid `industrivej/v1` file (deterministic) for load tests of `npm run db:import`, e.g.
//   npx tsx scripts/generate-exchange-file.ts /tmp/area-50k.json --companies 2000 --listings 50000
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { LISTING_CATEGORIES } from '@/db/schema';
import { cvrCheckDigit } from '@/lib/exchange/registration';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const out = process.argv[2];
if (!out || out.startsWith('--')) {
  console.error('usage: npx tsx scripts/generate-exchange-file.ts OUT.json [--companies N] [--listings N]');
  process.exit(2);
}
const nCompanies = arg('--companies', 2000);
const nListings = arg('--listings', 50_000);

// A small deterministic PRNG: the same arguments always give the same file.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

const towns = [
  ['4420', 'Regstrup', 55.6664, 11.6185],
  ['4300', 'Holbæk', 55.7186, 11.7069],
  ['4450', 'Jyderup', 55.6639, 11.4194],
  ['4390', 'Vipperød', 55.6683, 11.7386],
  ['4340', 'Tølløse', 55.6125, 11.7706],
] as const;
const nace = ['25.62', '22.29', '49.41', '43.21', '71.12', '16.23', '25.11', '33.12', '46.69', '28.41'];
const words = [
  'CNC-fræsning',
  'svejsning',
  'sprøjtestøbte plastemner',
  'pulverlakering',
  'lagerplads',
  'kranbil',
  'fælles indkøb af stål',
  'tysktalende sælger',
  'transport til Hamborg',
  'laserskæring',
];

const stream = createWriteStream(out);
const write = async (s: string) => {
  if (!stream.write(s)) await once(stream, 'drain');
};
await write(
  `{\n"format": "industrivej/v1",\n"networks": [\n  ${JSON.stringify({ ref: 'load', name: 'Industrivej Load', country: 'DK', locale: 'da', center: { lat: 55.6664, lng: 11.6185 }, radiusKm: 40 })}\n],\n"companies": [`,
);
let stem = 2_000_000;
for (let i = 0; i < nCompanies; i++) {
  let check: number | null = null;
  while (check === null) check = cvrCheckDigit(String(++stem));
  const [postcode, city, lat, lng] = pick(towns);
  const company = {
    ref: `co-load-${i}`,
    name: `Firma ${i} ApS`,
    country: 'DK',
    registrationNumber: `${stem}${check}`,
    nace: [pick(nace)],
    employees: 1 + Math.floor(rand() * 40),
    address: { street: `Industrivej ${1 + (i % 90)}`, postcode, city },
    location: { lat: lat + (rand() - 0.5) * 0.05, lng: lng + (rand() - 0.5) * 0.08 },
    networks: ['load'],
  };
  await write(`${i ? ',' : ''}\n  ${JSON.stringify(company)}`);
}
await write('\n],\n"listings": [');
for (let i = 0; i < nListings; i++) {
  const w = pick(words);
  const listing = {
    ref: `li-load-${i}`,
    company: `co-load-${Math.floor(rand() * nCompanies)}`,
    kind: rand() < 0.5 ? 'offer' : 'need',
    category: pick(LISTING_CATEGORIES),
    title: `${w[0]!.toUpperCase()}${w.slice(1)} (${i})`,
    description: `Vi ${rand() < 0.5 ? 'tilbyder' : 'søger'} ${w} i området. Kontakt os for en snak om pris og levering. `.repeat(2),
    visibility: pick(['public', 'network', 'network', 'facilitators']),
    status: 'open',
    language: 'da',
    ...(i % 5 === 0 ? { themes: ['load-theme'] } : {}),
  };
  await write(`${i ? ',' : ''}\n  ${JSON.stringify(listing)}`);
}
await write(`\n],\n"themes": [\n  ${JSON.stringify({ ref: 'load-theme', network: 'load', title: 'Fælles indkøb' })}\n]\n}\n`);
stream.end();
await finished(stream);
console.log(`Wrote ${nCompanies} companies and ${nListings} listings to ${out}.`);
