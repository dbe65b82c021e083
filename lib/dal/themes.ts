import 'server-only';
// Theme boards: who may see a theme, the /themes overview, one board, following.
//
// The rules (lib/policy/themes.ts, applied here to reads and in lib/dal/theme-curation.ts to writes):
// - A theme belongs to one network. Its approved member firms' users, its facilitators and a
//   platform admin see it; to anyone else it does not exist (not_found). Municipality staff see
//   aggregates elsewhere, not boards.
// - Its facilitators and a platform admin manage it (create, edit, archive, pin).
// - Every listing on a board passes listingVisibleSql(viewer) AND listingActiveSql(): a theme never
//   shows a listing its reader could not find through browse (a facilitators-only listing never
//   shows to a member). Matches are shown only when both listings pass.
// - Members and facilitators who see a theme may follow an open one; anyone may unfollow.
import { getDb } from '@/db/client';
import { AppError, notFound, unauthorized } from '@/lib/errors';
import type { Reason } from '@/lib/matching/explain';
import {
  countThemeContents,
  deleteFollow,
  followedThemeIds,
  insertFollow,
  selectNetworksThemeRows,
  selectScopedThemeRows,
  selectThemeListingRows,
  selectThemeMatchRows,
  selectThemeRowByRef,
  type ThemeCounts,
  type ThemeRow,
} from '@/db/queries/themes';
import type { ThemeStatus } from '@/lib/validations/themes';
import { boardVisibleSql, canManageTheme, canSeeTheme, themeScopeSql } from '@/lib/policy/themes';
import { toSummary, type ListingSummary } from './listing-dto';
import { viewerOrigin } from './listings';
import type { Viewer } from '@/lib/policy/viewer';

export type { ThemeCounts } from '@/db/queries/themes';

export interface MeetingInfo {
  title: string;
  startsAt: string;
  place: string | null;
  host: { ref: string; name: string } | null;
  upcoming: boolean;
}

export interface ThemeSummary {
  ref: string;
  title: string;
  /** The challenge or opportunity statement. */
  statement: string;
  status: ThemeStatus;
  network: { ref: string; name: string };
  meeting: MeetingInfo | null;
  counts: ThemeCounts;
  following: boolean;
  canManage: boolean;
}

function meetingOf(row: ThemeRow, now = new Date()): MeetingInfo | null {
  if (!row.meetingStartsAt || !row.meetingTitle) return null;
  return {
    title: row.meetingTitle,
    startsAt: row.meetingStartsAt.toISOString(),
    place: row.meetingPlace,
    host: row.meetingHostRef && row.meetingHostName ? { ref: row.meetingHostRef, name: row.meetingHostName } : null,
    upcoming: row.meetingStartsAt.getTime() >= now.getTime(),
  };
}

/** `known`: counts already at hand (a board counts what it shows) instead of counting again. */
async function summarize(viewer: Viewer, rows: ThemeRow[], known?: ThemeCounts): Promise<ThemeSummary[]> {
  const ids = rows.map((r) => r.id);
  const [counts, followed] = await Promise.all([
    known ? new Map(ids.map((id) => [id, known])) : countThemeContents(getDb(), { themeIds: ids, visible: boardVisibleSql(viewer) }),
    followedThemeIds(getDb(), { userId: viewer.userId, themeIds: ids }),
  ]);
  return rows.map((r) => ({
    ref: r.ref,
    title: r.title,
    statement: r.description,
    status: r.status,
    network: { ref: r.networkRef, name: r.networkName },
    meeting: meetingOf(r),
    counts: counts.get(r.id) ?? { offers: 0, needs: 0, matches: 0 },
    following: followed.has(r.id),
    canManage: canManageTheme(viewer, r.networkId),
  }));
}

/** /themes: the open (or archived) themes of the viewer's networks; all networks for an admin. */
export async function listThemes(viewer: Viewer | null, options: { status?: ThemeStatus } = {}): Promise<ThemeSummary[]> {
  if (!viewer) throw unauthorized();
  const rows = await selectScopedThemeRows(getDb(), { scope: themeScopeSql(viewer), status: options.status ?? 'open' });
  return summarize(viewer, rows);
}

/** The facilitator's overview: every theme (open and archived) of the networks they run. */
export async function listManagedThemes(viewer: Viewer | null): Promise<ThemeSummary[]> {
  if (!viewer) throw unauthorized();
  return summarize(viewer, await selectNetworksThemeRows(getDb(), { networkIds: viewer.isAdmin ? 'all' : viewer.facilitatorNetworkIds }));
}

/** A theme row the viewer may see, or not_found. */
export async function loadVisibleTheme(viewer: Viewer | null, ref: string): Promise<ThemeRow> {
  if (!viewer) throw unauthorized();
  const row = await selectThemeRowByRef(getDb(), { ref });
  if (!row || !canSeeTheme(viewer, row.networkId)) throw notFound();
  return row;
}

export interface BoardListing extends ListingSummary {
  pinned: boolean;
  activityAt: string;
}

export interface MatchSide {
  ref: string;
  title: string;
  kind: 'offer' | 'need';
  visibility: 'public' | 'network' | 'facilitators';
  companyName: string;
  companyRef: string;
}

export interface BoardMatch {
  a: MatchSide;
  b: MatchSide;
  score: number;
  reasons: Reason[];
  computedAt: string;
}

export interface ThemeBoard extends ThemeSummary {
  offers: BoardListing[];
  needs: BoardListing[];
  matches: BoardMatch[];
  /** Open themes can be followed by anyone who sees them. */
  canFollow: boolean;
}

/** One board: the challenge, then offers, needs and the matches among them (see the rules above). */
export async function getThemeBoard(viewer: Viewer | null, ref: string): Promise<ThemeBoard> {
  const row = await loadVisibleTheme(viewer, ref);
  const v = viewer!;
  const visible = boardVisibleSql(v);
  const [listingRows, matchRows] = await Promise.all([
    viewerOrigin(v).then((origin) => selectThemeListingRows(getDb(), { themeId: row.id, visible, origin })),
    selectThemeMatchRows(getDb(), { themeId: row.id, visible }),
  ]);
  const own = (companyId: string) => v.isAdmin || v.companyIds.includes(companyId);
  const items: BoardListing[] = listingRows.map((r) => ({ ...toSummary(r, own(r.companyId)), pinned: r.pinned, activityAt: r.activityAt.toISOString() }));
  const offers = items.filter((l) => l.kind === 'offer');
  const needs = items.filter((l) => l.kind === 'need');
  const [summary] = await summarize(v, [row], { offers: offers.length, needs: needs.length, matches: matchRows.length });
  return {
    ...summary!,
    offers,
    needs,
    matches: matchRows.map((m) => ({
      // The offer on the left, the need on the right, whichever side the row was stored for.
      a: m.a.kind === 'need' && m.b.kind === 'offer' ? m.b : m.a,
      b: m.a.kind === 'need' && m.b.kind === 'offer' ? m.a : m.b,
      score: m.score,
      reasons: m.reasons as Reason[],
      computedAt: m.computedAt.toISOString(),
    })),
    canFollow: row.status === 'open',
  };
}

const archivedConflict = () => new AppError('conflict', 'theme archived', { issues: [{ path: '_form', message: 'themes.errors.archived' }] });

/** Follow an open theme the viewer may see (idempotent). */
export async function followTheme(viewer: Viewer | null, ref: string): Promise<void> {
  const row = await loadVisibleTheme(viewer, ref);
  if (row.status !== 'open') throw archivedConflict();
  await insertFollow(getDb(), { themeId: row.id, userId: viewer!.userId });
}

export async function unfollowTheme(viewer: Viewer | null, ref: string): Promise<void> {
  const row = await loadVisibleTheme(viewer, ref);
  await deleteFollow(getDb(), { themeId: row.id, userId: viewer!.userId });
}

export { archivedConflict };
