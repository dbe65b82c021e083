import 'server-only';
// The bodies of `npm run matches` and `npm run matches:refresh` (scripts/matches.ts,
// scripts/matches-refresh.ts), separate from the scripts so tests can run them against a test
// database and capture their output. Suggestions are computed afresh from the database, not read
// from the stored ones, so `db:import` followed by `matches --json` ranks the imported file
// without any worker having run.
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { listingRefs, openListingIds } from '@/db/queries/matching';
import { listings, UI_LOCALES } from '@/db/schema';
import { listingActiveSql } from '@/lib/policy/listings';
import type { CliIo } from './exchange';
import { matchListing, STORED_PAIRS } from '@/lib/matching/engine';
import { formatReasons } from '@/lib/matching/explain';
import { refreshAllMatches } from '@/lib/matching/refresh';

const USAGE = 'usage: npm run matches -- [--listing REF] [--top N] [--locale da|en|fi] [--json]';

const argsSchema = z.object({
  listing: z.string().trim().min(1).optional(),
  top: z.coerce.number().int().min(1).max(STORED_PAIRS).default(5),
  locale: z.enum(UI_LOCALES).default('da'),
  json: z.boolean().default(false),
});

export interface CliMatch {
  listing: string;
  score: number;
  type: 'pair' | 'pooling';
  reasons: string[];
}

function usageError(io: CliIo, path: string, message: string) {
  io.err(JSON.stringify({ error: { code: 'usage', issues: [{ path, message }] } }));
  io.err(USAGE);
  return 2;
}

/** Returns the exit code: 0 printed, 1 the listing does not exist or is not open, 2 usage. */
export async function runMatchesCli(argv: string[], handle: DbHandle, io: CliIo): Promise<number> {
  let raw;
  try {
    raw = parseArgs({
      args: argv,
      options: { listing: { type: 'string' }, top: { type: 'string' }, locale: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    }).values;
  } catch (error) {
    return usageError(io, 'argv', error instanceof Error ? error.message : String(error));
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return usageError(io, `--${String(issue?.path[0] ?? '')}`, issue?.message ?? 'invalid');
  }
  const { listing, top, locale, json } = parsed.data;
  await runMigrations(handle);
  const db = handle.db;
  const now = new Date();

  let ids: string[];
  if (listing) {
    const [row] = await db.select({ id: listings.id }).from(listings).where(eq(listings.ref, listing)).limit(1);
    if (!row) {
      io.err(JSON.stringify({ error: { code: 'not_found', issues: [{ path: '--listing', message: `No listing with ref ${listing}` }] } }));
      return 1;
    }
    ids = [row.id];
  } else {
    ids = [];
    for (let after: string | undefined; ;) {
      const batch = await openListingIds(db, { after, limit: 5000, active: listingActiveSql(now) });
      if (!batch.length) break;
      ids.push(...batch);
      after = batch[batch.length - 1];
    }
  }

  const refOf = await listingRefs(db, ids);
  const print = json
    ? (first: boolean, ref: string, list: CliMatch[]) => io.out(`${first ? '{' : ','}\n  ${JSON.stringify(ref)}: ${JSON.stringify(list)}`)
    : printText(io);
  let first = true;
  for (const id of ids) {
    const run = await matchListing(db, id, { now, top, locale });
    const list: CliMatch[] = (run?.result.matches ?? []).map((m) => ({
      listing: m.listing.ref ?? m.listing.id,
      score: Math.round(m.score * 1000) / 1000,
      type: m.type === 'pooling' ? 'pooling' : 'pair',
      reasons: formatReasons(m.reasons, locale),
    }));
    print(first, refOf.get(id) ?? id, list);
    first = false;
  }
  if (json) io.out(first ? '{}' : '\n}');
  return 0;
}

function printText(io: CliIo) {
  return (_first: boolean, ref: string, list: CliMatch[]) => {
    io.out(`${ref}${list.length ? '' : '  (no suggestions)'}`);
    list.forEach((m, i) => io.out(`  ${i + 1}. ${m.listing}  ${m.score.toFixed(3)}  ${m.reasons.join(' · ')}`));
  };
}

/** `matches:refresh`: every open listing's stored suggestions, with a progress line. */
export async function runRefreshCli(argv: string[], handle: DbHandle, io: CliIo): Promise<number> {
  if (argv.length) {
    io.err('usage: npm run matches:refresh');
    return 2;
  }
  await runMigrations(handle);
  const summary = await refreshAllMatches(handle.db, { onProgress: (n) => io.progress?.(`${n.toLocaleString('en')} listings`) });
  io.progress?.('');
  io.out(`Refreshed ${summary.listings} listings: ${summary.matches} suggestions stored in ${(summary.ms / 1000).toFixed(1)} s.`);
  return 0;
}
