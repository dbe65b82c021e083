'use server';
// Thin: memberAction authenticates and parses; the DAL decides who may do what; then revalidate and
// go to the listing.
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { memberAction } from '@/lib/actions/form-action';
import { postingLimited } from '@/lib/actions/limits';
import { changeListingStatus, createListing, updateListing } from '@/lib/dal/listings';
import { isAppError } from '@/lib/errors';
import type { FormState } from '@/lib/form-state';
import { listingEditSchema, listingRefSchema, listingSchema } from '@/lib/validations/listings';

function revalidateListing(ref: string) {
  revalidatePath('/listings');
  revalidatePath(`/listings/${ref}`);
  revalidatePath('/dashboard');
}

/** A refused state change (already closed, not paused …) says so in the listing's own words. */
async function conflictMessage(error: unknown, key: string): Promise<FormState | undefined> {
  if (!isAppError(error) || error.code !== 'conflict') return undefined;
  const t = await getTranslations('listings');
  return { ok: false, message: t(`errors.${key}`) };
}

export const createListingAction = memberAction(listingSchema, async ({ viewer, data, formData }) => {
  const limited = await postingLimited('listing', viewer, formData);
  if (limited) return limited;
  const ref = await createListing(viewer, data);
  revalidateListing(ref);
  // ?new=1: the listing page confirms the posting and shows the matches first.
  redirect(`/listings/${ref}?new=1`);
});

export const updateListingAction = memberAction(listingEditSchema, async ({ viewer, data }) => {
  let ref: string;
  try {
    ref = await updateListing(viewer, data);
  } catch (error) {
    const conflict = await conflictMessage(error, 'closedIsFinal');
    if (conflict) return conflict;
    throw error;
  }
  revalidateListing(ref);
  redirect(`/listings/${ref}`);
});

function statusAction(change: 'pause' | 'resume' | 'close') {
  return memberAction(listingRefSchema, async ({ viewer, data }) => {
    let ref: string;
    try {
      ref = await changeListingStatus(viewer, data.ref, change);
    } catch (error) {
      const conflict = await conflictMessage(error, change);
      if (conflict) return conflict;
      throw error;
    }
    revalidateListing(ref);
    redirect(`/listings/${ref}`);
  });
}

export const pauseListingAction = statusAction('pause');
export const resumeListingAction = statusAction('resume');
export const closeListingAction = statusAction('close');
