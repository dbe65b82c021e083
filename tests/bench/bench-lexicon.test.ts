import { expect, test } from 'vitest';
import { expectNumbers, expectSuccess, runBench } from './run-bench';

test('npm run bench:lexicon -- --tiny loads the lexicon and prints its figures', async () => {
  const f = expectSuccess(await runBench('bench:lexicon'));
  expectNumbers(f, ['diskMB', 'loadMs', 'heapMB']);
  expect(f.diskMB as number).toBeGreaterThan(1);
});
