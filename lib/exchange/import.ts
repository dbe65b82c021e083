// Import of an `industrivej/v1` exchange file: validate everything, then write everything, in one
// transaction (a file with any error writes nothing). Used by `npm run db:import`, the
// facilitator's import page (with a scope, and first as a dry run for the preview) and the seed.
import type { Db } from '@/db/client';
import { inTransaction } from '@/db/transaction';
import { enqueueJob } from '@/lib/jobs/queue';
import type { ExchangeIssue } from './schema';
import { validateImport, type ImportScope } from './validate';
import { writePlan, type ImportSummary, type WriteOptions } from './write';

export type { ImportScope } from './validate';
export type { ImportCounts, ImportProgress, ImportSummary } from './write';

export interface ImportOptions extends WriteOptions {
  /** Do all the work, report what would change, then roll back (the preview). */
  dryRun?: boolean;
  scope?: ImportScope;
}

export type ImportResult = { ok: true; summary: ImportSummary; dryRun: boolean } | { ok: false; issues: ExchangeIssue[] };

class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run');
  }
}

/**
 * Validates `input` (a parsed JSON document) against the file format and the database, then writes
 * it. Validation runs inside the same transaction as the writes, so what was checked is what is
 * written. A dry run executes the very same statements and rolls them back, so a preview's counts
 * are exactly what a confirmed import will do.
 */
export async function importExchange(db: Db, input: unknown, options: ImportOptions = {}): Promise<ImportResult> {
  try {
    return await inTransaction(async (tx): Promise<ImportResult> => {
      const checked = await validateImport(tx, input, options.scope);
      if (!checked.ok) return checked;
      const summary = await writePlan(tx, checked.plan, options);
      if (options.dryRun) throw new DryRunRollback(summary);
      // Suggestions follow the data: the app's job worker recomputes them all (one refresh, not
      // one job per imported listing), in the same transaction so a failed import asks for nothing.
      if (summary.listings.created + summary.listings.updated + summary.companies.updated + summary.memberships > 0) {
        await enqueueJob(tx, 'matches.refreshAll', {});
      }
      return { ok: true, summary, dryRun: false };
    }, db);
  } catch (error) {
    if (error instanceof DryRunRollback) return { ok: true, summary: error.summary, dryRun: true };
    throw error;
  }
}

/** "companies: 3 new, 1 changed, 30 unchanged" lines for CLIs and logs. */
export function formatSummary(summary: ImportSummary): string {
  const line = (name: string, c: { created: number; updated: number; unchanged: number }) =>
    `${name}: ${c.created} new, ${c.updated} changed, ${c.unchanged} unchanged`;
  return [
    line('networks', summary.networks),
    line('companies', summary.companies),
    line('themes', summary.themes),
    line('listings', summary.listings),
    `memberships approved: ${summary.memberships}`,
    `theme links: ${summary.themeLinks.added} added, ${summary.themeLinks.removed} removed`,
  ].join('\n');
}
