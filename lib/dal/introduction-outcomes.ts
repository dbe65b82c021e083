import 'server-only';
// What came of an accepted introduction, recorded by either firm, for the network's statistics.
import { getDb } from '@/db/client';
import { firstApprovedNetworkId, saveOutcome } from '@/db/queries/introductions';
import { unauthorized } from '@/lib/errors';
import type { RecordOutcomeInput } from '@/lib/validations/introductions';
import { issue, loadAsParty } from './introduction-access';
import type { Viewer } from '@/lib/policy/viewer';

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
  return saveOutcome(db, { introductionId: row.id, networkId, kind: input.kind, values });
}
