import 'server-only';
// What the theme forms offer: the facilitator's edit values, meetings and listings to pin, and on a
// listing's page the themes it is on and those its firm may tag it with. Same rules as
// lib/dal/themes.ts and lib/dal/theme-curation.ts (which enforce them again on every write).
import { getDb } from '@/db/client';
import { searchListingRows, selectListingRows } from '@/db/queries/listings';
import { selectNetworkIdentities } from '@/db/queries/networks';
import { prepareSearch } from '@/db/queries/search';
import {
  pinCandidatesWhereSql,
  selectListingForThemes,
  selectMeetingOptions,
  selectTaggableThemes,
  selectThemeLinks,
  selectThemesOfListing,
} from '@/db/queries/themes';
import { forbidden, notFound, unauthorized } from '@/lib/errors';
import { parseSearchQuery } from '@/lib/search/normalize';
import type { ThemeStatus } from '@/lib/validations/themes';
import { listingVisibleSql } from '@/lib/policy/listings';
import { toSummary, withHighlight, type ListingSummary } from './listing-dto';
import { loadManagedTheme } from './theme-curation';
import { boardVisibleSql, canSeeTheme } from '@/lib/policy/themes';
import type { Viewer } from '@/lib/policy/viewer';

export interface MeetingOption {
  id: string;
  title: string;
  startsAt: string;
  place: string | null;
}

/** The network's meetings, upcoming first (soonest first), then past ones (latest first). */
async function meetingOptions(networkId: string): Promise<MeetingOption[]> {
  const rows = await selectMeetingOptions(getDb(), { networkId });
  return rows.map((r) => ({ ...r, startsAt: r.startsAt.toISOString() }));
}

export interface ManagedNetworkOption {
  ref: string;
  name: string;
  meetings: MeetingOption[];
}

/** Networks the viewer may create themes in (all for an admin), each with its meetings. */
export async function listThemeNetworkOptions(viewer: Viewer | null): Promise<ManagedNetworkOption[]> {
  if (!viewer) throw unauthorized();
  if (!viewer.isAdmin && viewer.facilitatorNetworkIds.length === 0) throw forbidden();
  const rows = await selectNetworkIdentities(getDb(), { networkIds: viewer.isAdmin ? 'all' : viewer.facilitatorNetworkIds });
  return Promise.all(rows.map(async (n) => ({ ref: n.ref, name: n.name, meetings: await meetingOptions(n.id) })));
}

export interface ThemeEditValues {
  ref: string;
  title: string;
  description: string;
  meetingId: string | null;
  status: ThemeStatus;
  network: { ref: string; name: string };
  meetings: MeetingOption[];
}

export async function getThemeForEdit(viewer: Viewer | null, ref: string): Promise<ThemeEditValues> {
  const row = await loadManagedTheme(viewer, ref);
  return {
    ref: row.ref,
    title: row.title,
    description: row.description,
    meetingId: row.meetingId,
    status: row.status,
    network: { ref: row.networkRef, name: row.networkName },
    meetings: await meetingOptions(row.networkId),
  };
}

export interface PinCandidate extends ListingSummary {
  onBoard: boolean;
  pinned: boolean;
}

/**
 * Listings the facilitator may pin: active listings of the network's member firms they may see,
 * found by text (the app's search: stems, typos, compounds) or, without a query, the newest.
 */
export async function searchPinCandidates(viewer: Viewer | null, themeRef: string, q: string | undefined, limit = 20): Promise<PinCandidate[]> {
  const theme = await loadManagedTheme(viewer, themeRef);
  const where = pinCandidatesWhereSql({ networkRef: theme.networkRef, visible: boardVisibleSql(viewer!) });
  const query = parseSearchQuery(q);
  const summaries: (ListingSummary & { id: string })[] = [];
  if (query) {
    const found = await searchListingRows(getDb(), { where, search: await prepareSearch(getDb(), query), origin: null, sort: 'relevance', limit });
    for (const r of found.rows) summaries.push({ ...withHighlight(toSummary(r, false), r, query), id: r.id });
  } else {
    for (const r of await selectListingRows(getDb(), { where, origin: null, limit })) summaries.push({ ...toSummary(r, false), id: r.id });
  }
  const links = await selectThemeLinks(getDb(), { themeId: theme.id, listingIds: summaries.map((s) => s.id) });
  const link = new Map(links.map((l) => [l.listingId, l.pinned]));
  return summaries.map(({ id, ...s }) => ({ ...s, onBoard: link.has(id), pinned: link.get(id) ?? false }));
}

export interface ListingThemeLink {
  ref: string;
  title: string;
  status: ThemeStatus;
  pinned: boolean;
}

export interface ListingThemes {
  /** Themes the listing is on that the viewer may see. */
  themes: ListingThemeLink[];
  /** The viewer's firm owns the listing: it may tag and untag. */
  canTag: boolean;
  /** Open themes of the firm's networks the listing is not on yet (only when canTag). */
  available: { ref: string; title: string; networkName: string }[];
}

/** The "Themes" section of a listing's page, or null when there is nothing to show the viewer. */
export async function getListingThemes(viewer: Viewer | null, listingRef: string): Promise<ListingThemes | null> {
  if (!viewer) return null;
  const listing = await selectListingForThemes(getDb(), { ref: listingRef, visible: listingVisibleSql(viewer) });
  if (!listing) throw notFound();
  const onRows = await selectThemesOfListing(getDb(), { listingId: listing.id });
  const on = onRows.filter((r) => canSeeTheme(viewer, r.networkId));
  const canTag = viewer.companyIds.includes(listing.companyId) && listing.status !== 'closed';
  const available = canTag ? await selectTaggableThemes(getDb(), { listingId: listing.id, companyId: listing.companyId }) : [];
  if (on.length === 0 && available.length === 0) return null;
  return { themes: on.map(({ networkId: _n, ...t }) => t), canTag, available };
}
