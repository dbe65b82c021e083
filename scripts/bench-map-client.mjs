// npm run bench:map-client — the map in the browser with 10,000 points: first render after a filter
// change and re-clustering on zoom/pan, timed in the page (tests/e2e/map-performance.spec.ts run by
// Playwright against a production build; E2E_SKIP_BUILD=1 reuses an existing one). Times are also
// given in calibration units (a fixed amount of work timed in the same page) because two shared
// cores make wall-clock times swing several-fold: on this machine's cores, idle, the 300 ms
// first render is ~1.6 units and its 100 ms pan/zoom ~0.5 units. Last line: one JSON object.
// --tiny (or BENCH_SIZE=tiny): 1,000 points, the smoke run of `npm test` (which runs it after the
// end-to-end tests, reusing their build: E2E_SKIP_BUILD=1).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const tiny = process.argv.includes('--tiny') || process.env.BENCH_SIZE === 'tiny';
const figuresFile = path.join(root, 'test-results', 'map-client-figures.json');
rmSync(figuresFile, { force: true });
const run = spawnSync('bash', ['scripts/test-e2e.sh', 'tests/e2e/map-performance.spec.ts'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  // Its own JSON report, so that a run inside `npm test` leaves the e2e step's report alone.
  env: { ...process.env, MAP_CLIENT_POINTS: tiny ? '1000' : '10000', E2E_JSON: 'test-results/map-client-e2e.json' },
});
if (run.status !== 0) {
  console.error(`bench:map-client: the Playwright run failed (exit ${run.status}); see test-results/e2e/`);
  process.exit(1);
}
if (!existsSync(figuresFile)) {
  // test-e2e.sh exits 0 without running anything when there is no Chromium.
  console.error('bench:map-client: no figures were written (no Chromium at /usr/bin/chromium?)');
  process.exit(1);
}
const f = JSON.parse(readFileSync(figuresFile, 'utf8'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const out = {
  points: f.points,
  firstRenderMs: Math.min(...f.renderMs),
  firstRenderUnits: Math.min(...f.renderUnits),
  redrawMedianMs: median(f.redrawMs),
  redrawMedianUnits: median(f.redrawUnits),
  calibrationMs: median(f.calibrationMs),
  jsKiB: f.jsKiB,
};
console.log(`Map in the browser, ${out.points.toLocaleString('en')} points (calibration: ${out.calibrationMs} ms a unit)`);
console.log(
  `  first render after a filter change: best of 3 ${out.firstRenderMs} ms = ${out.firstRenderUnits} units (target 300 ms ≈ 1.6 units) ${out.firstRenderUnits < 1.6 ? '✓' : '✗'}`,
);
console.log(
  `  zoom/pan re-cluster: median of 5 ${out.redrawMedianMs} ms = ${out.redrawMedianUnits} units (target 100 ms ≈ 0.5 units) ${out.redrawMedianUnits < 0.5 ? '✓' : '✗'}`,
);
console.log(`  JavaScript loaded by the map page: ${out.jsKiB} KiB (compressed)`);
console.log(JSON.stringify(out));
