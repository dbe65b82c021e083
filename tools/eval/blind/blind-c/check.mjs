// Checks key.json against exchange.json: refs exist; needs are open, active needs; grade-2 partners are
// open, active, of another firm, visible to the need's firm, in a shared network and within its radius.
import fs from 'node:fs';
const ex = JSON.parse(fs.readFileSync(new URL('./exchange.json', import.meta.url)));
const key = JSON.parse(fs.readFileSync(new URL('./key.json', import.meta.url)));
const TODAY = '2026-12-07';
const L = new Map(ex.listings.map((l) => [l.ref, l]));
const C = new Map(ex.companies.map((c) => [c.ref, c]));
const N = new Map(ex.networks.map((n) => [n.ref, n]));
const km = (a, b) => {
  const R = 6371, r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r, dLng = (b.lng - a.lng) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
};
const active = (l) => l.status === 'open' && (!l.availableUntil || l.availableUntil >= TODAY);
let errors = 0;
const err = (m) => { errors++; console.log('ERROR', m); };
const needs = new Set();
const perClass = {};
for (const q of key.queries) {
  perClass[q.class] = (perClass[q.class] ?? 0) + 1;
  const n = L.get(q.need);
  if (!n) { err(`need ${q.need} missing`); continue; }
  if (needs.has(q.need)) err(`need ${q.need} used twice`);
  needs.add(q.need);
  if (n.kind !== 'need' || !active(n)) err(`need ${q.need} not an open active need`);
  const nc = C.get(n.company);
  if (!Object.values(q.grades).includes(2) && q.class !== 'rules') err(`${q.need} has no grade 2`);
  if (!Object.keys(q.grades).length) err(`${q.need} has no grades`);
  for (const [ref, g] of Object.entries(q.grades)) {
    const p = L.get(ref);
    if (!p) { err(`${q.need}: graded ${ref} missing`); continue; }
    if (ref === q.need) err(`${q.need} grades itself`);
    if (g !== 1 && g !== 2) err(`${q.need}: bad grade ${g}`);
    const pc = C.get(p.company);
    const shared = nc.networks.filter((x) => pc.networks.includes(x));
    const visible = p.visibility === 'public' || (p.visibility === 'network' && shared.length > 0);
    if (g === 2) {
      if (!active(p)) err(`${q.need}: grade-2 ${ref} not open/active`);
      if (p.company === n.company) err(`${q.need}: grade-2 ${ref} same firm`);
      if (!visible) err(`${q.need}: grade-2 ${ref} not visible`);
      if (!shared.length) err(`${q.need}: grade-2 ${ref} not in need's network`);
      for (const s of shared) {
        const net = N.get(s);
        const d = km(net.center, pc.location);
        if (d > net.radiusKm) err(`${q.need}: grade-2 ${ref} firm ${d.toFixed(1)} km from centre of ${s}`);
      }
    }
    if (g === 1 && (!active(p) || p.company === n.company || !visible)) err(`${q.need}: grade-1 ${ref} not a legal suggestion`);
  }
}
// every company of a network within its radius
for (const c of ex.companies) for (const s of c.networks) {
  const d = km(N.get(s).center, c.location);
  if (d > N.get(s).radiusKm) err(`company ${c.ref} ${c.name} is ${d.toFixed(1)} km from ${s}`);
}
const kinds = {};
for (const l of ex.listings) kinds[`${l.kind}/${l.language}`] = (kinds[`${l.kind}/${l.language}`] ?? 0) + 1;
console.log({ queries: key.queries.length, perClass, companies: ex.companies.length, listings: ex.listings.length, kinds });
console.log(errors ? `${errors} errors` : 'key check OK');
process.exit(errors ? 1 : 0);
