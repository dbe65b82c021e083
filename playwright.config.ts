// End-to-end tests against the production build (`next start`) with a fresh embedded database that
// seeds itself with the demo area. Run through `npm run test:e2e` (scripts/test-e2e.sh), which builds
// first and picks a free port and a temporary PGLITE_DIR. Uses the system Chromium: Playwright never
// downloads a browser here.
import { defineConfig, devices } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';

const port = Number(process.env.E2E_PORT ?? 3199);
const baseURL = `http://127.0.0.1:${port}`;
const pgliteDir = process.env.E2E_PGLITE_DIR ?? path.join(os.tmpdir(), `industrivej-e2e-${port}`);
// The server's output (LOG_MAIL prints every e-mail there) is also written to this file, where
// tests/e2e/support/mail.ts finds the links people would click in their mailbox.
export const mailLog = process.env.E2E_MAIL_LOG ?? path.join(os.tmpdir(), `industrivej-e2e-mail-${port}.log`);
process.env.E2E_MAIL_LOG = mailLog;

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results/e2e',
  // Journeys sign in several people, each in their own browser context, against a production
  // server sharing two cores with the browser: 30 s was too tight once pages carried matches.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // Two workers suit CI's two cores; test files share the seeded server, so each test creates what
  // it changes instead of relying on the order of others.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e-results.json' }]],
  use: {
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx next start -p ${port} -H 127.0.0.1 2>&1 | tee '${mailLog}'`,
    url: `${baseURL}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      // Always the embedded database, even when the shell has DATABASE_URL for the integration tests.
      DATABASE_URL: '',
      PGLITE_DIR: pgliteDir,
      SEED_DEMO: 'true',
      APP_URL: baseURL,
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-only-secret-not-for-production-0123456789',
      LOG_MAIL: 'true',
      // The whole suite signs in and up many times from one address within minutes; the limits
      // themselves stay as they are (and are tested), only scaled for this one client.
      RATE_LIMIT_SCALE: '50',
    },
  },
});
