// npm run bench:search — p50/p95 latency of text + distance searches over a generated area of
// 10,000 firms and 100,000 listings, through the same DAL function as the /listings page.
// Runs on an in-memory PGlite, and on PostgreSQL when DATABASE_URL is set (in a fresh database
// iv_bench_… on that server, dropped afterwards). Last line: one JSON object with the figures.
// Options: --companies N --listings N --queries N (defaults 10000, 100000, 200); --tiny (or
// BENCH_SIZE=tiny): 40 firms, 200 listings, 10 queries — the smoke run of `npm test`.
import type { DbHandle } from '@/db/client';
import { browseListings } from '@/lib/dal/listings';
import type { Viewer } from '@/lib/dal/viewer';
import { parseBrowseParams } from '@/lib/validations/listings';
import { generateArea, type AreaSummary } from '@/tools/bench/generate-area';
import { TINY, clearProgress, onDatabases, percentile, progress, round, sizeArg } from '@/tools/bench/harness';

const COMPANIES = sizeArg('companies', 10_000, 40);
const LISTINGS = sizeArg('listings', 100_000, 200);
const QUERIES = sizeArg('queries', 200, 10);
const WARMUP = TINY ? 2 : 20;

interface Figures {
  listings: number;
  companies: number;
  queries: number;
  generateSeconds: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  meanResults: number;
}

/** Varied queries: whole words, a compound's first part, a typo; always with a distance. */
function makeQueries(area: AreaSummary, count: number) {
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const word = pick(area.vocabulary);
    const r = rand();
    const q =
      r < 0.5
        ? word
        : r < 0.7
          ? word.slice(0, Math.max(4, Math.ceil(word.length * 0.6)))
          : r < 0.85
            ? `${word.slice(0, 2)}${word.slice(3)}`
            : `${word} ${pick(area.vocabulary)}`;
    const from = pick(area.sampleCompanies);
    const params: Record<string, string> = { q, km: pick(['10', '25', '50']) };
    if (i % 3 === 0) params.near = `${from.lat.toFixed(4)},${from.lng.toFixed(4)}`;
    if (i % 4 === 0) params.sort = 'nearest';
    return { params, viewerIndex: i % 2 };
  });
}

async function run(label: string, handle: DbHandle): Promise<Figures> {
  const started = performance.now();
  const area = await generateArea(handle.db, { companies: COMPANIES, listings: LISTINGS, onProgress: progress(label) });
  const generateSeconds = (performance.now() - started) / 1000;
  clearProgress();
  console.log(
    `  ${label}: generated ${area.companies.toLocaleString('en')} firms and ${area.listings.toLocaleString('en')} listings in ${generateSeconds.toFixed(1)} s`,
  );

  const home = area.sampleCompanies[0]!;
  const member: Viewer = {
    userId: 'bench',
    email: 'bench@example.test',
    name: 'Bench',
    locale: 'da',
    isAdmin: false,
    companyIds: [home.id],
    memberNetworkIds: [area.networks[0]!.id],
    facilitatorNetworkIds: [],
    municipalityNetworkIds: [],
  };
  const viewers = [member, null];
  const queries = makeQueries(area, QUERIES + WARMUP);
  const times: number[] = [];
  let results = 0;
  for (const [i, { params, viewerIndex }] of queries.entries()) {
    const t0 = performance.now();
    const r = await browseListings(viewers[viewerIndex] ?? null, parseBrowseParams(params));
    const ms = performance.now() - t0;
    if (i >= WARMUP) {
      times.push(ms);
      results += r.total;
    }
  }
  times.sort((a, b) => a - b);
  return {
    listings: LISTINGS,
    companies: COMPANIES,
    queries: times.length,
    generateSeconds: round(generateSeconds),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(times.at(-1) ?? 0),
    meanResults: round(results / Math.max(1, times.length)),
  };
}

function report(label: string, f: Figures) {
  console.log(
    `  ${label}: ${f.queries} text + distance searches: p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, max ${f.maxMs} ms (${f.meanResults} matches on average)`,
  );
}

console.log(
  `Search benchmark: ${COMPANIES.toLocaleString('en')} firms, ${LISTINGS.toLocaleString('en')} listings, ${QUERIES} queries${TINY ? ' (tiny: a smoke run, not figures)' : ''}`,
);
const out = await onDatabases({
  run: async (label, handle) => {
    const f = await run(label, handle);
    report(label, f);
    return f;
  },
});
console.log(JSON.stringify(out));
