import 'server-only';
// What came of an accepted introduction, recorded by either firm, for the network's statistics.
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { firstApprovedNetworkId } from '@/db/queries/introductions';
import { introductions, outcomes } from '@/db/schema';
import { unauthorized } from '@/lib/errors';
import type { RecordOutcomeInput } from '@/lib/validations/introductions';
import { issue, loadAsParty } from './introduction-access';
import type { Viewer } from './viewer';

/**
 * Either firm records what an accepted introduction led to. One outcome per kind and introduction:
 * recording the same kind again updates its summary rather than counting it twice.
 */
export async function recordOutcome(viewer: Viewer | null, input: RecordOutcomeInput): Promise<{ id: string; created: boolean }> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const { row } = await loadAsParty(db, viewer, input.introductionId);
  if (row.status !== 'accepted') throw issue('conflict', '_form', 'notAccepted');
  // Outcomes are counted per network; firms without a shared one count where the listing's firm is.
  const networkId = row.networkId ?? (await firstApprovedNetworkId(db, { companyIds: [row.toCompanyId, row.fromCompanyId] }));
  if (!networkId) throw issue('conflict', '_form', 'noNetwork');
  const values = { summary: input.summary ?? '', occurredOn: input.occurredOn ?? null, recordedById: viewer.userId };
  return db.transaction(async (tx) => {
    // Both firms recording at the same moment queue up on the introduction's row.
    await tx.select({ id: introductions.id }).from(introductions).where(eq(introductions.id, row.id)).for('update');
    const [existing] = await tx
      .select({ id: outcomes.id })
      .from(outcomes)
      .where(and(eq(outcomes.introductionId, row.id), eq(outcomes.kind, input.kind)))
      .limit(1);
    if (existing) {
      await tx.update(outcomes).set(values).where(eq(outcomes.id, existing.id));
      return { id: existing.id, created: false };
    }
    const [created] = await tx.insert(outcomes).values({ networkId, introductionId: row.id, kind: input.kind, ...values }).returning({ id: outcomes.id });
    return { id: created!.id, created: true };
  });
}
