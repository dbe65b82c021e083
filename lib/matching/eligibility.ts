// The hard rules, checked before any scoring: a suggestion is only ever an open, unexpired listing
// of another company that the viewer may see. The database layer filters by these too (and by
// lib/policy/listings.ts for visibility); checking again here means a bug in a query cannot leak a
// closed, expired or hidden listing into suggestions.
import type { MatchListing } from './types';

export type IneligibleReason = 'sameListing' | 'sameCompany' | 'notOpen' | 'expired' | 'windowEnded' | 'invisible';

type Candidate = Pick<MatchListing, 'id' | 'companyId' | 'status' | 'expiresAt' | 'availableUntil' | 'visible'>;

// A ranking checks hundreds of candidates against the same `now`.
let lastNow = NaN;
let lastDay = '';
const isoDay = (now: Date) => {
  if (now.getTime() !== lastNow) {
    lastNow = now.getTime();
    lastDay = now.toISOString().slice(0, 10);
  }
  return lastDay;
};

/** Why the candidate may not be suggested for the source; empty = eligible. */
export function ineligibleReasons(
  source: Pick<MatchListing, 'id' | 'companyId'>,
  candidate: Candidate,
  opts: { now: Date; visible?: boolean },
): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  if (candidate.id === source.id) reasons.push('sameListing');
  if (candidate.companyId === source.companyId) reasons.push('sameCompany');
  if (candidate.status !== 'open') reasons.push('notOpen');
  if (candidate.expiresAt != null && new Date(candidate.expiresAt).getTime() <= opts.now.getTime()) reasons.push('expired');
  // A window that ended before today is as good as expired, whatever expiresAt says.
  if (candidate.availableUntil && candidate.availableUntil < isoDay(opts.now)) reasons.push('windowEnded');
  if ((opts.visible ?? candidate.visible ?? true) === false) reasons.push('invisible');
  return reasons;
}

export const isEligible = (...args: Parameters<typeof ineligibleReasons>) => ineligibleReasons(...args).length === 0;
