import 'server-only';
import type { ListingRow } from '@/db/queries/listings';
import type { ListingCategory, ListingKind, ListingStatus, Visibility } from '@/db/schema';
import { coarsePoint } from '@/lib/map/coarse';
import { highlight, snippet, type Segment } from '@/lib/search/highlight';
import type { SearchQuery } from '@/lib/search/normalize';

// Plain, serialisable shapes for the UI. The firm appears with its public name, ref and town only:
// contact details are revealed by an accepted introduction, never through a listing.

/** What a reader should understand: available, paused by its firm, closed, or past its expiry. */
export type ListingState = 'active' | 'paused' | 'closed' | 'expired';

export interface ListingSummary {
  ref: string;
  kind: ListingKind;
  category: ListingCategory;
  title: string;
  /** The start of the description, for cards. */
  excerpt: string;
  quantity: number | null;
  unit: string | null;
  availableFrom: string | null;
  availableUntil: string | null;
  visibility: Visibility;
  status: ListingStatus;
  state: ListingState;
  expiresAt: string | null;
  language: string;
  createdAt: string;
  updatedAt: string;
  company: { ref: string; name: string; city: string | null };
  distanceKm: number | null;
  isOwn: boolean;
  /** Only in text search results: title and a passage of the description with the matches marked. */
  highlight?: { title: Segment[]; snippet: Segment[] };
}

export interface ListingDetail extends ListingSummary {
  description: string;
  /** Exact for those who may know it (ListingRow.precise), else the centre of its coarse cell. */
  location: { lat: number; lng: number } | null;
  /** The owner's firm (or an admin) may edit, pause, resume and close. */
  canManage: boolean;
  /** For the firm's own people: no network has approved the firm yet, so nobody outside it (and
   * the facilitators deciding its application) sees the listing. */
  awaitingApproval: boolean;
}

/** Values for the edit form, as the form's inputs expect them (strings for dates). */
export interface ListingEditValues {
  ref: string;
  kind: ListingKind;
  category: ListingCategory;
  title: string;
  description: string;
  quantity: number | null;
  unit: string | null;
  availableFrom: string | null;
  availableUntil: string | null;
  /** Only when it differs from the firm's address (the form shows an override). */
  lat: number | null;
  lng: number | null;
  visibility: Visibility;
  status: ListingStatus;
  state: ListingState;
  expiresOn: string | null;
  language: string;
  companyName: string;
}

const EXCERPT = 220;

export function listingState(row: Pick<ListingRow, 'status' | 'expiresAt'>, now = new Date()): ListingState {
  if (row.status === 'closed') return 'closed';
  if (row.status === 'paused') return 'paused';
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

function excerpt(text: string) {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT) return flat;
  const cut = flat.slice(0, EXCERPT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT - 30))}…`;
}

export function toSummary(row: ListingRow, isOwn: boolean): ListingSummary {
  return {
    ref: row.ref,
    kind: row.kind,
    category: row.category,
    title: row.title,
    excerpt: excerpt(row.description),
    quantity: row.quantity,
    unit: row.unit,
    availableFrom: row.availableFrom,
    availableUntil: row.availableUntil,
    visibility: row.visibility,
    status: row.status,
    state: listingState(row),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    language: row.language,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    company: { ref: row.companyRef, name: row.companyName, city: row.companyCity },
    distanceKm: row.distanceMetres === null || row.distanceMetres === undefined ? null : Number(row.distanceMetres) / 1000,
    isOwn,
  };
}

export function toDetail(row: ListingRow, canManage: boolean, awaitingApproval = false): ListingDetail {
  return {
    ...toSummary(row, canManage),
    description: row.description,
    location: row.lat === null || row.lng === null ? null : row.precise ? { lat: row.lat, lng: row.lng } : coarsePoint({ lat: row.lat, lng: row.lng }),
    canManage,
    awaitingApproval,
  };
}

export function toEditValues(row: ListingRow): ListingEditValues {
  const sameAsCompany = row.lat === row.companyLat && row.lng === row.companyLng;
  return {
    ref: row.ref,
    kind: row.kind,
    category: row.category,
    title: row.title,
    description: row.description,
    quantity: row.quantity,
    unit: row.unit,
    availableFrom: row.availableFrom,
    availableUntil: row.availableUntil,
    lat: sameAsCompany ? null : row.lat,
    lng: sameAsCompany ? null : row.lng,
    visibility: row.visibility,
    status: row.status,
    state: listingState(row),
    expiresOn: row.expiresAt ? row.expiresAt.toISOString().slice(0, 10) : null,
    language: row.language,
    companyName: row.companyName,
  };
}

/** Adds the search's highlighted title and snippet (plain-text segments, rendered escaped). */
export function withHighlight(summary: ListingSummary, row: Pick<ListingRow, 'title' | 'description'>, query: SearchQuery): ListingSummary {
  return { ...summary, highlight: { title: highlight(row.title, query), snippet: snippet(row.description, query) } };
}
