'use server';
// Membership requests, facilitator decisions and admin tools; the DAL decides who may do what.
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { adminAction, facilitatorAction, memberAction } from '@/lib/actions/form-action';
import { appointStaff, createNetwork, decideMembership, requestMembership } from '@/lib/dal/networks';
import { appointStaffSchema, createNetworkSchema, membershipDecisionSchema, membershipRequestSchema } from '@/lib/validations/networks';

export const requestMembershipAction = memberAction(membershipRequestSchema, async ({ viewer, data }) => {
  const { networkRef } = await requestMembership(viewer, data);
  revalidatePath(`/networks/${networkRef}`);
  revalidatePath('/networks');
  const t = await getTranslations('networks');
  return { ok: true, message: t('request.sent') };
});

export const decideMembershipAction = facilitatorAction('membership.decide', membershipDecisionSchema, async ({ viewer, data }) => {
  const { status } = await decideMembership(viewer, data);
  revalidatePath('/facilitator');
  // The decided request leaves the queue (and its form with it): the page shows the confirmation.
  redirect(`/facilitator?decided=${status}`);
});

export const createNetworkAction = adminAction('network.create', createNetworkSchema, async ({ viewer, data }) => {
  await createNetwork(viewer, data);
  revalidatePath('/admin');
  revalidatePath('/networks');
  const t = await getTranslations('networks');
  return { ok: true, message: t('admin.created', { name: data.name }) };
});

export const appointStaffAction = adminAction('role.appoint', appointStaffSchema, async ({ viewer, data }) => {
  await appointStaff(viewer, data);
  revalidatePath('/admin');
  revalidatePath('/facilitator');
  const t = await getTranslations('networks');
  return { ok: true, message: t('admin.appointed', { email: data.email }) };
});
