// Recorded results ("outcomes") counted by kind for the municipality. The kinds mirror the outcome
// form of the introductions feature (db/schema OUTCOME_KINDS there); a kind this list does not
// know is counted as 'other' rather than shown as stored, so no free text can reach the page.
// Only counts leave the DAL: an outcome's summary may name firms and is never read here.

export const OUTCOME_KINDS_SHOWN = ['deal', 'shared_hire', 'joint_purchase', 'project', 'knowledge', 'none', 'other'] as const;
export type OutcomeKindShown = (typeof OUTCOME_KINDS_SHOWN)[number];

export interface OutcomeCounts {
  byKind: Record<OutcomeKindShown, number>;
  /** Everything recorded except 'none' (an introduction that led to nothing, recorded as such). */
  results: number;
  total: number;
}

export function countOutcomes(rows: { kind: string; n: number }[]): OutcomeCounts {
  const byKind = Object.fromEntries(OUTCOME_KINDS_SHOWN.map((k) => [k, 0])) as Record<OutcomeKindShown, number>;
  let total = 0;
  for (const r of rows) {
    const kind = (OUTCOME_KINDS_SHOWN as readonly string[]).includes(r.kind) ? (r.kind as OutcomeKindShown) : 'other';
    byKind[kind] += r.n;
    total += r.n;
  }
  return { byKind, results: total - byKind.none, total };
}
