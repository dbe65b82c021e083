// npm run bench:match — how fast the matching engine produces the top 20 for one listing (the
// SQL candidate stage + re-ranking, exactly as the worker and the CLI run it), over a generated
// area of 10,000 firms and 100,000 listings; then a full refresh of every open listing; then, on
// PostgreSQL with a production build present (.next/BUILD_ID), GET /api/v1/listings/:ref/matches
// under 10 concurrent connections with autocannon.
// Runs on PostgreSQL when DATABASE_URL is set (a fresh database iv_bench_… on that server, dropped
// afterwards) and on an in-memory PGlite. Last line: one JSON object with the figures.
// Options: --companies N --listings N --queries N --steady-after N --no-pglite --no-refresh --no-api
//          --pglite-refresh (also time the full refresh on PGlite; slow: single connection)
//          --keep-db NAME (PostgreSQL: use and keep database NAME, generating the area only when it
//          is empty — for repeated runs while tuning; with --no-refresh the API is measured on the
//          suggestions an earlier run stored)
//          --tiny (or BENCH_SIZE=tiny): 40 firms, 200 listings, 10 + 10 rankings, a 2 s API load —
//          the smoke run of `npm test`.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { queryRows, type DbHandle } from '@/db/client';
import { companyMembers, users } from '@/db/schema';
import { createApiToken } from '@/lib/dal/api-tokens';
import type { Viewer } from '@/lib/dal/viewer';
import { matchListing } from '@/lib/matching/engine';
import { refreshAllMatches } from '@/lib/matching/refresh';
import { generateArea, type AreaSummary } from '@/tools/bench/generate-area';
import { TINY, clearProgress, flag, onDatabases, percentile, progress, round, sizeArg } from '@/tools/bench/harness';

const COMPANIES = sizeArg('companies', 10_000, 40);
const LISTINGS = sizeArg('listings', 100_000, 200);
const QUERIES = sizeArg('queries', 300, 10);
const WARMUP = TINY ? 3 : 30;
/** Listings ranked, unmeasured, between the fresh-process and the steady-state measurements. */
const STEADY_AFTER = sizeArg('steady-after', 1500, 10);
/** Seconds of API load: unmeasured warm-up, then measured. */
const API_WARMUP_S = TINY ? 1 : 15;
const API_SECONDS = TINY ? 2 : 10;

interface Figures {
  listings: number;
  companies: number;
  queries: number;
  generateSeconds: number;
  /** A process that has been ranking for a while (the job worker): its caches hold the area. */
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The first rankings of a fresh process (JIT warmed by WARMUP rankings, caches empty). */
  freshP50Ms: number;
  freshP95Ms: number;
  /** This process's resident size after the rankings (caches included). */
  rankingRssMb: number;
  meanCandidates: number;
  meanMatches: number;
  refreshSeconds?: number;
  refreshListingsPerSecond?: number;
  storedMatches?: number;
  refreshPeakRssMb?: number;
  api?: { connections: number; seconds: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number } | { skipped: string };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** `next start` on the benchmark database, then autocannon against one firm's listings' matches. */
async function apiLoad(handle: DbHandle, databaseUrl: string): Promise<NonNullable<Figures['api']>> {
  if (!existsSync('.next/BUILD_ID')) return { skipped: 'no production build (.next/BUILD_ID): run npm run build first' };
  // A firm with several listings that have stored suggestions (after a full refresh: any firm).
  const [sample] = await queryRows<{ company_id: string }>(
    handle.db,
    sql`select l.company_id from listings l where l.status = 'open' and exists (select 1 from matches m where m.listing_id = l.id)
      group by l.company_id having count(*) >= 3 order by l.company_id limit 1`,
  );
  if (!sample) return { skipped: 'no firm with stored suggestions' };
  const sampleCompanyId = sample.company_id;
  const [user] = await handle.db
    .insert(users)
    .values({ email: `bench-${randomBytes(3).toString('hex')}@example.test`, name: 'Bench' })
    .returning();
  await handle.db.insert(companyMembers).values({ companyId: sampleCompanyId, userId: user!.id, role: 'owner' });
  const viewer: Viewer = {
    userId: user!.id,
    email: user!.email,
    name: 'Bench',
    locale: 'da',
    isAdmin: false,
    companyIds: [sampleCompanyId],
    memberNetworkIds: [],
    facilitatorNetworkIds: [],
    municipalityNetworkIds: [],
  };
  const { token } = await createApiToken(viewer, 'bench');
  const refs = (
    await queryRows<{ ref: string }>(
      handle.db,
      sql`select l.ref from listings l where l.company_id = ${sampleCompanyId} and l.status = 'open' and exists (select 1 from matches m where m.listing_id = l.id) order by l.ref limit 10`,
    )
  ).map((r) => r.ref);
  if (!refs.length) return { skipped: 'the sample firm has no open listings' };

  const port = await freePort();
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_OPTIONS: '--max-semi-space-size=32',
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      NODE_ENV: 'production',
      AUTH_SECRET: randomBytes(32).toString('hex'),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  server.stdout.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr.on('data', (d: Buffer) => (log += d.toString()));
  try {
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 90_000;
    for (;;) {
      try {
        const res = await fetch(`${base}/api/v1/listings/${refs[0]}/matches`, { headers: { authorization: `Bearer ${token}` } });
        if (res.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`next start did not answer within 90 s:\n${log.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    // Steady state, as a server that has been up for a while: 15 s of the same load first (route
    // modules loaded, code compiled by the JIT, connections open), not measured. After only 3 s
    // the server still ran ~15 % below its steady rate.
    const load = (duration: number) =>
      autocannon({
        url: base,
        connections: 10,
        duration,
        headers: { authorization: `Bearer ${token}` },
        requests: refs.map((ref) => ({ method: 'GET' as const, path: `/api/v1/listings/${ref}/matches?top=10` })),
      });
    await load(API_WARMUP_S);
    const seconds = API_SECONDS;
    const result = await load(seconds);
    return {
      connections: 10,
      seconds,
      requestsPerSecond: round(result.requests.average),
      p50Ms: round(result.latency.p50),
      p99Ms: round(result.latency.p99),
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    };
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

/** An area generated earlier into a kept database (--keep-db), or null when it is empty. */
async function existingArea(handle: DbHandle): Promise<AreaSummary | null> {
  const [counts] = await queryRows<{ companies: number; listings: number }>(
    handle.db,
    sql`select (select count(*)::int from companies) as companies, (select count(*)::int from listings) as listings`,
  );
  if (!counts?.listings) return null;
  const sample = await queryRows<{ id: string; lat: number; lng: number }>(
    handle.db,
    sql`select c.id, c.lat, c.lng from companies c where exists (select 1 from listings l where l.company_id = c.id and l.status = 'open') order by c.id limit 5`,
  );
  return { networks: [], companies: counts.companies, listings: counts.listings, sampleCompanies: sample, vocabulary: [] };
}

async function run(label: string, handle: DbHandle, opts: { refresh: boolean; databaseUrl?: string }): Promise<Figures> {
  const started = performance.now();
  const kept = flag('keep-db') ? await existingArea(handle) : null;
  const area = kept ?? (await generateArea(handle.db, { companies: COMPANIES, listings: LISTINGS, onProgress: progress(label) }));
  const generateSeconds = (performance.now() - started) / 1000;
  clearProgress();
  if (kept) console.log(`  ${label}: using the kept area of ${area.companies.toLocaleString('en')} firms and ${area.listings.toLocaleString('en')} listings`);
  else
    console.log(
      `  ${label}: generated ${area.companies.toLocaleString('en')} firms and ${area.listings.toLocaleString('en')} listings in ${generateSeconds.toFixed(1)} s`,
    );
  // A bulk load leaves the visibility map unset until autovacuum comes by; a live database has
  // it set for all but recently changed pages, which is what the index-only candidate stage needs.
  await handle.db.execute(sql`vacuum analyze`);

  // Sources spread over the whole table (every network, both kinds, all categories). Measured
  // twice: the first QUERIES rankings of this process after WARMUP (code compiled, caches of
  // candidate rows and text analyses nearly empty), and QUERIES other listings after STEADY_AFTER
  // more, as a worker that has been running for a while ranks them.
  const sources = (
    await queryRows<{ id: string }>(
      handle.db,
      sql`select id from listings where status = 'open' order by md5(id::text) limit ${WARMUP + QUERIES + STEADY_AFTER + QUERIES}`,
    )
  ).map((r) => r.id);
  const fresh: number[] = [];
  const times: number[] = [];
  let candidates = 0;
  let found = 0;
  const onProgress = progress(`${label} ranking`);
  for (const [i, id] of sources.entries()) {
    const t0 = performance.now();
    const run = await matchListing(handle.db, id, { top: 20 });
    const ms = performance.now() - t0;
    onProgress(i + 1, sources.length);
    if (i >= WARMUP && i < WARMUP + QUERIES) fresh.push(ms);
    if (i >= sources.length - QUERIES) {
      times.push(ms);
      candidates += run?.candidates ?? 0;
      found += run?.result.matches.length ?? 0;
    }
  }
  clearProgress();
  times.sort((a, b) => a - b);
  fresh.sort((a, b) => a - b);
  const f: Figures = {
    listings: area.listings,
    companies: area.companies,
    queries: times.length,
    generateSeconds: round(generateSeconds),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(times.at(-1) ?? 0),
    freshP50Ms: round(percentile(fresh, 50)),
    freshP95Ms: round(percentile(fresh, 95)),
    meanCandidates: round(candidates / Math.max(1, times.length)),
    meanMatches: round(found / Math.max(1, times.length)),
    rankingRssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
  console.log(`  ${label}: top 20 for one listing, first ${fresh.length} rankings of a fresh process: p50 ${f.freshP50Ms} ms, p95 ${f.freshP95Ms} ms`);
  console.log(
    `  ${label}: top 20 for one listing, ${f.queries} listings after ${STEADY_AFTER.toLocaleString('en')} more (steady state): p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, max ${f.maxMs} ms (${f.meanCandidates} candidates ranked, ${f.meanMatches} matches on average; RSS ${f.rankingRssMb} MiB)`,
  );

  if (opts.refresh) {
    const onProgress = progress(`${label} refresh`);
    // Memory: the refresh holds one grid cell's neighbourhood at a time; sample this process's
    // resident size while it runs.
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
    const summary = await refreshAllMatches(handle.db, { onProgress: (n) => onProgress(n) }).finally(() => clearInterval(sampler));
    clearProgress();
    f.refreshPeakRssMb = Math.round(peakRss / 2 ** 20);
    f.refreshSeconds = round(summary.ms / 1000);
    f.refreshListingsPerSecond = Math.round(summary.listings / (summary.ms / 1000));
    f.storedMatches = summary.matches;
    console.log(
      `  ${label}: full refresh of ${summary.listings.toLocaleString('en')} open listings in ${f.refreshSeconds} s (${f.refreshListingsPerSecond}/s, ${summary.matches.toLocaleString('en')} suggestions stored, peak RSS ${f.refreshPeakRssMb} MiB)`,
    );
  }
  if (opts.databaseUrl) {
    if (flag('no-api')) f.api = { skipped: '--no-api' };
    else if (!opts.refresh && !flag('keep-db')) f.api = { skipped: 'needs the full refresh (stored matches)' };
    else {
      // The refresh leaves millions of new rows that autovacuum would otherwise be busy with while
      // the API is measured; a nightly refresh has long been vacuumed by daytime.
      const t0 = performance.now();
      await handle.db.execute(sql`vacuum analyze matches`);
      console.log(`  ${label}: vacuum analyze of the stored suggestions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      f.api = await apiLoad(handle, opts.databaseUrl);
    }
    if ('skipped' in f.api) console.log(`  ${label}: API load test skipped (${f.api.skipped})`);
    else
      console.log(
        `  ${label}: GET /api/v1/listings/:ref/matches, ${f.api.connections} connections for ${f.api.seconds} s: ${f.api.requestsPerSecond} req/s, p50 ${f.api.p50Ms} ms, p99 ${f.api.p99Ms} ms, ${f.api.errors} errors, ${f.api.non2xx} non-2xx`,
      );
  }
  return f;
}

console.log(
  `Matching benchmark: ${COMPANIES.toLocaleString('en')} firms, ${LISTINGS.toLocaleString('en')} listings, ${QUERIES} listings ranked${TINY ? ' (tiny: a smoke run, not figures)' : ''}`,
);
const keep = process.argv[process.argv.indexOf('--keep-db') + 1];
if (flag('keep-db') && !keep) throw new Error('--keep-db needs a database name (lower-case letters, digits, _)');
const out = await onDatabases({
  run: (label, handle, url) =>
    label === 'postgres' ? run(label, handle, { refresh: !flag('no-refresh'), databaseUrl: url }) : run(label, handle, { refresh: flag('pglite-refresh') }),
  skipPglite: flag('no-pglite') ? '--no-pglite' : undefined,
  keepDatabase: flag('keep-db') ? keep : null,
});
console.log(JSON.stringify(out));
process.exit(0);
