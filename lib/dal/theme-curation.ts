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
import { getDb } from '@/db/client';
import {
  deleteThemeLink,
  insertTheme,
  insertThemeLink,
  isMeetingOfNetwork,
  linkedListingId,
  listingOwnerByRef,
  networkIdByRef,
  networkListingId,
  setThemeLinkPin,
  themeIdByRef,
  themeOfMemberNetwork,
  updateThemeRow,
} from '@/db/queries/themes';
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
  if (!(await isMeetingOfNetwork(getDb(), { meetingId, networkId }))) throw meetingIssue();
}

export async function createTheme(viewer: Viewer | null, input: ThemeCreateInput): Promise<string> {
  if (!viewer) throw unauthorized();
  const networkId = await networkIdByRef(getDb(), { ref: input.networkRef });
  if (!networkId) throw notFound();
  if (!canManageTheme(viewer, networkId)) throw canSeeTheme(viewer, networkId) ? forbidden() : notFound();
  await checkMeeting(networkId, input.meetingId);
  const ref = newRef('th');
  await insertTheme(getDb(), {
    ref,
    networkId,
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
  await updateThemeRow(getDb(), { id: row.id, set: { title: input.title, description: input.description, meetingId: input.meetingId, status: input.status } });
  return row.ref;
}

export async function setThemeStatus(viewer: Viewer | null, ref: string, status: ThemeStatus): Promise<string> {
  const row = await loadManagedTheme(viewer, ref);
  await updateThemeRow(getDb(), { id: row.id, set: { status } });
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
  const id = await networkListingId(getDb(), { ref: listingRef, networkId, visible: boardVisibleSql(viewer) });
  if (!id) throw notFound();
  return { id };
}

/** Pins a listing to the board (adding it when it was not on it). Returns whether it was new. */
export async function pinListing(viewer: Viewer | null, input: ThemeListingInput): Promise<{ added: boolean }> {
  const theme = await loadManagedTheme(viewer, input.themeRef);
  if (theme.status !== 'open') throw archivedConflict();
  const listing = await findNetworkListing(viewer!, theme.networkId, input.listingRef);
  const now = new Date();
  const added = await insertThemeLink(getDb(), { listingId: listing.id, themeId: theme.id, pinned: true, pinnedAt: now, addedById: viewer!.userId });
  if (!added) {
    await setThemeLinkPin(getDb(), { themeId: theme.id, listingId: listing.id, pinnedAt: now });
    return { added: false };
  }
  await tellFollowers(theme.id, listing.id, viewer!.userId);
  return { added: true };
}

/** The listing row of a theme (by refs) the facilitator may see, or not_found. */
async function managedLink(viewer: Viewer | null, input: ThemeListingInput) {
  const theme = await loadManagedTheme(viewer, input.themeRef);
  const listingId = await linkedListingId(getDb(), { themeId: theme.id, listingRef: input.listingRef, visible: boardVisibleSql(viewer!) });
  if (!listingId) throw notFound();
  return { themeId: theme.id, listingId };
}

/** Unpins: the listing stays on the board, no longer first. */
export async function unpinListing(viewer: Viewer | null, input: ThemeListingInput): Promise<void> {
  const link = await managedLink(viewer, input);
  await setThemeLinkPin(getDb(), { ...link, pinnedAt: null });
}

/** Takes a listing off the board (a tag that does not fit the theme). */
export async function removeThemeListing(viewer: Viewer | null, input: ThemeListingInput): Promise<void> {
  const link = await managedLink(viewer, input);
  await deleteThemeLink(getDb(), link);
}

/** One of the viewer's firm's listings (any status but closed for tagging), or not_found. */
async function ownListing(viewer: Viewer | null, listingRef: string) {
  if (!viewer) throw unauthorized();
  if (viewer.companyIds.length === 0) throw notFound();
  const row = await listingOwnerByRef(getDb(), { ref: listingRef });
  if (!row || !viewer.companyIds.includes(row.companyId)) throw notFound();
  return row;
}

/** An open or archived theme of a network in which the firm is an approved member, or not_found. */
async function themeOfFirmNetwork(themeRef: string, companyId: string) {
  const row = await themeOfMemberNetwork(getDb(), { ref: themeRef, companyId });
  if (!row) throw notFound();
  return row;
}

/** The listing's firm puts it on a theme's board. Returns whether it was new there. */
export async function tagListing(viewer: Viewer | null, input: ThemeListingInput): Promise<{ added: boolean }> {
  const listing = await ownListing(viewer, input.listingRef);
  if (listing.status === 'closed') throw new AppError('conflict', 'closed listing', { issues: [{ path: '_form', message: 'themes.errors.closedListing' }] });
  const theme = await themeOfFirmNetwork(input.themeRef, listing.companyId);
  if (theme.status !== 'open') throw archivedConflict();
  const added = await insertThemeLink(getDb(), { listingId: listing.id, themeId: theme.id, addedById: viewer!.userId });
  if (added) await tellFollowers(theme.id, listing.id, viewer!.userId);
  return { added };
}

/** The listing's firm takes it off a theme (pinned or not). */
export async function untagListing(viewer: Viewer | null, input: ThemeListingInput): Promise<void> {
  const listing = await ownListing(viewer, input.listingRef);
  const themeId = await themeIdByRef(getDb(), { ref: input.themeRef });
  if (!themeId) throw notFound();
  await deleteThemeLink(getDb(), { themeId, listingId: listing.id });
}
