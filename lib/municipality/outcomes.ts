// Recorded results ("outcomes") counted by kind for the municipality. The kinds mirror the outcome
// form of the introductions feature (db/schema OUTCOME_KINDS there); a kind this list does not
// know is counted as 'other' rather than shown as stored, so no free text can reach the page.
// Only counts leave the DAL: an outcome's summary may name firms and is never read here.
//
// Every count follows the small-count rule (protect.ts): the kinds that are results form one list
// whose total ("results") is published, so a kind backed by 1–2 firms is withheld and the withheld
// kinds are published together only when ≥ MIN_FIRMS firms stand behind them. 'none' (recorded as
// leading to nothing) is a count of its own, and no total of results and 'none' together is
// published, so neither can be recovered from the other.
import { contributions } from './activity';
import { protectList, type Count } from './protect';

export const OUTCOME_KINDS_SHOWN = ['deal', 'shared_hire', 'joint_purchase', 'project', 'knowledge', 'none', 'other'] as const;
export type OutcomeKindShown = (typeof OUTCOME_KINDS_SHOWN)[number];
const RESULT_KINDS = OUTCOME_KINDS_SHOWN.filter((k) => k !== 'none');

export interface OutcomeCounts {
  /** 0 when none were recorded, null when withheld. */
  byKind: Record<OutcomeKindShown, Count>;
  /** The sum of the withheld result kinds (backed by ≥ MIN_FIRMS firms, or 0). */
  otherKinds: number;
  /** Everything recorded except 'none'; null when backed by 1–2 firms. */
  results: Count;
}

export interface OutcomeRow {
  kind: string;
  firmA: string;
  firmB?: string | null;
  n: number;
}

export function countOutcomes(rows: OutcomeRow[]): OutcomeCounts {
  const kindOf = (k: string): OutcomeKindShown => ((OUTCOME_KINDS_SHOWN as readonly string[]).includes(k) ? (k as OutcomeKindShown) : 'other');
  const results = protectList(
    RESULT_KINDS,
    rows.filter((r) => kindOf(r.kind) !== 'none').flatMap((r) => contributions(kindOf(r.kind), r)),
  );
  const none = protectList(
    ['none'],
    rows.filter((r) => kindOf(r.kind) === 'none').flatMap((r) => contributions('none', r)),
  );
  return {
    byKind: { ...(results.values as Record<Exclude<OutcomeKindShown, 'none'>, Count>), none: none.total },
    otherKinds: results.other,
    results: results.total,
  };
}
