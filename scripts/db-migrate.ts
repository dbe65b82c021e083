// npm run db:migrate — applies pending migrations to the database chosen by DATABASE_URL/PGLITE_DIR.
import { openDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';

const handle = openDb();
await runMigrations(handle);
console.log(`Migrations applied (${handle.driver}).`);
await handle.close();
