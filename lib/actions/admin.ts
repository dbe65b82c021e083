'use server';
// The admin tools' actions. Thin: adminAction admits admins only (and logs a refusal);
// lib/dal/admin decides and writes each change with its audit line; then the pages are revalidated.
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions/form-action';
import { disableUser, enableUser, grantAdmin, hideCompany, hideListing, removeRole, unhideCompany, unhideListing } from '@/lib/dal/admin';
import {
  companyTargetSchema,
  disableUserSchema,
  hideCompanySchema,
  hideListingSchema,
  listingTargetSchema,
  removeRoleSchema,
  userTargetSchema,
} from '@/lib/validations/admin';

async function done(key: string, values?: Record<string, string | number>) {
  const t = await getTranslations('admin');
  return { ok: true, message: t(key, values) };
}

function revalidateUser(userId: string) {
  revalidatePath('/admin/users');
  revalidatePath(`/admin/users/${userId}`);
}

/** Listings and firms appear on public pages: a change of visibility refreshes them all. */
function revalidateVisibility(companyId: string) {
  revalidatePath('/admin/companies');
  revalidatePath(`/admin/companies/${companyId}`);
  revalidatePath('/', 'layout');
}

const recorded = (name: string) => ({ name, recordedByDal: true as const });

export const disableUserAction = adminAction(recorded('user.disable'), disableUserSchema, async ({ viewer, data }) => {
  const ended = await disableUser(viewer, data);
  revalidateUser(data.userId);
  return done('users.disabledDone', { sessions: ended.sessions, tokens: ended.tokens });
});

export const enableUserAction = adminAction(recorded('user.enable'), userTargetSchema, async ({ viewer, data }) => {
  await enableUser(viewer, data);
  revalidateUser(data.userId);
  return done('users.enabledDone');
});

export const grantAdminAction = adminAction(recorded('role.grant'), userTargetSchema, async ({ viewer, data }) => {
  await grantAdmin(viewer, data);
  revalidateUser(data.userId);
  return done('users.grantedDone');
});

export const removeRoleAction = adminAction(recorded('role.remove'), removeRoleSchema, async ({ viewer, data }) => {
  await removeRole(viewer, data);
  revalidateUser(data.userId);
  revalidatePath('/admin/networks');
  return done('users.roleRemovedDone');
});

export const hideCompanyAction = adminAction(recorded('company.hide'), hideCompanySchema, async ({ viewer, data }) => {
  await hideCompany(viewer, data);
  revalidateVisibility(data.companyId);
  return done('moderation.hiddenDone');
});

export const unhideCompanyAction = adminAction(recorded('company.unhide'), companyTargetSchema, async ({ viewer, data }) => {
  await unhideCompany(viewer, data);
  revalidateVisibility(data.companyId);
  return done('moderation.shownDone');
});

export const hideListingAction = adminAction(recorded('listing.hide'), hideListingSchema, async ({ viewer, data }) => {
  const row = await hideListing(viewer, data);
  revalidateVisibility(row.companyId);
  return done('moderation.hiddenDone');
});

export const unhideListingAction = adminAction(recorded('listing.unhide'), listingTargetSchema, async ({ viewer, data }) => {
  const row = await unhideListing(viewer, data);
  revalidateVisibility(row.companyId);
  return done('moderation.shownDone');
});
