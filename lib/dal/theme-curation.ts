import 'server-only';
// Changing themes: the facilitator creates, edits, archives and pins; a firm tags its own listings.
// Who may do what follows lib/dal/themes.ts:
// - Create/edit/archive/pin/unpin/remove: the network's facilitators or a platform admin. Someone
//   who cannot see the theme gets not_found; a member who can see it gets forbidden. Nothing is
//   written either way.
// - Pinning takes a listing of a member firm of the theme's network that the facilitator may see
//   and that is active; only into an open theme.
// - Tagging: a user of the listing's firm, into an open theme of a network in which that firm is
//   an approved member. Another firm's listing, an archived theme or another network's theme are
//   refused. Untagging: the firm's users, from any theme.
// - A listing new to a theme (tagged or pinned) notifies the theme's followers (lib/themes/notify).
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { listingThemes, listings, meetings, networkMemberships, networks, themes } from '@/db/schema';
import { AppError, forbidden, notFound, unauthorized } from '@/lib/errors';
import { newRef } from '@/lib/refs';
import { notifyThemeListing } from '@/lib/themes/notify';
import type { ThemeRow } from '@/db/queries/themes';
import type { ThemeCreateInput, ThemeEditInput, ThemeListingInput, ThemeStatus } from '@/lib/validations/themes';
import { boardVisibleSql, canManageTheme, canSeeTheme } from '@/lib/policy/themes';
import { archivedConflict, loadVisibleTheme } from './themes';
import type { Viewer } from '@/lib/policy/viewer';

/** The theme, if the viewer may manage it (not_found / forbidden otherwise, see above). */
export async function loadManagedTheme(viewer: Viewer | null, ref: string): Promise<ThemeRow> {
  const row = await loadVisibleTheme(viewer, ref);
  if (!canManageTheme(viewer, row.networkId)) throw forbidden();
  return row;
}

const meetingIssue = () => new AppError('validation', 'meeting of another network', { issues: [{ path: 'meetingId', message: 'themes.validation.meeting' }] });

async function checkMeeting(networkId: string, meetingId: string | null) {
  if (!meetingId) return;
  const [row] = await getDb()
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.networkId, networkId)))
    .limit(1);
  if (!row) throw meetingIssue();
}

export async function createTheme(viewer: Viewer | null, input: ThemeCreateInput): Promise<string> {
  if (!viewer) throw unauthorized();
  const [network] = await getDb().select({ id: networks.id }).from(networks).where(eq(networks.ref, input.networkRef)).limit(1);
  if (!network) throw notFound();
  if (!canManageTheme(viewer, network.id)) throw canSeeTheme(viewer, network.id) ? forbidden() : notFound();
  await checkMeeting(network.id, input.meetingId);
  const ref = newRef('th');
  await getDb().insert(themes).values({
    ref,
    networkId: network.id,
    title: input.title,
    description: input.description,
    meetingId: input.meetingId,
    status: input.status,
    createdById: viewer.userId,
  });
  return ref;
}

export async function updateTheme(viewer: Viewer | null, input: ThemeEditInput): Promise<string> {
  const row = await loadManagedTheme(viewer, input.ref);
  await checkMeeting(row.networkId, input.meetingId);
  await getDb()
    .update(themes)
    .set({ title: input.title, description: input.description, meetingId: input.meetingId, status: input.status })
    .where(eq(themes.id, row.id));
  return row.ref;
}

export async function setThemeStatus(viewer: Viewer | null, ref: string, status: ThemeStatus): Promise<string> {
  const row = await loadManagedTheme(viewer, ref);
  await getDb().update(themes).set({ status }).where(eq(themes.id, row.id));
  return row.ref;
}

/** The listing is on the board either way: a failure to notify is logged, not shown as a failed pin/tag. */
async function tellFollowers(themeId: string, listingId: string, actorId: string) {
  try {
    await notifyThemeListing(getDb(), { themeId, listingId, actorId });
  } catch (error) {
    console.error('theme follower notification failed', error);
  }
}

/** A listing of a member firm of the network that the viewer may see on a board. */
async function findNetworkListing(viewer: Viewer, networkId: string, listingRef: string) {
  const [row] = await getDb()
    .select({ id: listings.id })
    .from(listings)
    .where(
      and(
        eq(listings.ref, listingRef),
        boardVisibleSql(viewer),
        sql`exists (select 1 from ${networkMemberships} nm where nm.company_id = ${listings.companyId}
          and nm.network_id = ${networkId} and nm.role = 'member' and nm.status = 'approved')`,
      ),
    )
    .limit(1);
  if (!row) throw notFound();
  return row;
}

/** Pins a listing to the board (adding it when it was not on it). Returns whether it was new. */
export async function pinListing(viewer: Viewer | null, input: ThemeListingInput): Promise<{ added: boolean }> {
  const theme = await loadManagedTheme(viewer, input.themeRef);
  if (theme.status !== 'open') throw archivedConflict();
  const listing = await findNetworkListing(viewer!, theme.networkId, input.listingRef);
  const now = new Date();
  const added = await getDb()
    .insert(listingThemes)
    .values({ listingId: listing.id, themeId: theme.id, pinned: true, pinnedAt: now, addedById: viewer!.userId })
    .onConflictDoNothing()
    .returning({ listingId: listingThemes.listingId });
  if (added.length === 0) {
    await getDb()
      .update(listingThemes)
      .set({ pinned: true, pinnedAt: now })
      .where(and(eq(listingThemes.themeId, theme.id), eq(listingThemes.listingId, listing.id)));
    return { added: false };
  }
  await tellFollowers(theme.id, listing.id, viewer!.userId);
  return { added: true };
}

/** The listing row of a theme (by refs) the facilitator may see, or not_found. */
async function managedLink(viewer: Viewer | null, input: ThemeListingInput) {
  const theme = await loadManagedTheme(viewer, input.themeRef);
  const [row] = await getDb()
    .select({ listingId: listingThemes.listingId })
    .from(listingThemes)
    .innerJoin(listings, eq(listings.id, listingThemes.listingId))
    .where(and(eq(listingThemes.themeId, theme.id), eq(listings.ref, input.listingRef), boardVisibleSql(viewer!)))
    .limit(1);
  if (!row) throw notFound();
  return { themeId: theme.id, listingId: row.listingId };
}

/** Unpins: the listing stays on the board, no longer first. */
export async function unpinListing(viewer: Viewer | null, input: ThemeListingInput): Promise<void> {
  const link = await managedLink(viewer, input);
  await getDb()
    .update(listingThemes)
    .set({ pinned: false, pinnedAt: null })
    .where(and(eq(listingThemes.themeId, link.themeId), eq(listingThemes.listingId, link.listingId)));
}

/** Takes a listing off the board (a tag that does not fit the theme). */
export async function removeThemeListing(viewer: Viewer | null, input: ThemeListingInput): Promise<void> {
  const link = await managedLink(viewer, input);
  await getDb()
    .delete(listingThemes)
    .where(and(eq(listingThemes.themeId, link.themeId), eq(listingThemes.listingId, link.listingId)));
}

/** One of the viewer's firm's listings (any status but closed for tagging), or not_found. */
async function ownListing(viewer: Viewer | null, listingRef: string) {
  if (!viewer) throw unauthorized();
  if (viewer.companyIds.length === 0) throw notFound();
  const [row] = await getDb()
    .select({ id: listings.id, companyId: listings.companyId, status: listings.status })
    .from(listings)
    .where(eq(listings.ref, listingRef))
    .limit(1);
  if (!row || !viewer.companyIds.includes(row.companyId)) throw notFound();
  return row;
}

/** An open or archived theme of a network in which the firm is an approved member, or not_found. */
async function themeOfFirmNetwork(themeRef: string, companyId: string) {
  const [row] = await getDb()
    .select({ id: themes.id, status: themes.status })
    .from(themes)
    .innerJoin(
      networkMemberships,
      and(
        eq(networkMemberships.networkId, themes.networkId),
        eq(networkMemberships.companyId, companyId),
        eq(networkMemberships.role, 'member'),
        eq(networkMemberships.status, 'approved'),
      ),
    )
    .where(eq(themes.ref, themeRef))
    .limit(1);
  if (!row) throw notFound();
  return row;
}

/** The listing's firm puts it on a theme's board. Returns whether it was new there. */
export async function tagListing(viewer: Viewer | null, input: ThemeListingInput): Promise<{ added: boolean }> {
  const listing = await ownListing(viewer, input.listingRef);
  if (listing.status === 'closed') throw new AppError('conflict', 'closed listing', { issues: [{ path: '_form', message: 'themes.errors.closedListing' }] });
  const theme = await themeOfFirmNetwork(input.themeRef, listing.companyId);
  if (theme.status !== 'open') throw archivedConflict();
  const added = await getDb()
    .insert(listingThemes)
    .values({ listingId: listing.id, themeId: theme.id, addedById: viewer!.userId })
    .onConflictDoNothing()
    .returning({ listingId: listingThemes.listingId });
  if (added.length) await tellFollowers(theme.id, listing.id, viewer!.userId);
  return { added: added.length > 0 };
}

/** The listing's firm takes it off a theme (pinned or not). */
export async function untagListing(viewer: Viewer | null, input: ThemeListingInput): Promise<void> {
  const listing = await ownListing(viewer, input.listingRef);
  const [theme] = await getDb().select({ id: themes.id }).from(themes).where(eq(themes.ref, input.themeRef)).limit(1);
  if (!theme) throw notFound();
  await getDb()
    .delete(listingThemes)
    .where(and(eq(listingThemes.themeId, theme.id), eq(listingThemes.listingId, listing.id)));
}
