// Checks key.json against exchange.json: refs exist; needs open+active; grade-2 partners open, active,
// of another firm, visible to the need's firm, inside the network; companies inside their network radius.
import fs from 'node:fs';
const ex = JSON.parse(fs.readFileSync(new URL('./exchange.json', import.meta.url)));
const key = JSON.parse(fs.readFileSync(new URL('./key.json', import.meta.url)));
const TODAY = '2026-12-07';
const co = new Map(ex.companies.map((c) => [c.ref, c]));
const li = new Map(ex.listings.map((l) => [l.ref, l]));
const net = new Map(ex.networks.map((n) => [n.ref, n]));
const km = (a, b) => { const R = 6371, r = Math.PI / 180; const dLat = (b.lat - a.lat) * r, dLng = (b.lng - a.lng) * r; const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLng / 2) ** 2; return 2 * R * Math.asin(Math.sqrt(h)); };
const errs = [];
const active = (l) => (!l.availableUntil || l.availableUntil >= '2028-01-01') && (!l.availableFrom || l.availableFrom <= TODAY);
for (const c of ex.companies) for (const n of c.networks) { const d = km(c.location, net.get(n).center); if (d > net.get(n).radiusKm) errs.push(`${c.ref} ${d.toFixed(1)} km outside ${n}`); }
const seenNeeds = new Set();
for (const q of key.queries) {
  const n = li.get(q.need);
  if (!n) { errs.push(`missing need ${q.need}`); continue; }
  if (seenNeeds.has(q.need)) errs.push(`duplicate query ${q.need}`); seenNeeds.add(q.need);
  if (n.kind !== 'need' || n.status !== 'open' || !active(n)) errs.push(`${q.need} not an open active need`);
  const nc = co.get(n.company);
  if (!Object.values(q.grades).includes(2) && q.class !== 'rules') errs.push(`${q.need} has no grade 2`);
  for (const [r, g] of Object.entries(q.grades)) {
    const l = li.get(r);
    if (!l) { errs.push(`${q.need}: missing ${r}`); continue; }
    if (r === q.need) errs.push(`${q.need} grades itself`);
    if (g !== 2 && g !== 1) errs.push(`${q.need}: bad grade ${g}`);
    const lc = co.get(l.company);
    const shared = lc.networks.some((x) => nc.networks.includes(x));
    const visible = l.visibility === 'public' || (l.visibility === 'network' && shared);
    const ok = l.status === 'open' && active(l) && l.company !== n.company && visible && shared;
    if (!ok) errs.push(`${q.need} (${q.class}): graded ${r}=${g} is not a valid partner (${l.status}, ${l.visibility}, same=${l.company === n.company}, shared=${shared})`);
  }
}
console.log(errs.length ? errs.join('\n') : `OK: ${key.queries.length} queries, ${ex.companies.length} companies, ${ex.listings.length} listings`);
process.exit(errs.length ? 1 : 0);
