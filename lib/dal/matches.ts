import 'server-only';
// Who may see a listing's suggestions, and in what shape. A firm's suggestions are its own
// business: its members see them, as do the facilitators of its networks (they propose
// introductions) and platform admins. Stored suggestions were computed as the firm sees the area;
// every partner is checked again here against what the *viewer* may see now and whether it is
// still open, so a listing closed or hidden since the last computation never shows.
import { getDb } from '@/db/client';
import type { ListingRow } from '@/db/queries/listings';
import {
  companiesActiveListings,
  deleteMatchDismissal,
  insertMatchDismissal,
  listingRowsByIds,
  matchSourceByRef,
  visibleListingId,
} from '@/db/queries/matches';
import { selectStoredMatches, type StoredMatchRow } from '@/db/queries/matching';
import type { MatchType } from '@/db/schema';
import { forbidden, notFound } from '@/lib/errors';
import { formatReasons, type Reason } from '@/lib/matching/explain';
import { STORED_PAIRS } from '@/lib/matching/engine';
import { facilitatesFirm } from '@/lib/policy/companies';
import { listingActiveSql, listingVisibleSql } from '@/lib/policy/listings';
import { toSummary, type ListingSummary } from './listing-dto';
import { viewerOrigin } from './listings';
import type { Viewer } from '@/lib/policy/viewer';

export interface MatchDto {
  type: MatchType;
  /** 0–1, rounded to two decimals. */
  score: number;
  /** The reasons in the viewer's language, e.g. "3 km væk", "begge om pulverlakering". */
  reasons: string[];
  /** The partner (pair) or partners (pooling: needs to team up with; bundling: offers that
   * together cover the need), best first. */
  listings: ListingSummary[];
  /** Suggested within the last NEW_DAYS days. */
  isNew: boolean;
  /** At least STRONG_SCORE: shown first; weaker ones are behind a "show more". */
  strong: boolean;
  createdAt: string;
}

export interface ListingMatchesDto {
  listing: { ref: string; title: string; kind: ListingSummary['kind'] };
  canDismiss: boolean;
  /** The viewer is here as the firm's facilitator (or an admin), not as the firm. */
  asFacilitator: boolean;
  /** The worker has not yet (re)computed this listing's suggestions. */
  pending: boolean;
  matches: MatchDto[];
}

export const NEW_DAYS = 7;
/** Below this a suggestion shares little more than the neighbourhood: listed, but folded away. */
export const STRONG_SCORE = 0.4;

interface SourceRow {
  id: string;
  ref: string;
  title: string;
  kind: ListingSummary['kind'];
  companyId: string;
  /** A recomputation is queued or running (hasPendingJob). */
  pending: boolean;
}

/** The listing, if the viewer may see its suggestions: not_found when the viewer may not see the
 * listing at all, forbidden when it is another firm's (and the viewer is not its facilitator). With
 * `stored`, its stored suggestions (best first, at most that many) and the suggested listings the
 * viewer may see now come along in the same query. */
async function sourceFor(
  viewer: Viewer,
  ref: string,
  opts: { stored?: number; now?: Date } = {},
): Promise<{ source: SourceRow; isOwner: boolean; stored: StoredMatchRow[]; partners: ListingRow[] }> {
  // What the read needs besides the listing comes in the same round trip (an API client may call
  // this in a loop): whether the worker is recomputing it, the suggestions, and the suggested
  // listings with their distances from the viewer's firm (the first of its firms with a location,
  // as viewerOrigin finds it).
  const source = await matchSourceByRef(getDb(), {
    ref,
    visible: listingVisibleSql(viewer),
    stored: opts.stored,
    partnerConditions: (partner) => [listingVisibleSql(viewer, partner), listingActiveSql(opts.now ?? new Date(), partner)],
    originCompanyIds: viewer.companyIds,
  });
  if (!source) throw notFound();
  const isOwner = viewer.companyIds.includes(source.companyId);
  if (!isOwner && !viewer.isAdmin && !(await facilitatesFirm(getDb(), viewer, source.companyId))) throw forbidden();
  return {
    source,
    isOwner,
    stored: source.stored,
    partners: source.partners,
  };
}

/** Turns stored rows into DTOs, dropping any whose partners the viewer may not see (any more). */
async function toDtos(viewer: Viewer, rows: StoredMatchRow[], now: Date, read?: ListingRow[]): Promise<{ row: StoredMatchRow; dto: MatchDto }[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.groupListingIds.length ? r.groupListingIds : [r.otherListingId])))];
  if (!ids.length) return [];
  // The partners the viewer may see now: read already (with the listing), or here.
  const partners =
    read ??
    (await listingRowsByIds(getDb(), {
      ids,
      conditions: [listingVisibleSql(viewer), listingActiveSql(now)],
      origin: await viewerOrigin(viewer),
    }));
  const byId = new Map(partners.map((p) => [p.id, p]));
  const newSince = now.getTime() - NEW_DAYS * 86_400_000;
  return rows.flatMap((row) => {
    const members = (row.groupListingIds.length ? row.groupListingIds : [row.otherListingId]).map((id) => byId.get(id));
    if (members.some((m) => !m)) return [];
    return [
      {
        row,
        dto: {
          type: row.type,
          score: Math.round(row.score * 100) / 100,
          reasons: formatReasons(row.reasons as Reason[], viewer.locale),
          listings: members.map((m) => toSummary(m!, viewer.companyIds.includes(m!.companyId))),
          isNew: row.createdAt.getTime() >= newSince,
          strong: row.score >= STRONG_SCORE,
          createdAt: row.createdAt.toISOString(),
        },
      },
    ];
  });
}

/** A listing's suggestions, best first: pairs and groups together, at most `top`. */
export async function getListingMatches(viewer: Viewer, ref: string, opts: { top?: number; now?: Date } = {}): Promise<ListingMatchesDto> {
  const now = opts.now ?? new Date();
  // Stored rows are few per listing (≤ STORED_PAIRS pairs + a few groups): read them all with the
  // listing, then filter by what the viewer may see.
  const { source, isOwner, stored: rows, partners } = await sourceFor(viewer, ref, { stored: STORED_PAIRS + 10, now });
  const top = Math.min(opts.top ?? 10, STORED_PAIRS);
  const dtos = await toDtos(viewer, rows, now, partners);
  return {
    listing: { ref: source.ref, title: source.title, kind: source.kind },
    canDismiss: isOwner || viewer.isAdmin,
    asFacilitator: !isOwner,
    pending: source.pending,
    matches: dtos.slice(0, top).map((d) => d.dto),
  };
}

export interface DashboardMatchDto extends MatchDto {
  /** The firm's own listing the suggestion is for. */
  for: { ref: string; title: string; kind: ListingSummary['kind'] };
}

/** The firm's best suggestions across its open listings: new ones first, then by score. */
export async function getBestNewMatches(viewer: Viewer, opts: { limit?: number; now?: Date } = {}): Promise<DashboardMatchDto[]> {
  const now = opts.now ?? new Date();
  if (!viewer.companyIds.length) return [];
  const own = await companiesActiveListings(getDb(), { companyIds: viewer.companyIds, active: listingActiveSql(now) });
  if (!own.length) return [];
  const byId = new Map(own.map((l) => [l.id, l]));
  const rows = (await selectStoredMatches(getDb(), { listingIds: own.map((l) => l.id), limit: 200 })).filter((r) => r.score >= STRONG_SCORE);
  const newSince = now.getTime() - NEW_DAYS * 86_400_000;
  // New first, then the best; one partner appears once (its best suggestion).
  const ordered = [...rows].sort((a, b) => Number(b.createdAt.getTime() >= newSince) - Number(a.createdAt.getTime() >= newSince) || b.score - a.score);
  const dtos = await toDtos(viewer, ordered.slice(0, 60), now);
  // Variety: each partner once, at most two suggestions per own listing.
  const seen = new Set<string>();
  const perListing = new Map<string, number>();
  const out: DashboardMatchDto[] = [];
  for (const { row, dto } of dtos) {
    const mine = byId.get(row.listingId);
    const partners = dto.listings.map((l) => l.ref);
    if (!mine || partners.some((r) => seen.has(r)) || (perListing.get(mine.id) ?? 0) >= 2) continue;
    partners.forEach((r) => seen.add(r));
    perListing.set(mine.id, (perListing.get(mine.id) ?? 0) + 1);
    out.push({ ...dto, for: { ref: mine.ref, title: mine.title, kind: mine.kind } });
    if (out.length >= (opts.limit ?? 6)) break;
  }
  return out;
}

/** "Not relevant": hides a suggestion for the firm's listing, remembered across recomputations.
 * Only the owning firm (or an admin) may; the partner must be a listing the viewer can see. */
export async function dismissMatch(viewer: Viewer, input: { listingRef: string; otherRef: string }, undo = false): Promise<void> {
  const { source, isOwner } = await sourceFor(viewer, input.listingRef);
  if (!isOwner && !viewer.isAdmin) throw forbidden();
  const otherId = await visibleListingId(getDb(), { ref: input.otherRef, visible: listingVisibleSql(viewer) });
  if (!otherId) throw notFound();
  const dismissal = { companyId: source.companyId, listingId: source.id, otherListingId: otherId };
  if (undo) {
    await deleteMatchDismissal(getDb(), dismissal);
    return;
  }
  await insertMatchDismissal(getDb(), { ...dismissal, dismissedById: viewer.userId });
}
