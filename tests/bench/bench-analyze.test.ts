import { test } from 'vitest';
import { expectNumbers, expectSuccess, runBench } from './run-bench';

test('npm run bench:analyze -- --tiny prints its figures', async () => {
  const f = expectSuccess(await runBench('bench:analyze'));
  expectNumbers(f, ['texts', 'totalMs', 'meanMs', 'p50Ms', 'p95Ms', 'maxMs']);
});
