import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { expectNumbers, expectSuccess, runBench } from './run-bench';

// The map in a real browser against a production build. `npm test` runs this project after the
// end-to-end step, so the build is the one the e2e tests just used (E2E_SKIP_BUILD=1 reuses it);
// without Chromium the e2e step is skipped, and so is this.
const root = path.resolve(import.meta.dirname, '../..');
const chromium = existsSync('/usr/bin/chromium');
const build = existsSync(path.join(root, '.next/BUILD_ID'));

test.skipIf(!chromium || !build)(
  `npm run bench:map-client -- --tiny draws, re-clusters and prints its figures${!chromium ? ' (skipped: no Chromium at /usr/bin/chromium)' : !build ? ' (skipped: no production build; npm test builds one in its e2e step)' : ''}`,
  async () => {
    const f = expectSuccess(await runBench('bench:map-client', { E2E_SKIP_BUILD: '1' }));
    expect(f.points).toBe(1000);
    expectNumbers(f, ['firstRenderMs', 'firstRenderUnits', 'redrawMedianMs', 'redrawMedianUnits', 'calibrationMs', 'jsKiB']);
  },
);
