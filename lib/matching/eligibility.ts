// The hard rules, checked before any scoring: a suggestion is only ever an open, unexpired listing
// of another company that the viewer may see, within reach (twice the network's radius), never an
// offer for an offer, and never one whose availability window misses the source's: an offer that
// starts after the need is over, or ended before it begins, cannot answer it. The database layer filters by these too (and by
// lib/policy/listings.ts for visibility); checking again here means a bug in a query cannot leak a
// closed, expired or hidden listing into suggestions.
import type { MatchListing } from './types';

export type IneligibleReason = 'sameListing' | 'sameCompany' | 'notOpen' | 'expired' | 'windowEnded' | 'invisible' | 'tooFar' | 'wrongKind' | 'windowMissed';

type Candidate = Pick<MatchListing, 'id' | 'companyId' | 'status' | 'expiresAt' | 'availableUntil' | 'visible'> &
  Partial<Pick<MatchListing, 'kind' | 'availableFrom' | 'distanceKm'>>;
type Source = Pick<MatchListing, 'id' | 'companyId'> & Partial<Pick<MatchListing, 'kind' | 'availableFrom' | 'availableUntil'>>;

type Window = { availableFrom?: string | null; availableUntil?: string | null };
const bounded = (w: Window) => Boolean(w.availableFrom || w.availableUntil);
/** Two stated windows (ISO dates, open ends open) that have no day in common. */
export function windowsMiss(a: Window, b: Window): boolean {
  if (!bounded(a) || !bounded(b)) return false;
  return Boolean(
    (a.availableUntil && b.availableFrom && a.availableUntil < b.availableFrom) || (b.availableUntil && a.availableFrom && b.availableUntil < a.availableFrom),
  );
}

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
  source: Source,
  candidate: Candidate,
  opts: { now: Date; visible?: boolean; /** Beyond this distance (km) nothing is suggested: twice the network's radius. */ maxKm?: number },
): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  if (candidate.id === source.id) reasons.push('sameListing');
  if (candidate.companyId === source.companyId) reasons.push('sameCompany');
  if (candidate.status !== 'open') reasons.push('notOpen');
  if (candidate.expiresAt != null && new Date(candidate.expiresAt).getTime() <= opts.now.getTime()) reasons.push('expired');
  // A window that ended before today is as good as expired, whatever expiresAt says.
  if (candidate.availableUntil && candidate.availableUntil < isoDay(opts.now)) reasons.push('windowEnded');
  if ((opts.visible ?? candidate.visible ?? true) === false) reasons.push('invisible');
  // The candidate stage's distance (the SQL walk and the refresh compute the same one).
  if (opts.maxKm !== undefined && candidate.distanceKm != null && candidate.distanceKm > opts.maxKm) reasons.push('tooFar');
  if (source.kind === 'offer' && candidate.kind === 'offer') reasons.push('wrongKind');
  if (windowsMiss(source, candidate)) reasons.push('windowMissed');
  return reasons;
}

export const isEligible = (...args: Parameters<typeof ineligibleReasons>) => ineligibleReasons(...args).length === 0;
