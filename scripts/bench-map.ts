// npm run bench:map — p50/p95 time of the map's data endpoint (the DAL call behind GET /api/v1/map
// plus its JSON encoding) over a generated area of 10,000 firms and 100,000 listings, for three
// views of a 1280×800 px map: a whole region (zoom 9, tens of thousands of listings → per-cell
// counts), a town (zoom 12) and a street (zoom 15 → points), alternating a member (with match lines
// for its own listings) and an anonymous visitor, a third of the requests with a filter.
// PostgreSQL half (when DATABASE_URL is set): in a fresh database iv_bench_… on that server,
// dropped afterwards. PGlite half: in memory. Last line: one JSON object with the figures.
// Options: --companies N --listings N --queries N (per view; defaults 10000, 100000, 100),
// --skip-pglite; --tiny (or BENCH_SIZE=tiny): 40 firms, 200 listings, 5 requests per view — the
// smoke run of `npm test`.
import { sql } from 'drizzle-orm';
import { queryRows, type DbHandle } from '@/db/client';
import { getMapData } from '@/lib/dal/map';
import type { Viewer } from '@/lib/dal/viewer';
import { bboxForView, formatBBox } from '@/lib/map/grid';
import { mapQuerySchema } from '@/lib/validations/map';
import { generateArea, type AreaSummary } from '@/tools/bench/generate-area';
import { TINY, clearProgress, flag, mean, onDatabases, percentile, progress, round, sizeArg } from '@/tools/bench/harness';

const COMPANIES = sizeArg('companies', 10_000, 40);
const LISTINGS = sizeArg('listings', 100_000, 200);
const QUERIES = sizeArg('queries', 100, 5);
const WARMUP = TINY ? 1 : 10;
const VIEWS = { region: 9, town: 12, street: 15 } as const;
type ViewName = keyof typeof VIEWS;

interface ViewFigures {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  meanRowsInView: number;
  meanClusters: number;
  meanPoints: number;
  meanKiB: number;
}

interface Figures {
  listings: number;
  companies: number;
  queriesPerView: number;
  generateSeconds: number;
  /** The worse of the region and street views (the target: < 100 ms). */
  p50Ms: number;
  p95Ms: number;
  regionP95Ms: number;
  streetP95Ms: number;
  views: Record<ViewName, ViewFigures>;
}

/** Requests for one view: centred on varied firms, a third filtered (kind, category or sector). */
function makeRequests(area: AreaSummary, zoom: number, count: number) {
  let seed = 11 + zoom;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const at = pick(area.sampleCompanies);
    const params: Record<string, string> = { bbox: formatBBox(bboxForView(at, zoom, 1280, 800)), zoom: String(zoom) };
    if (i % 6 === 1) params.kind = pick(['offer', 'need']);
    if (i % 6 === 3) params.category = pick(['capacity', 'logistics', 'materials', 'staff']);
    if (i % 6 === 5) params.sector = 'C';
    return { query: mapQuerySchema.parse(params), viewerIndex: i % 2 };
  });
}

async function run(label: string, handle: DbHandle): Promise<Figures> {
  const started = performance.now();
  const area = await generateArea(handle.db, { companies: COMPANIES, listings: LISTINGS, onProgress: progress(label) });
  const home = area.sampleCompanies[0]!;
  // Pair matches for the member's listings (the matching worker's output), so lines are drawn.
  await handle.db.execute(sql`insert into matches (listing_id, other_listing_id, type, score)
    select own.id, o.id, 'pair', 0.5 + random() / 2 from listings own
    cross join lateral (select id from listings o where o.company_id <> own.company_id
      and earth_box(ll_to_earth(own.lat, own.lng), 30000) @> ll_to_earth(o.lat, o.lng) limit 20) o
    where own.company_id = ${home.id}`);
  // A live database is vacuumed by autovacuum, which also marks pages all-visible so that the map
  // index is read without visiting the table (index-only scan); a freshly bulk-loaded one is not.
  await handle.db.execute(sql`vacuum analyze`);
  const generateSeconds = (performance.now() - started) / 1000;
  clearProgress();
  console.log(
    `  ${label}: generated ${area.companies.toLocaleString('en')} firms and ${area.listings.toLocaleString('en')} listings in ${generateSeconds.toFixed(1)} s`,
  );

  const [membership] = await queryRows<{ network_id: string }>(
    handle.db,
    sql`select network_id from network_memberships where company_id = ${home.id} limit 1`,
  );
  const networkId = membership!.network_id;
  const member: Viewer = {
    userId: 'bench',
    email: 'bench@example.test',
    name: 'Bench',
    locale: 'da',
    isAdmin: false,
    companyIds: [home.id],
    memberNetworkIds: [networkId],
    facilitatorNetworkIds: [],
    municipalityNetworkIds: [],
  };
  const viewers = [member, null];

  const views = {} as Record<ViewName, ViewFigures>;
  for (const [name, zoom] of Object.entries(VIEWS) as [ViewName, number][]) {
    const times: number[] = [];
    const rows: number[] = [];
    const clusters: number[] = [];
    const points: number[] = [];
    const bytes: number[] = [];
    for (const [i, { query, viewerIndex }] of makeRequests(area, zoom, QUERIES + WARMUP).entries()) {
      const t0 = performance.now();
      const data = await getMapData(viewers[viewerIndex] ?? null, query);
      const json = JSON.stringify(data);
      const ms = performance.now() - t0;
      if (i < WARMUP) continue;
      times.push(ms);
      rows.push(data.total);
      clusters.push(data.clusters.length);
      points.push(data.points.length);
      bytes.push(json.length / 1024);
    }
    times.sort((a, b) => a - b);
    views[name] = {
      p50Ms: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      maxMs: round(times.at(-1) ?? 0),
      meanRowsInView: Math.round(mean(rows)),
      meanClusters: Math.round(mean(clusters)),
      meanPoints: Math.round(mean(points)),
      meanKiB: round(mean(bytes)),
    };
  }
  const worse = views.region.p95Ms >= views.street.p95Ms ? views.region : views.street;
  return {
    listings: LISTINGS,
    companies: COMPANIES,
    queriesPerView: QUERIES,
    generateSeconds: round(generateSeconds),
    p50Ms: worse.p50Ms,
    p95Ms: worse.p95Ms,
    regionP95Ms: views.region.p95Ms,
    streetP95Ms: views.street.p95Ms,
    views,
  };
}

function report(label: string, f: Figures) {
  for (const [name, v] of Object.entries(f.views)) {
    console.log(
      `  ${label}: ${name.padEnd(6)} (zoom ${VIEWS[name as ViewName]}): p50 ${v.p50Ms} ms, p95 ${v.p95Ms} ms, max ${v.maxMs} ms — ` +
        `${v.meanRowsInView.toLocaleString('en')} listings in view on average, sent as ${v.meanClusters} clusters + ${v.meanPoints} points (${v.meanKiB} KiB JSON)`,
    );
  }
  console.log(`  ${label}: endpoint p95 (worse of region and street): ${f.p95Ms} ms (target < 100 ms)`);
}

console.log(
  `Map benchmark: ${COMPANIES.toLocaleString('en')} firms, ${LISTINGS.toLocaleString('en')} listings, ${QUERIES} requests per view${TINY ? ' (tiny: a smoke run, not figures)' : ''}`,
);
const out = await onDatabases({
  run: async (label, handle) => {
    const f = await run(label, handle);
    report(label, f);
    return f;
  },
  skipPglite: flag('skip-pglite') ? '--skip-pglite' : undefined,
});
console.log(JSON.stringify(out));
