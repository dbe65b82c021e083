// Builds exchange.json and key.json for blind-c from companies.mjs, listings.mjs, background.mjs, grades.mjs.
// Registration numbers, coordinates and neutral listing refs are derived here (seeded, reproducible).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { companies } from './companies.mjs';
import { listings } from './listings.mjs';
import { background } from './background.mjs';
import { grades } from './grades.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));
let seed = 20261207;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };

// postcodes
const pc = new Map();
for (const line of fs.readFileSync('/work/shared/data/postcodes-dk.csv', 'utf8').trim().split('\n').slice(1)) {
  const [code, name, lat, lng] = line.split(',');
  pc.set(code, { name, lat: +lat, lng: +lng });
}
const nace = new Set(fs.readFileSync('/work/shared/data/nace.csv', 'utf8').split('\n').slice(1)
  .filter((l) => l.includes(',class,')).map((l) => l.split(',')[0]));

// CVR: weights 2,7,6,5,4,3,2,1, sum % 11 == 0
const usedCvr = new Set();
function cvr() {
  for (;;) {
    const d = [1 + Math.floor(rnd() * 9)];
    for (let i = 0; i < 6; i++) d.push(Math.floor(rnd() * 10));
    const w = [2, 7, 6, 5, 4, 3, 2];
    const s = d.reduce((a, x, i) => a + x * w[i], 0);
    const c = (11 - (s % 11)) % 11;
    if (c === 10) continue;
    const n = d.join('') + c;
    if (usedCvr.has(n)) continue;
    usedCvr.add(n);
    return n;
  }
}
const r4 = (x) => Math.round(x * 10000) / 10000;
const jitter = (p) => ({ lat: r4(p.lat + (rnd() - 0.5) * 0.02), lng: r4(p.lng + (rnd() - 0.5) * 0.03) });

const networks = [
  { ref: 'sydvestsj', name: 'Industrivej Sydvestsjælland', country: 'DK', locale: 'da',
    center: { lat: 55.32, lng: 11.6 }, radiusKm: 35 },
  { ref: 'sydfyn', name: 'Erhvervsnetværk Sydfyn', country: 'DK', locale: 'da',
    center: { lat: 55.15, lng: 10.3 }, radiusKm: 30 },
];
const netMap = { sydvest: 'sydvestsj', sydfyn: 'sydfyn' };

const coRef = new Map();
const coByKey = new Map();
const outCompanies = companies.map(([key, name, naceCodes, employees, postcode, street, languages, description, nets], i) => {
  const p = pc.get(postcode);
  if (!p) throw new Error(`unknown postcode ${postcode} (${key})`);
  for (const n of naceCodes) if (!nace.has(n)) throw new Error(`unknown NACE ${n} (${key})`);
  const ref = `co-${String(i + 1).padStart(3, '0')}`;
  coRef.set(key, ref);
  const c = { ref, name, country: 'DK', registrationNumber: cvr(), nace: naceCodes, employees,
    address: { street, postcode, city: p.name }, location: jitter(p), description, languages,
    networks: nets.map((n) => netMap[n]) };
  coByKey.set(key, c);
  return c;
});

// listings: assign neutral refs in a shuffled order
const all = [...listings, ...background];
const keys = all.map((l) => l[0]);
if (new Set(keys).size !== keys.length) throw new Error('duplicate listing key');
const order = keys.map((k) => [rnd(), k]).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
const lref = new Map(order.map((k, i) => [k, `l-${String(i + 1).padStart(3, '0')}`]));

const untilChoices = ['2028-06-30', '2028-12-31', '2029-03-31', '2029-12-31', null, null];
const outListings = all.map(([key, co, kind, category, language, title, description, o = {}]) => {
  if (!coRef.has(co)) throw new Error(`unknown company ${co} in ${key}`);
  const l = { ref: lref.get(key), company: coRef.get(co), kind, category, title, description };
  if (o.q) { l.quantity = o.q; l.unit = o.unit; }
  if (o.from) l.availableFrom = o.from;
  const until = o.until ?? untilChoices[Math.floor(rnd() * untilChoices.length)];
  if (until) l.availableUntil = until;
  if (o.until && o.until < '2026' && !o.from) l.availableFrom = '2025-03-01';
  l.visibility = o.vis ?? (rnd() < 0.3 ? 'public' : 'network');
  l.status = o.status ?? 'open';
  l.language = language;
  return { key, l };
});
// listing order in the file: by neutral ref
outListings.sort((a, b) => a.l.ref.localeCompare(b.l.ref));

const exchange = { format: 'industrivej/v1', networks, companies: outCompanies, listings: outListings.map((x) => x.l) };
fs.writeFileSync(path.join(dir, 'exchange.json'), JSON.stringify(exchange, null, 2) + '\n');

const queries = Object.entries(grades).map(([need, [cls, g]]) => ({
  need: lref.get(need), class: cls,
  grades: Object.fromEntries(Object.entries(g).map(([k, v]) => {
    if (!lref.has(k)) throw new Error(`unknown graded key ${k}`);
    return [lref.get(k), v];
  })),
}));
const key = {
  set: 'blind-c',
  description: 'Sydvestsjælland (Næstved–Slagelse–Ringsted–Sorø–Fuglebjerg) rural/industrial network of 75 small firms plus a 6-firm Sydfyn network (Faaborg area) used for visibility/distance rules. Hand-written listings in owner phone style: mostly Danish, ~15% English (foreign owners, exporters), a few German and Finnish. Written blind to the engine by a helper session on 2026-12-07.',
  queries,
};
fs.writeFileSync(path.join(dir, 'key.json'), JSON.stringify(key, null, 2) + '\n');
console.log(`companies ${outCompanies.length}, listings ${outListings.length}, queries ${queries.length}`);
