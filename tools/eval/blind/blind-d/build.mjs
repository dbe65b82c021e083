// Builds exchange.json and key.json for blind set "blind-d" from the authored data in
// companies.mjs, fi.mjs and dk.mjs. Registration numbers, coordinates and refs are derived here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FI, DK } from './companies.mjs';
import * as fi from './fi.mjs';
import * as dk from './dk.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const DATA = '/work/shared/data';

// deterministic PRNG
let seed = 0x5eed_d00d;
const rnd = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = (a) => a[Math.floor(rnd() * a.length)];

function readCsv(file) {
  const [head, ...rows] = fs.readFileSync(path.join(DATA, file), 'utf8').trim().split('\n');
  const cols = head.split(',');
  return rows.map((r) => {
    const out = []; let cur = ''; let q = false;
    for (const ch of r) { if (ch === '"') q = !q; else if (ch === ',' && !q) { out.push(cur); cur = ''; } else cur += ch; }
    out.push(cur);
    return Object.fromEntries(cols.map((c, i) => [c, out[i]]));
  });
}
const pcs = { FI: new Map(readCsv('postcodes-fi.csv').map((r) => [r.postcode, r])), DK: new Map(readCsv('postcodes-dk.csv').map((r) => [r.postcode, r])) };
const naceClasses = new Set(readCsv('nace.csv').filter((r) => r.level === 'class').map((r) => r.code));

const used = new Set();
function cvr() {
  const w = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const d = [1 + Math.floor(rnd() * 9), ...Array.from({ length: 6 }, () => Math.floor(rnd() * 10))];
    const s = d.reduce((a, x, i) => a + x * w[i], 0);
    const c = (11 - (s % 11)) % 11;
    if (c === 10) continue;
    const v = d.join('') + c;
    if (!used.has(v)) { used.add(v); return v; }
  }
}
function ytunnus() {
  const w = [7, 9, 10, 5, 8, 4, 2];
  for (;;) {
    const d = [Math.floor(rnd() * 3), ...Array.from({ length: 6 }, () => Math.floor(rnd() * 10))];
    const r = d.reduce((a, x, i) => a + x * w[i], 0) % 11;
    if (r === 1) continue;
    const v = `${d.join('')}-${r === 0 ? 0 : 11 - r}`;
    if (!used.has(v)) { used.add(v); return v; }
  }
}
const round = (x) => Math.round(x * 1e5) / 1e5;

const networks = [
  { ref: 'ep-ydinryhma', name: 'Industrivej Etelä-Pohjanmaa – ydinryhmä Seinäjoki–Lapua', country: 'FI', locale: 'fi', center: { lat: 62.85, lng: 22.85 }, radiusKm: 40 },
  { ref: 'vestjylland', name: 'Industrivej Vestjylland', country: 'DK', locale: 'da', center: { lat: 56.37, lng: 8.4 }, radiusKm: 35 },
];
const OUTSIDE = new Set(['d46']); // a firm outside the network (Thyborøn)

const coKey2Ref = new Map();
const companies = [];
for (const [country, list, net] of [['FI', FI, 'ep-ydinryhma'], ['DK', DK, 'vestjylland']]) {
  for (const [key, name, postcode, nace, employees, languages, description, street] of list) {
    const pc = pcs[country].get(postcode);
    if (!pc) throw new Error(`unknown postcode ${postcode} for ${key}`);
    for (const n of nace) if (!naceClasses.has(n)) throw new Error(`unknown NACE ${n} for ${key}`);
    const ref = `${country.toLowerCase()}-${key.slice(1)}`;
    coKey2Ref.set(key, ref);
    const c = {
      ref, name, country,
      registrationNumber: country === 'DK' ? cvr() : ytunnus(),
      nace, employees,
      address: { ...(street ? { street } : {}), postcode, city: pc.name },
      location: { lat: round(+pc.lat + (rnd() - 0.5) * 0.012), lng: round(+pc.lng + (rnd() - 0.5) * 0.02) },
      description, languages,
      networks: OUTSIDE.has(key) ? [] : [net],
    };
    companies.push(c);
  }
}

// listings
const all = [...fi.L, ...fi.BG, ...dk.L, ...dk.BG];
const keys = new Set();
for (const l of all) { if (keys.has(l[0])) throw new Error('dup key ' + l[0]); keys.add(l[0]); }
const order = all.map((l) => [rnd(), l]).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
const lKey2Ref = new Map();
const fromDates = ['2026-01-15', '2026-03-01', '2026-05-10', '2026-08-01', '2026-09-15', '2026-10-20', '2026-11-02', '2026-11-23'];
const untilDates = ['2028-03-31', '2028-06-30', '2028-12-31', '2029-06-30'];
const listings = order.map((l, i) => {
  const [key, co, kind, category, language, title, description, o = {}] = l;
  if (!coKey2Ref.has(co)) throw new Error('unknown company ' + co + ' in ' + key);
  const ref = `l-${String(i + 1).padStart(3, '0')}`;
  lKey2Ref.set(key, ref);
  const out = { ref, company: coKey2Ref.get(co), kind, category, title, description };
  if (o.q) { out.quantity = o.q; out.unit = o.u; }
  if (o.until) { out.availableFrom = '2025-03-01'; out.availableUntil = o.until; }
  else {
    const r = rnd();
    if (r < 0.4) out.availableFrom = pick(fromDates);
    if (r > 0.25 && r < 0.6) out.availableUntil = pick(untilDates);
  }
  out.visibility = o.vis ?? (rnd() < 0.22 ? 'public' : 'network');
  if (co === 'd46') out.visibility = 'network';
  out.status = o.st ?? 'open';
  out.language = language;
  return out;
});

const exchange = { format: 'industrivej/v1', networks, companies, listings };
fs.writeFileSync(path.join(here, 'exchange.json'), JSON.stringify(exchange, null, 2) + '\n');

const queries = [...fi.Q, ...dk.Q].map(([need, cls, grades]) => {
  if (!lKey2Ref.has(need)) throw new Error('unknown need ' + need);
  const g = {};
  for (const [k, v] of Object.entries(grades)) { if (!lKey2Ref.has(k)) throw new Error('unknown graded ' + k); g[lKey2Ref.get(k)] = v; }
  return { need: lKey2Ref.get(need), class: cls, grades: g };
});
const key = {
  set: 'blind-d',
  description: 'Two networks: a Finnish micro-firm core group (ydinryhmä) around Seinäjoki–Lapua–Kauhava–Ilmajoki, Etelä-Pohjanmaa (Finnish listings, some English from Swedish-speaking and other owners, one Swedish) and a Danish network in Vestjylland (Lemvig–Struer–Holstebro–Ulfborg; Danish, some English). Listings written as owners type on a phone: short, informal, jargon, brand names, typos and missing ä/ö/æ/ø/å. Hand-graded: 2 = right partner, 1 = acceptable, unlisted = 0.',
  queries,
};
fs.writeFileSync(path.join(here, 'key.json'), JSON.stringify(key, null, 2) + '\n');
const byClass = {};
for (const q of queries) byClass[q.class] = (byClass[q.class] ?? 0) + 1;
console.log(`companies ${companies.length}, listings ${listings.length}, queries ${queries.length}`, byClass);
