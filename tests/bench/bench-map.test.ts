import { expect, test } from 'vitest';
import { expectNumbers, expectPostgresHalf, expectSuccess, runBench } from './run-bench';

test('npm run bench:map -- --tiny prints its figures for every view on PGlite (and PostgreSQL with DATABASE_URL)', async () => {
  const run = await runBench('bench:map');
  const f = expectSuccess(run);
  const keys = ['listings', 'p50Ms', 'p95Ms', 'regionP95Ms', 'streetP95Ms'];
  expectNumbers(f.pglite, keys);
  const views = (f.pglite as { views: Record<string, unknown> }).views;
  expect(Object.keys(views).sort()).toEqual(['region', 'street', 'town']);
  for (const v of Object.values(views)) expectNumbers(v, ['p50Ms', 'p95Ms', 'meanRowsInView', 'meanKiB']);
  await expectPostgresHalf(run, keys);
});
