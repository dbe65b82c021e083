'use server';
// A firm's people: the owner invites, removes and promotes; the invitee accepts or declines from the
// e-mailed link (or /onboarding); anyone leaves a firm from /account. Thin: authenticate, parse,
// DAL, revalidate; the DAL decides who may do what.
import { getLocale, getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth';
import { memberAction, publicAction } from '@/lib/actions/form-action';
import {
  acceptInvitation,
  acceptInvite,
  declineInvitation,
  declineInvite,
  inviteColleague,
  leaveFirm,
  makeOwner,
  removeColleague,
  revokeInvite,
  signUpFromInvitation,
} from '@/lib/dal/company-team';
import { resolveLocale } from '@/lib/i18n/config';
import { invitationSignUpSchema } from '@/lib/validations/auth';
import {
  inviteColleagueSchema,
  inviteIdSchema,
  invitationTokenSchema,
  leaveFirmSchema,
  makeOwnerSchema,
  removeColleagueSchema,
  revokeInviteSchema,
} from '@/lib/validations/companies';

function revalidateTeam(ref: string) {
  revalidatePath(`/companies/${ref}/edit`);
  revalidatePath('/dashboard');
}

export const inviteColleagueAction = memberAction(inviteColleagueSchema, async ({ viewer, data }) => {
  await inviteColleague(viewer, data.companyRef, data.email, data.locale);
  revalidateTeam(data.companyRef);
  const t = await getTranslations('team');
  // The same words whether or not the address has an account.
  return { ok: true, message: t('invited', { email: data.email }) };
});

export const removeColleagueAction = memberAction(removeColleagueSchema, async ({ viewer, data }) => {
  await removeColleague(viewer, data.companyRef, data.userId);
  revalidateTeam(data.companyRef);
});

export const makeOwnerAction = memberAction(makeOwnerSchema, async ({ viewer, data }) => {
  await makeOwner(viewer, data.companyRef, data.userId);
  revalidateTeam(data.companyRef);
});

export const revokeInviteAction = memberAction(revokeInviteSchema, async ({ viewer, data }) => {
  await revokeInvite(viewer, data.companyRef, data.inviteId);
  revalidateTeam(data.companyRef);
});

/** Accepting from the e-mailed link (/invite/[token]). */
export const acceptInvitationAction = memberAction(invitationTokenSchema, async ({ viewer, data }) => {
  await acceptInvitation(viewer, data.token);
  revalidatePath('/', 'layout');
  redirect('/dashboard?joined=1');
});

/** Declining from the link: holding it is enough, signed in or not. */
export const declineInvitationAction = publicAction(invitationTokenSchema, async ({ data }) => {
  await declineInvitation(data.token);
  const t = await getTranslations('team.accept');
  return { ok: true, message: t('declined') };
});

/** A new account from the invitation: created confirmed, joined, signed in. */
export const signUpFromInvitationAction = publicAction(invitationSignUpSchema, async ({ data }) => {
  const { email } = await signUpFromInvitation({ ...data, locale: resolveLocale(await getLocale()) });
  await signIn('credentials', { email, password: data.password, redirectTo: '/dashboard?joined=1' });
});

/** Accepting from /onboarding (invitations addressed to the viewer's confirmed e-mail). */
export const acceptInviteAction = memberAction(inviteIdSchema, async ({ viewer, data }) => {
  await acceptInvite(viewer, data.inviteId);
  revalidatePath('/', 'layout');
  redirect('/dashboard?joined=1');
});

export const declineInviteAction = memberAction(inviteIdSchema, async ({ viewer, data }) => {
  await declineInvite(viewer, data.inviteId);
  revalidatePath('/onboarding');
});

export const leaveFirmAction = memberAction(leaveFirmSchema, async ({ viewer, data }) => {
  await leaveFirm(viewer, data.companyRef);
  revalidatePath('/', 'layout');
  redirect('/account?left=1');
});
