import 'server-only';
// Outcome statistics for a network: counts only — no firm names, messages or people — so that a
// facilitator, an admin and the network's municipality staff may all see them.
import { getDb } from '@/db/client';
import { countIntroductionsByKindAndStatus, countOutcomesByKind, medianHoursToAnswer } from '@/db/queries/introductions';
import { INTRODUCTION_KINDS, INTRODUCTION_STATUSES, OUTCOME_KINDS, type IntroductionKind, type IntroductionStatus, type OutcomeKind } from '@/db/schema';
import { forbidden, unauthorized } from '@/lib/errors';
import { canSeeAreaFigures } from '@/lib/policy/networks';
import type { Viewer } from '@/lib/policy/viewer';

export interface IntroductionStats {
  total: number;
  byKind: Record<IntroductionKind, number>;
  byStatus: Record<IntroductionStatus, number>;
  byKindAndStatus: Record<IntroductionKind, Record<IntroductionStatus, number>>;
  /** Introductions that got an answer (accepted or declined; withdrawn and pending ones did not). */
  answered: number;
  /** accepted ÷ answered, 0–1; null while nothing has been answered. */
  acceptanceRate: number | null;
  /** Median hours from sending to the (final) answer; null while nothing has been answered. */
  medianHoursToAnswer: number | null;
  outcomesTotal: number;
  outcomesByKind: Record<OutcomeKind, number>;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Counts for one network, optionally for introductions (and outcomes) created in [from, to).
 * Only its facilitators, its municipality staff and platform admins may ask.
 */
export async function introductionStats(viewer: Viewer | null, networkId: string, range: { from?: Date; to?: Date } = {}): Promise<IntroductionStats> {
  if (!viewer) throw unauthorized();
  if (!canSeeAreaFigures(viewer, networkId)) throw forbidden();
  const db = getDb();
  const grouped = await countIntroductionsByKindAndStatus(db, { networkId, range });

  const byKind = zeros(INTRODUCTION_KINDS);
  const byStatus = zeros(INTRODUCTION_STATUSES);
  const byKindAndStatus = Object.fromEntries(INTRODUCTION_KINDS.map((k) => [k, zeros(INTRODUCTION_STATUSES)])) as IntroductionStats['byKindAndStatus'];
  let total = 0;
  for (const g of grouped) {
    total += g.n;
    byKind[g.kind] += g.n;
    byStatus[g.status] += g.n;
    byKindAndStatus[g.kind][g.status] += g.n;
  }

  const answered = byStatus.accepted + byStatus.declined;
  const hours = await medianHoursToAnswer(db, { networkId, range });

  const outcomeRows = await countOutcomesByKind(db, { networkId, range });
  const outcomesByKind = zeros(OUTCOME_KINDS);
  let outcomesTotal = 0;
  for (const o of outcomeRows) {
    outcomesTotal += o.n;
    if (o.kind in outcomesByKind) outcomesByKind[o.kind] += o.n;
  }

  return {
    total,
    byKind,
    byStatus,
    byKindAndStatus,
    answered,
    acceptanceRate: answered ? byStatus.accepted / answered : null,
    medianHoursToAnswer: hours === null || hours === undefined ? null : Math.round(Number(hours) * 10) / 10,
    outcomesTotal,
    outcomesByKind,
  };
}
