import 'server-only';
// What each job type does. Payloads are plain JSON written by enqueueJob.
import type { Db } from '@/db/client';
import { deleteAuditLinesBefore } from '@/db/queries/audit';
import { listingsSuggesting, listingsSuggestingAmong } from '@/db/queries/matching';
import { selectNetworkListingIds } from '@/db/queries/vocabulary';
import { refreshListing } from '@/lib/matching/engine';
import { networkLearning } from '@/lib/matching/learning';
import { notifyNewMatches } from '@/lib/matching/notify';
import { auditCutoff } from '@/lib/policy/admin';
import { refreshAllMatches } from '@/lib/matching/refresh';
import { notifyThemeMatches } from '@/lib/themes/notify';
import { enqueueJob, nextNightlyRun } from './queue';

type Handler = (db: Db, payload: Record<string, unknown>) => Promise<void>;

export const JOB_HANDLERS: Record<string, Handler> = {
  /**
   * A listing was created, edited, paused, resumed or closed. Its own suggestions are recomputed;
   * with `cascade`, so are those of every listing that suggested it before and of every listing it
   * now suggests (one level: their own recomputation does not cascade further).
   */
  'matches.listing': async (db, payload) => {
    const listingId = String(payload.listingId);
    const before = payload.cascade ? await listingsSuggesting(db, listingId) : [];
    const { newPairs, partners } = await refreshListing(db, listingId);
    if (payload.cascade) {
      for (const id of new Set([...before, ...partners])) {
        if (id !== listingId) await enqueueJob(db, 'matches.listing', { listingId: id });
      }
    }
    if (newPairs.length) {
      await notifyNewMatches(db, listingId, newPairs);
      // Followers of a theme that holds both listings hear of the new match on its board, once per
      // pair: not again when the partner's own recomputation finds the same pair from its side.
      const known = new Set(await listingsSuggestingAmong(db, listingId, newPairs));
      const fresh = newPairs.filter((id) => !known.has(id));
      if (fresh.length)
        await notifyThemeMatches(
          db,
          fresh.map((otherListingId) => ({ listingId, otherListingId })),
        );
    }
  },
  /** A network's facilitator changed its vocabulary: its open listings' suggestions are recomputed
   * (no notifications: nothing about the listings changed). */
  'matches.network': async (db, payload) => {
    // The change may have been made in another process: read what the networks taught afresh.
    await networkLearning(db, { fresh: true });
    for (const id of await selectNetworkListingIds(db, { networkId: String(payload.networkId) })) await refreshListing(db, id);
  },
  /** Everything, e.g. after an import, and every night (when audit lines past their retention go too). */
  'matches.refreshAll': async (db, payload) => {
    await refreshAllMatches(db);
    if (payload.nightly) {
      await deleteAuditLinesBefore(db, { before: auditCutoff() });
      await enqueueJob(db, 'matches.refreshAll', { nightly: true }, nextNightlyRun(new Date()));
    }
  },
};
