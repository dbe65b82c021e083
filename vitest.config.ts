import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'tests/stubs/server-only.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // Each integration file gets its own database; two workers suit CI's two cores.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // One regression test per finding of the security review (issue 14), named after it. They
        // run on a real database like the integration tests: PGlite by default, PostgreSQL with
        // TEST_DB=postgres (scripts/test-all.sh runs both).
        resolve: { alias },
        test: {
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          environment: 'node',
          // next-auth imports `next/server` without an extension (Next's bundler resolves it, plain
          // Node does not): let Vite resolve it, so the tests can drive the real Auth.js handlers.
          server: { deps: { inline: ['next-auth'] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Property-based tests (fast-check, issue 14): every zod schema, server action and API route
        // fed arbitrary input, on a real database like the integration tests (TEST_DB=postgres too).
        resolve: { alias },
        test: {
          name: 'property',
          include: ['tests/property/**/*.test.ts'],
          environment: 'node',
          server: { deps: { inline: ['next-auth'] } },
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Every `npm run bench:*` script at its tiny size (tests/bench): a broken benchmark fails
        // `npm test`. Each test spawns the real script; PostgreSQL halves run with DATABASE_URL.
        resolve: { alias },
        test: { name: 'bench', include: ['tests/bench/**/*.test.ts'], environment: 'node', testTimeout: 180_000 },
      },
    ],
  },
});
