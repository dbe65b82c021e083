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
          // tests/security: each finding of issue 14 with its regression test, on a real database.
          include: ['tests/integration/**/*.test.ts', 'tests/security/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
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
