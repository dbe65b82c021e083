import { defineConfig } from 'drizzle-kit';

// Only used to generate SQL migrations from db/schema.ts; the app applies them itself
// (db/migrate.ts) on PGlite and PostgreSQL alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
