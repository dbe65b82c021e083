'use server';
// Thin: memberAction/facilitatorAction authenticate and parse; lib/dal/themes* decide who may do what; then
// revalidate the pages that show the change and say what happened.
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { facilitatorAction, memberAction } from '@/lib/actions/form-action';
import { createTheme, pinListing, removeThemeListing, setThemeStatus, tagListing, unpinListing, untagListing, updateTheme } from '@/lib/dal/theme-curation';
import { followTheme, unfollowTheme } from '@/lib/dal/themes';
import { themeCreateSchema, themeEditSchema, themeListingSchema, themeRefSchema, themeStatusSchema } from '@/lib/validations/themes';

function revalidateTheme(ref: string) {
  revalidatePath('/themes');
  revalidatePath(`/themes/${ref}`);
  revalidatePath('/facilitator/themes');
  revalidatePath(`/facilitator/themes/${ref}`);
}

async function done(key: string) {
  const t = await getTranslations('themes');
  return { ok: true, message: t(key) };
}

export const createThemeAction = facilitatorAction('theme.create', themeCreateSchema, async ({ viewer, data }) => {
  const ref = await createTheme(viewer, data);
  revalidateTheme(ref);
  redirect(`/facilitator/themes/${ref}?created=1`);
});

export const updateThemeAction = facilitatorAction('theme.update', themeEditSchema, async ({ viewer, data }) => {
  const ref = await updateTheme(viewer, data);
  revalidateTheme(ref);
  return done('form.saved');
});

export const setThemeStatusAction = facilitatorAction('theme.status', themeStatusSchema, async ({ viewer, data }) => {
  const ref = await setThemeStatus(viewer, data.ref, data.status);
  revalidateTheme(ref);
  return done(data.status === 'archived' ? 'status.archived' : 'status.reopened');
});

export const pinListingAction = facilitatorAction('theme.pin', themeListingSchema, async ({ viewer, data }) => {
  await pinListing(viewer, data);
  revalidateTheme(data.themeRef);
  revalidatePath(`/listings/${data.listingRef}`);
  return done('pin.donePinned');
});

export const unpinListingAction = facilitatorAction('theme.unpin', themeListingSchema, async ({ viewer, data }) => {
  await unpinListing(viewer, data);
  revalidateTheme(data.themeRef);
  revalidatePath(`/listings/${data.listingRef}`);
  return done('pin.doneUnpinned');
});

export const removeThemeListingAction = facilitatorAction('theme.removeListing', themeListingSchema, async ({ viewer, data }) => {
  await removeThemeListing(viewer, data);
  revalidateTheme(data.themeRef);
  revalidatePath(`/listings/${data.listingRef}`);
  return done('pin.doneRemoved');
});

export const tagListingAction = memberAction(themeListingSchema, async ({ viewer, data }) => {
  await tagListing(viewer, data);
  revalidateTheme(data.themeRef);
  revalidatePath(`/listings/${data.listingRef}`);
  return done('listing.added');
});

export const untagListingAction = memberAction(themeListingSchema, async ({ viewer, data }) => {
  await untagListing(viewer, data);
  revalidateTheme(data.themeRef);
  revalidatePath(`/listings/${data.listingRef}`);
  return done('listing.removed');
});

export const followThemeAction = memberAction(themeRefSchema, async ({ viewer, data }) => {
  await followTheme(viewer, data.ref);
  revalidateTheme(data.ref);
  return done('follow.followed');
});

export const unfollowThemeAction = memberAction(themeRefSchema, async ({ viewer, data }) => {
  await unfollowTheme(viewer, data.ref);
  revalidateTheme(data.ref);
  return done('follow.unfollowed');
});
