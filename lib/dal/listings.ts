import 'server-only';
import { getDb } from '@/db/client';
import {
  browseWhereSql,
  companyListingRows,
  companyLocation,
  companyOptionRows,
  companyRefListingRows,
  countListingRows,
  insertListing,
  listingRowByRef,
  networkOptionRows,
  ownCompanyIdByRef,
  searchListingRows,
  selectListingRows,
  setManagedListingStatus,
  updateManagedListing,
  type GeoPoint,
  type ListingFields,
  type ListingRow,
} from '@/db/queries/listings';
import { prepareSearch } from '@/db/queries/search';
import type { ListingStatus } from '@/db/schema';
import { AppError, forbidden, notFound } from '@/lib/errors';
import { lookupPostcode } from '@/lib/geo/postcodes';
import { enqueueJob, kickJobs } from '@/lib/jobs/queue';
import { sectorPrefixes } from '@/lib/listings/sectors';
import { parseSearchQuery } from '@/lib/search/normalize';
import { newRef } from '@/lib/refs';
import { expiryDayToTimestamp, type BrowseFilters, type NearInput, type ListingEditInput, type ListingInput } from '@/lib/validations/listings';
import { canManageFirm, isFirmApproved } from '@/lib/policy/companies';
import { listingActiveSql, listingManagedSql, listingVisibleSql, positionPreciseSql } from '@/lib/policy/listings';
import type { Viewer } from '@/lib/policy/viewer';
import { toDetail, toEditValues, toSummary, withHighlight, type ListingDetail, type ListingEditValues, type ListingSummary } from './listing-dto';

export type { ListingDetail, ListingEditValues, ListingSummary, ListingState } from './listing-dto';
export type { ListingCategory, ListingKind, ListingStatus, Visibility } from '@/db/schema';

// Rules decided here (the one place):
// - A listing belongs to a firm; the firm's users (and a platform admin) may edit, pause, resume and
//   close it. Anyone else gets not_found, exactly as if the listing did not exist.
// - Reading follows listingVisibleSql. A paused listing is hidden from everyone but its firm (the
//   firm paused it to take it off the market). A closed or expired one stays readable for those who
//   could see it, marked as no longer available, so that links in introductions keep working.
// - Browse shows only active listings (open, not expired).

export const PAGE_SIZE = 20;

/** Where "distance from my company" is measured from: the viewer's first firm with a location. */
export async function viewerOrigin(viewer: Viewer | null): Promise<GeoPoint | null> {
  if (!viewer) return null;
  for (const companyId of viewer.companyIds) {
    const point = await companyLocation(getDb(), companyId);
    if (point) return point;
  }
  return null;
}

async function resolveOwnCompany(viewer: Viewer, companyRef: string | undefined): Promise<string> {
  if (viewer.companyIds.length === 0) throw forbidden('listings.noCompany');
  if (!companyRef) return viewer.companyIds[0]!;
  const id = await ownCompanyIdByRef(getDb(), { ref: companyRef, companyIds: viewer.companyIds });
  if (!id) throw notFound();
  return id;
}

function writableFields(input: ListingInput | ListingEditInput, location: GeoPoint | null): ListingFields {
  const point = input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : location;
  return {
    kind: input.kind,
    category: input.category,
    title: input.title,
    description: input.description,
    quantity: input.quantity ?? null,
    unit: input.quantity !== undefined ? (input.unit ?? null) : null,
    availableFrom: input.availableFrom ?? null,
    availableUntil: input.availableUntil ?? null,
    lat: point?.lat ?? null,
    lng: point?.lng ?? null,
    visibility: input.visibility,
    expiresAt: expiryDayToTimestamp(input.expiresOn),
  };
}

/** Creates a listing for one of the viewer's firms and returns its ref. */
export async function createListing(viewer: Viewer, input: ListingInput): Promise<string> {
  const companyId = await resolveOwnCompany(viewer, input.company);
  const ref = newRef('li');
  const id = await insertListing(getDb(), {
    ref,
    companyId,
    fields: writableFields(input, await companyLocation(getDb(), companyId)),
    language: input.language ?? viewer.locale,
    createdById: viewer.userId,
  });
  await listingChanged(id);
  return ref;
}

/** Suggestions are recomputed off the request path: queue the listing and wake the worker. */
async function listingChanged(listingId: string | undefined) {
  if (!listingId) return;
  await enqueueJob(getDb(), 'matches.listing', { listingId, cascade: true });
  kickJobs();
}

async function ownedRow(viewer: Viewer, ref: string): Promise<ListingRow> {
  const row = await listingRowByRef(getDb(), { ref, allowed: listingManagedSql(viewer), origin: null });
  if (!row) throw notFound();
  return row;
}

/** The edit form's values; another firm's listing is not_found. */
export async function getListingForEdit(viewer: Viewer, ref: string): Promise<ListingEditValues> {
  return toEditValues(await ownedRow(viewer, ref));
}

export async function updateListing(viewer: Viewer, input: ListingEditInput): Promise<string> {
  const row = await ownedRow(viewer, input.ref);
  if (row.status === 'closed') throw new AppError('conflict', 'listings.closedIsFinal');
  const location = await companyLocation(getDb(), row.companyId);
  // Ownership again in the statement itself: nothing is written unless it still holds.
  const updated = await updateManagedListing(getDb(), {
    id: row.id,
    managed: listingManagedSql(viewer),
    fields: writableFields(input, location),
    language: input.language,
  });
  if (!updated) throw notFound();
  await listingChanged(row.id);
  return row.ref;
}

const TRANSITIONS: Record<'pause' | 'resume' | 'close', { from: ListingStatus[]; to: ListingStatus }> = {
  pause: { from: ['open'], to: 'paused' },
  resume: { from: ['paused'], to: 'open' },
  close: { from: ['open', 'paused'], to: 'closed' },
};

/** Pause, resume or close one of the viewer's firm's listings. */
export async function changeListingStatus(viewer: Viewer, ref: string, change: keyof typeof TRANSITIONS): Promise<string> {
  const row = await ownedRow(viewer, ref);
  const { from, to } = TRANSITIONS[change];
  if (!from.includes(row.status)) throw new AppError('conflict', `listings.cannot.${change}`);
  const updated = await setManagedListingStatus(getDb(), { id: row.id, managed: listingManagedSql(viewer), from, to });
  if (!updated) throw new AppError('conflict', `listings.cannot.${change}`);
  await listingChanged(row.id);
  return row.ref;
}

/** One listing for its page, or not_found when the viewer may not see it (see the rules above). */
export async function getListing(viewer: Viewer | null, ref: string): Promise<ListingDetail> {
  const origin = await viewerOrigin(viewer);
  const row = await listingRowByRef(getDb(), { ref, allowed: listingVisibleSql(viewer), origin, precise: positionPreciseSql(viewer) });
  if (!row) throw notFound();
  const own = canManageFirm(viewer, row.companyId);
  if (!own && row.status === 'paused') throw notFound();
  return toDetail(row, own, own && !(await isFirmApproved(getDb(), row.companyId)));
}

export interface BrowseResult {
  items: ListingSummary[];
  total: number;
  /** A text search ranks at most SEARCH_CANDIDATES matches: "1000+" rather than an exact count. */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  /** False when there is no point to measure from (no `near`, and no firm with a location):
   * distance filter and sort do not apply. */
  hasOrigin: boolean;
  /** Where distances are measured from: the viewer's firm, or the point/postcode asked for. */
  originSource: 'company' | 'point' | null;
}

/** The point of `near` (coordinates, or a known postcode's point), or null when unknown. */
export function resolveNear(near: NearInput | undefined): GeoPoint | null {
  if (!near) return null;
  if ('lat' in near) return near;
  const place = lookupPostcode(near.country, near.postcode);
  return place ? { lat: place.lat, lng: place.lng } : null;
}

/** Browse active listings the viewer may see, filtered, sorted and paginated in SQL. With `q`,
 * a ranked full-text search with highlighted snippets (db/queries/search.ts). */
export async function browseListings(viewer: Viewer | null, filters: BrowseFilters, pageSize = PAGE_SIZE): Promise<BrowseResult> {
  const point = resolveNear(filters.near);
  const origin = point ?? (await viewerOrigin(viewer));
  const originSource = point ? 'point' : origin ? 'company' : null;
  const precise = positionPreciseSql(viewer);
  const where = browseWhereSql({
    conditions: [listingVisibleSql(viewer), listingActiveSql()],
    kind: filters.kind,
    category: filters.category,
    sectorPrefixes: filters.sector ? sectorPrefixes(filters.sector) : undefined,
    networkRef: filters.network,
    unknownPlace: !!filters.near && !point, // an unknown postcode matches nothing
    within: filters.km && origin ? { origin, km: filters.km, precise } : undefined,
  });
  const page = filters.page;
  const offset = (page - 1) * pageSize;
  const query = parseSearchQuery(filters.q);
  const own = (companyId: string) => canManageFirm(viewer, companyId);

  if (query) {
    const sort = filters.sort === 'nearest' && origin ? 'nearest' : filters.sort === 'newest' ? 'newest' : 'relevance';
    const search = await prepareSearch(getDb(), query);
    const found = await searchListingRows(getDb(), { where, search, origin, sort, limit: pageSize, offset, precise });
    return {
      items: found.rows.map((r) => withHighlight(toSummary(r, own(r.companyId)), r, query)),
      total: found.total,
      totalCapped: found.capped,
      page,
      pageSize,
      hasOrigin: !!origin,
      originSource,
    };
  }
  const sort = filters.sort === 'nearest' ? 'nearest' : 'newest';
  const [rows, total] = await Promise.all([
    selectListingRows(getDb(), { where, origin, sort, limit: pageSize, offset, precise }),
    countListingRows(getDb(), { where }),
  ]);
  return { items: rows.map((r) => toSummary(r, own(r.companyId))), total, totalCapped: false, page, pageSize, hasOrigin: !!origin, originSource };
}

/** A firm's own listings of every status (dashboard); not_found for anyone outside the firm. */
export async function listOwnListings(viewer: Viewer, companyId: string): Promise<ListingSummary[]> {
  if (!canManageFirm(viewer, companyId)) throw notFound();
  const rows = await companyListingRows(getDb(), { companyId, limit: 500 });
  const rank = { active: 0, paused: 1, expired: 2, closed: 3 } as const;
  return rows.map((r) => toSummary(r, true)).sort((a, b) => rank[a.state] - rank[b.state]);
}

/** The active listings of one firm that this viewer may see (public company profile). */
export async function listCompanyListings(viewer: Viewer | null, companyRef: string, limit = 50): Promise<ListingSummary[]> {
  const origin = await viewerOrigin(viewer);
  const rows = await companyRefListingRows(getDb(), {
    companyRef,
    conditions: [listingVisibleSql(viewer), listingActiveSql()],
    origin,
    limit,
    precise: positionPreciseSql(viewer),
  });
  return rows.map((r) => toSummary(r, canManageFirm(viewer, r.companyId)));
}

/** Networks for the browse filter. Network names and refs are public (they have public pages). */
export async function listNetworkOptions(): Promise<{ value: string; label: string }[]> {
  const rows = await networkOptionRows(getDb(), { limit: 200 });
  return rows.map((r) => ({ value: r.ref, label: r.name }));
}

/** The viewer's firms (ref and name) for the "which firm posts this" choice. */
export async function listOwnCompanyOptions(viewer: Viewer): Promise<{ value: string; label: string }[]> {
  if (viewer.companyIds.length === 0) return [];
  const rows = await companyOptionRows(getDb(), { companyIds: viewer.companyIds });
  return rows.map((r) => ({ value: r.ref, label: r.name }));
}
