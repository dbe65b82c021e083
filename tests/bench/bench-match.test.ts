import { expect, test } from 'vitest';
import { expectNumbers, expectPostgresHalf, expectSuccess, postgresUrl, runBench } from './run-bench';

test('npm run bench:match -- --tiny ranks, refreshes (PostgreSQL) and prints its figures', async () => {
  const run = await runBench('bench:match');
  const f = expectSuccess(run);
  const keys = ['listings', 'queries', 'p50Ms', 'p95Ms', 'freshP50Ms', 'freshP95Ms', 'meanCandidates', 'meanMatches', 'rankingRssMb'];
  expectNumbers(f.pglite, keys);
  expect((f.pglite as { meanMatches: number }).meanMatches, 'the engine found matches').toBeGreaterThan(0);
  await expectPostgresHalf(run, [...keys, 'refreshSeconds', 'storedMatches', 'refreshPeakRssMb']);
  if (postgresUrl) {
    // The API load test runs when a production build exists (after the e2e step of npm test).
    const api = (f.postgres as { api: Record<string, unknown> }).api;
    if (!('skipped' in api)) {
      expectNumbers(api, ['requestsPerSecond', 'p50Ms', 'p99Ms']);
      expect(api.errors, run.output.slice(-2000)).toBe(0);
      expect(api.non2xx, run.output.slice(-2000)).toBe(0);
    }
  }
});
