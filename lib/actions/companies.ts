'use server';
// Company profile, team and onboarding actions: thin — authenticate, parse, DAL, revalidate.
// The DAL decides who may do what; each action reaches it only through memberAction.
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { COUNTRIES } from '@/db/schema';
import { memberAction, publicQuery } from '@/lib/actions/form-action';
import { createCompany, updateCompany } from '@/lib/dal/companies';
import { acceptInvite, addColleague, declineInvite, removeColleague, revokeInvite } from '@/lib/dal/company-team';
import { lookupPostcode } from '@/lib/geo/postcodes';
import {
  addColleagueSchema,
  companyInputSchema,
  inviteIdSchema,
  removeColleagueSchema,
  revokeInviteSchema,
  updateCompanySchema,
} from '@/lib/validations/companies';

export const createCompanyAction = memberAction(companyInputSchema, async ({ viewer, data }) => {
  await createCompany(viewer, data);
  // The header and every page that depends on "has a firm" change.
  revalidatePath('/', 'layout');
  redirect('/onboarding/done');
});

export const updateCompanyAction = memberAction(updateCompanySchema, async ({ viewer, data }) => {
  const { ref, ...input } = data;
  await updateCompany(viewer, ref, input);
  revalidatePath(`/companies/${ref}`);
  revalidatePath('/companies');
  revalidatePath('/dashboard');
  const t = await getTranslations('companies.form');
  return { ok: true, message: t('saved') };
});

export const addColleagueAction = memberAction(addColleagueSchema, async ({ viewer, data }) => {
  const { result } = await addColleague(viewer, data.companyRef, data.email);
  revalidatePath(`/companies/${data.companyRef}/edit`);
  revalidatePath('/dashboard');
  const t = await getTranslations('companies.team');
  return { ok: true, message: result === 'added' ? t('added') : t('invited', { email: data.email }) };
});

export const removeColleagueAction = memberAction(removeColleagueSchema, async ({ viewer, data }) => {
  await removeColleague(viewer, data.companyRef, data.userId);
  revalidatePath(`/companies/${data.companyRef}/edit`);
  revalidatePath('/dashboard');
});

export const revokeInviteAction = memberAction(revokeInviteSchema, async ({ viewer, data }) => {
  await revokeInvite(viewer, data.companyRef, data.inviteId);
  revalidatePath(`/companies/${data.companyRef}/edit`);
  revalidatePath('/dashboard');
});

export const acceptInviteAction = memberAction(inviteIdSchema, async ({ viewer, data }) => {
  await acceptInvite(viewer, data.inviteId);
  revalidatePath('/', 'layout');
  redirect('/dashboard');
});

export const declineInviteAction = memberAction(inviteIdSchema, async ({ viewer, data }) => {
  await declineInvite(viewer, data.inviteId);
  revalidatePath('/onboarding');
});

const lookupSchema = z.object({ country: z.enum(COUNTRIES), postcode: z.string().trim().max(12) });

/** Public reference data (postcode → town and point) for the form's live town and location. */
export const lookupPostcodeAction = publicQuery(lookupSchema, ({ country, postcode }) => lookupPostcode(country, postcode) ?? null);
