import { test } from 'vitest';
import { expectNumbers, expectPostgresHalf, expectSuccess, runBench } from './run-bench';

test('npm run bench:search -- --tiny prints its figures on PGlite (and PostgreSQL with DATABASE_URL)', async () => {
  const run = await runBench('bench:search');
  const f = expectSuccess(run);
  const keys = ['listings', 'queries', 'p50Ms', 'p95Ms', 'maxMs', 'meanResults'];
  expectNumbers(f.pglite, keys);
  await expectPostgresHalf(run, keys);
});
